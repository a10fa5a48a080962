package io.quire.content.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quire.config.QuireConfig;
import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.ContentState;
import io.quire.content.VersionNotifications;
import io.quire.content.assemble.ImportedPost;
import io.quire.content.asset.AssetPlan;
import io.quire.content.frontmatter.Slugs;
import io.quire.content.plan.AssembledPost;
import io.quire.content.plan.ImportPlan;
import io.quire.content.plan.ImportPlan.Rekey;
import io.quire.content.plan.KeyElection;
import io.quire.content.plan.PlannedPost;
import io.quire.link.ContentPaths;
import io.quire.link.LinkResolver;
import io.quire.post.domain.Post;
import io.quire.post.domain.PostAlias;
import io.quire.post.domain.PostBody;
import io.quire.post.domain.PostTag;
import io.quire.post.domain.PostTombstone;
import io.quire.tag.domain.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.hibernate.StatelessSession;

/**
 * Stage 7 (store) of an import: writes a plan in one transaction, so readers see the content before the
 * import or after it, never a mix.
 */
@ApplicationScoped
public class PostStore {

    /** Rows per JDBC batch and per delete statement's id list. */
    private static final int CHUNK = 500;
    /** A first import of a large folder on a slow disk may take minutes; the default timeout is one. */
    private static final int IMPORT_TIMEOUT_SECONDS = 1800;

    private final EntityManager em;
    private final StatelessSession rows;
    private final ObjectMapper json;
    private final QuireConfig config;
    private final AssetStore assets;
    private final VersionNotifications notifications;

    public PostStore(
            EntityManager em,
            StatelessSession rows,
            ObjectMapper json,
            QuireConfig config,
            AssetStore assets,
            VersionNotifications notifications) {
        this.em = em;
        this.rows = rows;
        this.json = json;
        this.config = config;
        this.assets = assets;
        this.notifications = notifications;
    }

    /** Every stored post by its source path. */
    @Transactional
    public Map<String, StoredPost> index() {
        Map<String, StoredPost> index = new HashMap<>();
        em.createQuery(
                        "select new io.quire.content.store.StoredPost(p.id, p.sourcePath, p.publicId,"
                                + " p.publicIdNumeric, p.publicIdExplicit, p.slug, p.slugClaim, p.slugExplicit,"
                                + " p.publishedAt, p.contentHash, p.draft, p.expiresAt, p.changedAt,"
                                + " p.changedVersion, p.exposedVersion, p.exposedSlug, p.lang) from Post p",
                        StoredPost.class)
                .getResultStream()
                .forEach(post -> index.put(post.path(), post));
        return index;
    }

    /**
     * Renders and writes the plan chunk by chunk and moves the shared content version.
     *
     * @param changedAt when this import runs: the time of its writes and deletions
     * @param contentModified when the files last changed, as the content root's modification times
     *     tell (null if unknown): what the content version is dated (Last-Modified), so that a
     *     database rebuilt from unchanged files dates the same content the same
     *
     * <p>Post rows are written with a {@link StatelessSession} in JDBC batches: an entity manager would
     * load each updated post (its HTML, Markdown and text) only to overwrite it, and keep every
     * written post for dirty checking. What the plan knows of the stored posts is enough.
     */
    @Transactional
    @TransactionConfiguration(timeout = IMPORT_TIMEOUT_SECONDS)
    public StoreResult apply(
            ImportPlan plan, AssetPlan assetPlan, PostAssembly assembly, Instant changedAt, Instant contentModified) {
        ContentState state = em.find(ContentState.class, ContentState.ROW);
        long version = state.version + 1;
        delete(plan.deletes(), version, changedAt);
        delete(plan.evictions(), version, changedAt);
        assets.apply(assetPlan);
        Set<Long> parked = parkChangedKeys(plan.updates(), plan.rekeys());

        Map<String, Tag> tags = new HashMap<>();
        em.createQuery("from Tag", Tag.class).getResultStream().forEach(tag -> tags.put(tag.slug, tag));
        List<List<PlannedPost>> chunks = chunks(plan.updates());
        chunks.addAll(chunks(plan.creates()));
        List<WrittenPost> written = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        List<StoredPost> failedUpdates = new ArrayList<>();
        int failedCreates = 0;
        CompletableFuture<List<AssembledPost>> next = chunks.isEmpty() ? null : assembly.start(chunks.get(0));
        for (int i = 0; i < chunks.size(); i++) {
            List<AssembledPost> chunk = next.join();
            if (i + 1 < chunks.size()) {
                next = assembly.start(chunks.get(i + 1));
            }
            List<AssembledPost> ready = new ArrayList<>(chunk.size());
            for (AssembledPost assembled : chunk) {
                if (!assembled.failed()) {
                    ready.add(assembled);
                    problems.addAll(assembled.post().warnings());
                    continue;
                }
                problems.add(assembled.failure());
                if (assembled.planned().previous() == null) {
                    failedCreates++;
                } else {
                    failedUpdates.add(assembled.planned().previous());
                }
            }
            write(ready, version, changedAt, tags, written);
        }
        rekey(plan.rekeys(), version, changedAt, written);
        restoreKeys(failedUpdates, parked, version, changedAt, problems);
        writeAliases(written, problems);
        em.flush();
        assets.touchLinkingPosts(changedTargets(plan, assetPlan, written), version);
        refreshTagNames();
        state.changedAt = contentDate(state, changedAt, contentModified);
        state.version = version;
        // Delivered to every listening instance when this transaction commits, and only then.
        notifications.announce(em, version);
        Instant cutoff = changedAt.minus(config.sync().retention());
        Long pruned = em.createQuery(
                        "select max(t.deletedVersion) from PostTombstone t where t.deletedAt < :cutoff", Long.class)
                .setParameter("cutoff", cutoff)
                .getSingleResult();
        if (pruned != null) {
            // Sync tokens from before the newest pruned deletion can no longer learn of it.
            state.prunedVersion = Math.max(state.prunedVersion, pruned);
            em.createQuery("delete from PostTombstone t where t.deletedAt < :cutoff")
                    .setParameter("cutoff", cutoff)
                    .executeUpdate();
        }
        return new StoreResult(problems, failedCreates, failedUpdates.size());
    }

    /**
     * The date of the new content: when its files last changed (never later than now), so that it
     * does not depend on when the database was built. Only if that is not after the date of the
     * previous version (files restored with old modification times) is it the time of this import,
     * so that the date still moves forward and no client is told "not modified" about new content.
     */
    static Instant contentDate(ContentState previous, Instant importedAt, Instant contentModified) {
        Instant files = contentModified == null || contentModified.isAfter(importedAt) ? importedAt : contentModified;
        if (previous.version == 0 || files.isAfter(previous.changedAt)) {
            return files;
        }
        return importedAt;
    }

    /** What writing aliases needs to know of a written post. */
    private record WrittenPost(long id, String slug, String path, String previousSlug, List<String> aliases) {}

    /**
     * Writes one chunk: all updates or all new posts. A post whose public id changes leaves a tombstone
     * for sync clients that know it by the old one.
     */
    private void write(
            List<AssembledPost> chunk,
            long version,
            Instant changedAt,
            Map<String, Tag> tags,
            List<WrittenPost> written) {
        if (chunk.isEmpty()) {
            return;
        }
        List<Post> posts = new ArrayList<>(chunk.size());
        List<PostBody> bodies = new ArrayList<>(chunk.size());
        for (AssembledPost assembled : chunk) {
            Post post = row(assembled, version, changedAt);
            posts.add(post);
            bodies.add(body(post, assembled.post()));
        }
        if (chunk.get(0).planned().previous() == null) {
            rows.insertMultiple(posts);
            for (int i = 0; i < posts.size(); i++) {
                bodies.get(i).postId = posts.get(i).id;
            }
            rows.insertMultiple(bodies);
        } else {
            List<Long> ids = new ArrayList<>(chunk.size());
            for (AssembledPost assembled : chunk) {
                StoredPost previous = assembled.planned().previous();
                ids.add(previous.id());
                if (!previous.publicId().equals(assembled.planned().publicId())) {
                    tombstone(previous, version, changedAt);
                }
            }
            em.createQuery("delete from PostTag pt where pt.key.postId in :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
            em.createNativeQuery("delete from post_alias_claim where post_id in (:ids)")
                    .setParameter("ids", ids)
                    .executeUpdate();
            rows.updateMultiple(posts);
            rows.updateMultiple(bodies);
        }
        writeTags(chunk, posts, tags);
        Map<Long, List<String>> links = new HashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            links.put(posts.get(i).id, chunk.get(i).post().links());
        }
        assets.writeLinks(links, chunk.get(0).planned().previous() != null);
        for (int i = 0; i < chunk.size(); i++) {
            AssembledPost assembled = chunk.get(i);
            Post post = posts.get(i);
            StoredPost previous = assembled.planned().previous();
            Set<String> aliases = new LinkedHashSet<>();
            for (String alias : assembled.post().aliases()) {
                String slug = aliasSlug(alias);
                if (!slug.isEmpty() && aliases.add(slug)) {
                    em.createNativeQuery("insert into post_alias_claim (post_id, slug) values (:post, :slug)")
                            .setParameter("post", post.id)
                            .setParameter("slug", slug)
                            .executeUpdate();
                }
            }
            written.add(new WrittenPost(
                    post.id,
                    post.slug,
                    post.sourcePath,
                    previous == null ? null : previous.slug(),
                    List.copyOf(aliases)));
        }
    }

    /**
     * The paths and names whose posts or assets appeared, changed or went in this import: posts whose
     * links lead there answer differently now.
     */
    private static List<String> changedTargets(ImportPlan plan, AssetPlan assetPlan, List<WrittenPost> written) {
        Set<String> targets = new HashSet<>(assetPlan.changedPaths());
        for (WrittenPost post : written) {
            targets.add(post.path());
            targets.add(LinkResolver.stemKey(ContentPaths.stem(post.path())));
        }
        for (PlannedPost update : plan.updates()) {
            targets.add(update.previous().path());
            targets.add(LinkResolver.stemKey(ContentPaths.stem(update.previous().path())));
        }
        for (List<StoredPost> gone : List.of(plan.deletes(), plan.evictions())) {
            for (StoredPost deleted : gone) {
                targets.add(deleted.path());
                targets.add(LinkResolver.stemKey(ContentPaths.stem(deleted.path())));
            }
        }
        return new ArrayList<>(targets);
    }

    private void delete(List<StoredPost> deletes, long version, Instant changedAt) {
        for (List<StoredPost> chunk : chunks(deletes)) {
            List<Long> ids = chunk.stream().map(StoredPost::id).toList();
            for (StoredPost post : chunk) {
                tombstone(post, version, changedAt);
            }
            em.createQuery("delete from PostAlias a where a.postId in :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
            em.createQuery("delete from PostTag pt where pt.key.postId in :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
            em.createQuery("delete from PostBody b where b.postId in :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
            em.createQuery("delete from Post p where p.id in :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
    }

    /**
     * Tells sync clients that a public id stopped existing, if the public may have seen it: with the
     * slug it was last public under and the first version it was public at. A post no public client
     * was ever shown (a draft, a post deleted before its date) leaves no tombstone to list.
     */
    private void tombstone(StoredPost post, long version, Instant changedAt) {
        Long exposed = post.exposedVersionUntil(changedAt);
        if (exposed != null) {
            em.persist(PostTombstone.of(
                    post.publicId(),
                    post.publicIdNumeric(),
                    post.exposedSlugUntil(changedAt),
                    version,
                    changedAt,
                    exposed));
        }
    }

    /**
     * Posts whose file did not change get the id or slug the election gave them: their old slug
     * redirects, an old public id leaves a tombstone.
     */
    private void rekey(List<Rekey> rekeys, long version, Instant changedAt, List<WrittenPost> written) {
        for (Rekey rekey : rekeys) {
            StoredPost post = rekey.post();
            boolean sameId = post.publicId().equals(rekey.publicId());
            if (!sameId) {
                tombstone(post, version, changedAt);
            }
            em.createQuery("update Post p set p.slug = :slug, p.publicId = :publicId, p.publicIdNumeric = :numeric,"
                            + " p.changedVersion = :version, p.changedAt = :changedAt,"
                            + " p.exposedVersion = :exposedVersion, p.exposedSlug = :exposedSlug where p.id = :id")
                    .setParameter("slug", rekey.slug())
                    .setParameter("publicId", rekey.publicId())
                    .setParameter("numeric", rekey.publicIdNumeric())
                    .setParameter("version", version)
                    .setParameter("changedAt", changedAt)
                    .setParameter("exposedVersion", sameId ? post.exposedVersionUntil(changedAt) : null)
                    .setParameter("exposedSlug", sameId ? post.exposedSlugUntil(changedAt) : null)
                    .setParameter("id", post.id())
                    .executeUpdate();
            written.add(new WrittenPost(post.id(), rekey.slug(), post.path(), post.slug(), List.of()));
        }
    }

    /**
     * Posts may swap slugs or ids within one import: changed keys are parked first so that no unique
     * key clashes while the rows are rewritten.
     *
     * @return the ids of the parked posts
     */
    private Set<Long> parkChangedKeys(List<PlannedPost> updates, List<Rekey> rekeys) {
        List<Long> parked = new ArrayList<>();
        for (PlannedPost planned : updates) {
            StoredPost previous = planned.previous();
            if (!previous.slug().equals(planned.slug()) || !previous.publicId().equals(planned.publicId())) {
                parked.add(previous.id());
            }
        }
        for (Rekey rekey : rekeys) {
            parked.add(rekey.post().id());
        }
        for (List<Long> chunk : chunks(parked)) {
            em.createQuery("update Post p set p.slug = concat('#moving:', cast(p.id as String)),"
                            + " p.publicId = concat('#moving:', cast(p.id as String)) where p.id in :ids")
                    .setParameter("ids", chunk)
                    .executeUpdate();
        }
        return new HashSet<>(parked);
    }

    /**
     * A parked post whose new version could not be rendered gets its keys back, and so keeps its last
     * good version; unless another file took its slug or id in this import, which leaves no way to
     * serve it: it is then removed until its file is fixed.
     */
    private void restoreKeys(
            List<StoredPost> failedUpdates,
            Set<Long> parked,
            long version,
            Instant changedAt,
            List<ContentProblem> problems) {
        for (StoredPost post : failedUpdates) {
            if (!parked.contains(post.id())) {
                continue;
            }
            long taken = em.createQuery(
                            "select count(p) from Post p where (p.slug = :slug and p.lang = :lang)"
                                    + " or p.publicId = :publicId",
                            Long.class)
                    .setParameter("slug", post.slug())
                    .setParameter("lang", post.lang())
                    .setParameter("publicId", post.publicId())
                    .getSingleResult();
            if (taken == 0) {
                em.createQuery("update Post p set p.slug = :slug, p.publicId = :publicId where p.id = :id")
                        .setParameter("slug", post.slug())
                        .setParameter("publicId", post.publicId())
                        .setParameter("id", post.id())
                        .executeUpdate();
            } else {
                delete(List.of(post), version, changedAt);
                problems.add(new ContentProblem(
                        post.path(),
                        null,
                        null,
                        Severity.ERROR,
                        "its last good version was removed: another file now has its slug '" + post.slug() + "' or id '"
                                + post.publicId() + "'",
                        "fix the error above; the post is imported again with its new slug or id"));
            }
        }
    }

    private Post row(AssembledPost assembled, long version, Instant changedAt) {
        Post post = new Post();
        StoredPost previous = assembled.planned().previous();
        if (previous != null) {
            post.id = previous.id();
            if (previous.publicId().equals(assembled.planned().publicId())) {
                post.exposedVersion = previous.exposedVersionUntil(changedAt);
                post.exposedSlug = previous.exposedSlugUntil(changedAt);
            }
        }
        fill(post, assembled.planned(), assembled.post());
        post.changedVersion = version;
        post.changedAt = changedAt;
        return post;
    }

    private void fill(Post post, PlannedPost planned, ImportedPost source) {
        post.publicId = planned.publicId();
        post.publicIdNumeric = planned.publicIdNumeric();
        post.publicIdExplicit = planned.post().explicitId() != null;
        post.slug = planned.slug();
        post.slugClaim = planned.post().slug();
        post.slugExplicit = planned.post().slugExplicit();
        post.lang = source.language().lang();
        post.langDeclared = source.language().declared();
        post.translationKey = source.language().translationKey();
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
    }

    private PostBody body(Post post, ImportedPost source) {
        PostBody body = new PostBody();
        body.postId = post.id;
        body.html = source.html();
        body.toc = toJson(source.toc());
        body.markdown = source.markdown();
        body.plainText = source.plainText();
        return body;
    }

    /** The chunk's tags in front matter order; tags no post had before are created first. */
    private void writeTags(List<AssembledPost> chunk, List<Post> posts, Map<String, Tag> tags) {
        List<Tag> created = new ArrayList<>();
        for (AssembledPost planned : chunk) {
            for (String name : planned.post().tags()) {
                String slug = Slugs.slugify(name);
                if (!slug.isEmpty() && !tags.containsKey(slug)) {
                    Tag tag = new Tag();
                    tag.slug = slug;
                    tag.name = name;
                    tags.put(slug, tag);
                    created.add(tag);
                }
            }
        }
        rows.insertMultiple(created);
        List<PostTag> postTags = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            Set<Long> seen = new HashSet<>();
            int position = 0;
            for (String name : chunk.get(i).post().tags()) {
                String slug = Slugs.slugify(name);
                if (slug.isEmpty()) {
                    continue;
                }
                Tag tag = tags.get(slug);
                if (seen.add(tag.id)) {
                    postTags.add(PostTag.of(posts.get(i).id, tag.id, position++, name));
                }
            }
        }
        rows.insertMultiple(postTags);
    }

    /**
     * Redirects. Front matter aliases are elected like slugs, from the claims of every post
     * ({@code post_alias_claim}): a post's own slug always wins over an alias, and a contested alias
     * belongs to the post published first, so they depend on the files alone. A written post's former
     * slug redirects to it too, unless a post has or claims that slug: former slugs are history, which
     * a rebuilt database does not have, so they never take precedence over what the files say.
     */
    private void writeAliases(List<WrittenPost> written, List<ContentProblem> problems) {
        Set<String> liveSlugs = new HashSet<>(
                em.createQuery("select p.slug from Post p", String.class).getResultList());
        Map<String, AliasClaimant> winners = electAliases(liveSlugs);
        em.createQuery("delete from PostAlias a where a.formerSlug = false or a.slug in (select p.slug from Post p)")
                .executeUpdate();
        for (WrittenPost post : written) {
            String previous = post.previousSlug();
            if (previous != null
                    && !previous.equals(post.slug())
                    && !liveSlugs.contains(previous)
                    && !winners.containsKey(previous)) {
                PostAlias existing = em.find(PostAlias.class, previous);
                if (existing == null) {
                    em.persist(PostAlias.of(previous, post.id(), true));
                } else {
                    existing.postId = post.id();
                }
            }
        }
        for (Map.Entry<String, AliasClaimant> winner : winners.entrySet()) {
            PostAlias existing = em.find(PostAlias.class, winner.getKey());
            if (existing == null) {
                em.persist(PostAlias.of(winner.getKey(), winner.getValue().postId(), false));
            } else {
                existing.postId = winner.getValue().postId();
                existing.formerSlug = false;
            }
        }
        for (WrittenPost post : written) {
            for (String alias : post.aliases()) {
                AliasClaimant winner = winners.get(alias);
                if (winner != null && winner.postId() != post.id()) {
                    problems.add(new ContentProblem(
                            post.path(),
                            null,
                            null,
                            Severity.WARNING,
                            "alias '" + alias + "' already redirects to another post (" + winner.path() + ")",
                            "remove the alias from one of the two posts; a contested alias belongs to the post"
                                    + " published first"));
                }
            }
        }
    }

    /** A post that claims an alias. */
    private record AliasClaimant(long postId, Instant date, String path) {}

    /** Who gets each claimed alias that is not a post's slug: the claimant published first. */
    private Map<String, AliasClaimant> electAliases(Set<String> liveSlugs) {
        Map<String, List<Long>> claims = new HashMap<>();
        for (Object row : em.createNativeQuery("select slug, post_id from post_alias_claim")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            String slug = (String) columns[0];
            if (!liveSlugs.contains(slug)) {
                claims.computeIfAbsent(slug, s -> new ArrayList<>()).add(((Number) columns[1]).longValue());
            }
        }
        Map<Long, AliasClaimant> claimants = new HashMap<>();
        List<Long> ids =
                claims.values().stream().flatMap(List::stream).distinct().toList();
        for (List<Long> chunk : chunks(ids)) {
            em.createQuery("select p.id, p.publishedAt, p.sourcePath from Post p where p.id in :ids", Object[].class)
                    .setParameter("ids", chunk)
                    .getResultStream()
                    .forEach(row -> claimants.put(
                            (Long) row[0], new AliasClaimant((Long) row[0], (Instant) row[1], (String) row[2])));
        }
        Comparator<AliasClaimant> order = KeyElection.firstPublished(AliasClaimant::date, AliasClaimant::path);
        Map<String, AliasClaimant> winners = new HashMap<>();
        claims.forEach((slug, postIds) -> winners.put(
                slug, postIds.stream().map(claimants::get).min(order).orElseThrow()));
        return winners;
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

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += CHUNK) {
            chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
        return chunks;
    }
}
