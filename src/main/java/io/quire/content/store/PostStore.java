package io.quire.content.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quire.config.QuireConfig;
import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.ContentState;
import io.quire.content.assemble.ImportedPost;
import io.quire.content.frontmatter.Slugs;
import io.quire.content.plan.ImportPlan;
import io.quire.content.plan.PlannedPost;
import io.quire.post.domain.Post;
import io.quire.post.domain.PostAlias;
import io.quire.post.domain.PostTag;
import io.quire.post.domain.PostTombstone;
import io.quire.tag.domain.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 6 of an import: writes a plan in one transaction, so readers see the content before the
 * import or after it, never a mix.
 */
@ApplicationScoped
public class PostStore {

    private static final int FLUSH_EVERY = 500;
    /** A first import of a large folder on a slow disk may take minutes; the default timeout is one. */
    private static final int IMPORT_TIMEOUT_SECONDS = 1800;

    private final EntityManager em;
    private final ObjectMapper json;
    private final QuireConfig config;

    public PostStore(EntityManager em, ObjectMapper json, QuireConfig config) {
        this.em = em;
        this.json = json;
        this.config = config;
    }

    /** Every stored post by its source path. */
    @Transactional
    public Map<String, StoredPost> index() {
        Map<String, StoredPost> index = new HashMap<>();
        em.createQuery(
                        "select new io.quire.content.store.StoredPost(p.id, p.sourcePath, p.publicId, p.slug,"
                                + " p.contentHash) from Post p",
                        StoredPost.class)
                .getResultStream()
                .forEach(post -> index.put(post.path(), post));
        return index;
    }

    /** Applies the plan and moves the shared content version; returns the problems found while storing (aliases that clash). */
    @Transactional
    @TransactionConfiguration(timeout = IMPORT_TIMEOUT_SECONDS)
    public List<ContentProblem> apply(ImportPlan plan, Instant changedAt) {
        List<ContentProblem> problems = new ArrayList<>();
        ContentState state = em.find(ContentState.class, ContentState.ROW);
        long version = state.version + 1;
        if (!plan.deletes().isEmpty()) {
            for (List<Long> chunk : chunks(plan.deletes())) {
                em.createQuery("from Post p where p.id in :ids", Post.class)
                        .setParameter("ids", chunk)
                        .getResultStream()
                        .forEach(post -> em.persist(PostTombstone.of(post, version, changedAt)));
                em.flush();
                em.createQuery("delete from PostAlias a where a.postId in :ids")
                        .setParameter("ids", chunk)
                        .executeUpdate();
                em.createQuery("delete from PostTag pt where pt.key.postId in :ids")
                        .setParameter("ids", chunk)
                        .executeUpdate();
                em.createQuery("delete from Post p where p.id in :ids")
                        .setParameter("ids", chunk)
                        .executeUpdate();
            }
        }
        Map<Long, String> previousSlugs = new HashMap<>();
        List<Post> written = new ArrayList<>();
        // Posts may swap slugs or ids within one import: park changed keys first so no unique key clashes.
        for (List<PlannedPost> chunk : chunks(plan.updates())) {
            Map<Long, Post> stored = load(chunk);
            for (PlannedPost planned : chunk) {
                Post post = stored.get(planned.storedId());
                previousSlugs.put(post.id, post.slug);
                if (!post.publicId.equals(planned.publicId())) {
                    em.persist(PostTombstone.of(post, version, changedAt));
                }
                if (!post.slug.equals(planned.slug()) || !post.publicId.equals(planned.publicId())) {
                    post.slug = "#moving:" + post.id;
                    post.publicId = "#moving:" + post.id;
                }
            }
            em.flush();
            em.clear();
        }
        for (List<PlannedPost> chunk : chunks(plan.updates())) {
            List<Long> ids = chunk.stream().map(PlannedPost::storedId).toList();
            em.createQuery("delete from PostTag pt where pt.key.postId in :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
            em.createQuery("delete from PostAlias a where a.formerSlug = false and a.postId in :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
            Map<Long, Post> stored = load(chunk);
            for (PlannedPost planned : chunk) {
                Post post = stored.get(planned.storedId());
                fill(post, planned);
                post.changedVersion = version;
                written.add(post);
            }
            em.flush();
            em.clear();
        }
        int pending = 0;
        for (PlannedPost planned : plan.creates()) {
            Post post = new Post();
            fill(post, planned);
            post.changedVersion = version;
            em.persist(post);
            written.add(post);
            pending = flushAndClearEvery(++pending);
        }
        em.flush();
        em.clear();

        Map<String, Tag> tags = new HashMap<>();
        em.createQuery("from Tag", Tag.class).getResultStream().forEach(tag -> tags.put(tag.slug, tag));
        List<PlannedPost> all = new ArrayList<>(plan.updates());
        all.addAll(plan.creates());
        for (int i = 0; i < all.size(); i++) {
            writeTags(written.get(i).id, all.get(i).post().tags(), tags);
            pending = flushAndClearEvery(++pending);
        }
        writeAliases(all, written, previousSlugs, problems);
        em.flush();
        refreshTagNames();
        state = em.find(ContentState.class, ContentState.ROW);
        state.version = version;
        state.changedAt = changedAt;
        em.createQuery("delete from PostTombstone t where t.deletedAt < :cutoff")
                .setParameter("cutoff", changedAt.minus(config.sync().retention()))
                .executeUpdate();
        return problems;
    }

    /**
     * Writes out and forgets what is pending: a persistence context holding thousands of posts would
     * make every later flush re-check all of them. Written posts stay usable for their ids and slugs.
     */
    private int flushAndClearEvery(int pending) {
        if (pending >= FLUSH_EVERY) {
            em.flush();
            em.clear();
            return 0;
        }
        return pending;
    }

    private void fill(Post post, PlannedPost planned) {
        ImportedPost source = planned.post();
        post.publicId = planned.publicId();
        post.publicIdNumeric = planned.publicIdNumeric();
        post.slug = planned.slug();
        post.sourcePath = source.path();
        post.contentHash = source.contentHash();
        post.title = source.title();
        post.excerpt = source.excerpt();
        post.dateText = source.date() == null ? null : source.date().text();
        post.publishedAt = source.date() == null ? null : source.date().instant();
        post.updatedText = source.updated() == null ? null : source.updated().text();
        post.updatedAt = source.updated() == null ? null : source.updated().instant();
        post.expiresAt =
                source.expiryDate() == null ? null : source.expiryDate().instant();
        post.featured = source.featured();
        post.draft = source.draft();
        post.readTime = source.readTime();
        post.readingMinutes = source.readingMinutes();
        post.wordCount = source.wordCount();
        post.frontMatter = toJson(source.frontMatter());
        post.html = source.html();
        post.toc = toJson(source.toc());
        post.markdown = source.markdown();
        post.plainText = source.plainText();
    }

    private void writeTags(long postId, List<String> names, Map<String, Tag> tags) {
        Set<Long> seen = new HashSet<>();
        int position = 0;
        for (String name : names) {
            String slug = Slugs.slugify(name);
            if (slug.isEmpty()) {
                continue;
            }
            Tag tag = tags.computeIfAbsent(slug, s -> {
                Tag created = new Tag();
                created.slug = s;
                created.name = name;
                em.persist(created);
                return created;
            });
            if (seen.add(tag.id)) {
                em.persist(PostTag.of(postId, tag.id, position++, name));
            }
        }
    }

    /**
     * Front matter aliases and former slugs redirect to their post. A post's own slug always wins over
     * an alias; an alias claimed twice stays with the post that claimed it first.
     */
    private void writeAliases(
            List<PlannedPost> planned,
            List<Post> written,
            Map<Long, String> previousSlugs,
            List<ContentProblem> problems) {
        Set<String> liveSlugs = new HashSet<>(
                em.createQuery("select p.slug from Post p", String.class).getResultList());
        em.createQuery("delete from PostAlias a where a.slug in (select p.slug from Post p)")
                .executeUpdate();
        for (int i = 0; i < planned.size(); i++) {
            Post post = written.get(i);
            String previous = previousSlugs.get(post.id);
            if (previous != null && !previous.equals(post.slug) && !liveSlugs.contains(previous)) {
                PostAlias existing = em.find(PostAlias.class, previous);
                if (existing == null) {
                    em.persist(PostAlias.of(previous, post.id, true));
                } else {
                    existing.postId = post.id;
                    existing.formerSlug = true;
                }
            }
            for (String alias : planned.get(i).post().aliases()) {
                String slug = aliasSlug(alias);
                if (slug.isEmpty() || liveSlugs.contains(slug)) {
                    continue;
                }
                PostAlias existing = em.find(PostAlias.class, slug);
                if (existing == null) {
                    em.persist(PostAlias.of(slug, post.id, false));
                } else if (!existing.postId.equals(post.id)) {
                    problems.add(new ContentProblem(
                            post.sourcePath,
                            null,
                            null,
                            Severity.WARNING,
                            "alias '" + slug + "' already redirects to another post",
                            "remove the alias from one of the two posts"));
                }
            }
        }
    }

    /** Aliases may be written as paths ({@code /blog/old-post/}): the last segment is the slug. */
    static String aliasSlug(String alias) {
        String trimmed = alias.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        int slash = trimmed.lastIndexOf('/');
        String last = slash >= 0 ? trimmed.substring(slash + 1) : trimmed;
        int dot = last.lastIndexOf('.');
        if (dot > 0 && last.substring(dot).matches("\\.(html?|php|aspx?)")) {
            last = last.substring(0, dot);
        }
        return Slugs.slugify(last);
    }

    /**
     * A tag is displayed by the spelling most posts use (ties: the alphabetically first), and disappears
     * with its last post.
     */
    private void refreshTagNames() {
        em.createQuery("delete from Tag t where not exists (select 1 from PostTag pt where pt.key.tagId = t.id)")
                .executeUpdate();
        Map<Long, String> best = new LinkedHashMap<>();
        em.createQuery(
                        "select pt.key.tagId, pt.name, count(pt) from PostTag pt group by pt.key.tagId, pt.name"
                                + " order by pt.key.tagId, count(pt) desc, pt.name",
                        Object[].class)
                .getResultStream()
                .forEach(row -> {
                    Long tagId = (Long) row[0];
                    if (!best.containsKey(tagId)) {
                        best.put(tagId, (String) row[1]);
                    }
                });
        for (Map.Entry<Long, String> entry : best.entrySet()) {
            Tag tag = em.find(Tag.class, entry.getKey());
            if (!tag.name.equals(entry.getValue())) {
                tag.name = entry.getValue();
            }
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    private Map<Long, Post> load(List<PlannedPost> planned) {
        Map<Long, Post> posts = new HashMap<>();
        em.createQuery("from Post p where p.id in :ids", Post.class)
                .setParameter("ids", planned.stream().map(PlannedPost::storedId).toList())
                .getResultStream()
                .forEach(post -> posts.put(post.id, post));
        return posts;
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += FLUSH_EVERY) {
            chunks.add(items.subList(i, Math.min(items.size(), i + FLUSH_EVERY)));
        }
        return chunks;
    }
}
