package io.quire.changes;

import io.quire.cdn.SurrogateKeys;
import io.quire.config.QuireConfig;
import io.quire.content.ContentState;
import io.quire.post.domain.Post;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.Visibility;
import io.quire.post.view.PostIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The {@link ChangeSet} between two points of the content, each a content version and a visibility
 * time: what an import changed (the version moved), or what the clock changed (a scheduled post's
 * date or an expiry passed). The posts are those sync would send a client between the two points
 * ({@link ChangeWindow}), so a change set never names a post the public could not have seen. Runs in
 * the caller's transaction, so it reads the same snapshot as whatever the caller decides with it.
 *
 * <p>Surrogate keys: {@link SurrogateKeys#POSTS} whenever anything public changed (every list may
 * have), each changed or deleted post's key, the keys of the tags of every changed post, and the keys
 * of the posts now next to a changed one (their responses name it as a neighbour), and the keys of the
 * published translations of a changed or hidden post (their responses list it). Related posts are
 * not followed: a post whose related list a change would reorder keeps its cached response until it
 * expires ({@code quire.cdn.max-age}); see docs/deploy.md.
 */
@ApplicationScoped
public class ContentChanges {

    private static final Logger LOG = Logger.getLogger(ContentChanges.class);

    private final EntityManager em;
    private final PostRepository posts;
    private final ChangeWindow window;
    private final int maxItems;

    public ContentChanges(EntityManager em, PostRepository posts, ChangeWindow window, QuireConfig config) {
        this.em = em;
        this.posts = posts;
        this.window = window;
        this.maxItems = config.webhooks().maxItems();
    }

    /**
     * What the import that stored the database's current version changed: the window from the version
     * before it to it, at the current visibility time. For the import's report, right after it
     * committed (under the import lock, so no other import came in between).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ChangeSet ofLatestVersion(Instant now) {
        long started = System.nanoTime();
        long version = em.find(ContentState.class, ContentState.ROW).version;
        Instant visibleAt = posts.lastVisibilityChange(now).orElse(Instant.EPOCH);
        ChangeSet changes = between(version - 1, visibleAt, version, visibleAt, now);
        LOG.debugf(
                "Change set of version %d: %d changed, %d deleted, %d keys, in %d ms",
                version,
                changes.changed().size(),
                changes.deleted().size(),
                changes.surrogateKeys().size(),
                (System.nanoTime() - started) / 1_000_000);
        return changes;
    }

    /**
     * @param now the clock, to tell whether a post not public now was ever shown
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeSet between(long fromVersion, Instant fromTime, long toVersion, Instant toTime, Instant now) {
        ChangeSet truncated =
                new ChangeSet(fromVersion, toVersion, List.of(), List.of(), true, List.of(SurrogateKeys.ALL));
        // Counted by id first: a full re-import changes every post, and loading maxItems + 1 of them
        // would only tell that the set is truncated.
        int changedCount =
                window.changedIds(fromVersion, fromTime, toTime, maxItems + 1).size();
        if (changedCount > maxItems) {
            return truncated;
        }
        List<DeletedPost> deleted = window.deleted(fromVersion, fromTime, toTime, now);
        if (changedCount + deleted.size() > maxItems) {
            return truncated;
        }
        List<Post> changed = window.changed(fromVersion, fromTime, toTime, maxItems + 1);
        if (changed.isEmpty() && deleted.isEmpty()) {
            return new ChangeSet(fromVersion, toVersion, List.of(), List.of(), false, List.of());
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SurrogateKeys.POSTS);
        List<ChangeSet.PostRef> changedRefs = new ArrayList<>();
        for (Post post : changed) {
            changedRefs.add(new ChangeSet.PostRef(PostIds.json(post.publicId, post.publicIdNumeric), post.slug));
            keys.add(SurrogateKeys.post(post.publicId));
        }
        List<ChangeSet.PostRef> deletedRefs = new ArrayList<>();
        for (DeletedPost post : deleted) {
            deletedRefs.add(new ChangeSet.PostRef(post.id(), post.slug()));
            keys.add(SurrogateKeys.post(String.valueOf(post.id())));
        }
        tagSlugs(changed).forEach(slug -> keys.add(SurrogateKeys.tag(slug)));
        Visibility published = Visibility.publicAt(toTime);
        neighbours(changed, published).forEach(publicId -> keys.add(SurrogateKeys.post(publicId)));
        for (PostRepository.TranslationRow translation :
                posts.translations(translationKeys(changed, deleted), published.jpql())) {
            keys.add(SurrogateKeys.post(translation.publicId()));
        }
        return new ChangeSet(fromVersion, toVersion, changedRefs, deletedRefs, false, List.copyOf(keys));
    }

    /**
     * The translation keys of the changed posts, and of the hidden ones whose rows remain (a draft now,
     * or scheduled): their translations' responses list them. A post whose file was deleted has no row
     * left to tell its key; its translations keep naming it until their cached copies expire.
     */
    private Set<String> translationKeys(List<Post> changed, List<DeletedPost> deleted) {
        Set<String> keys = new LinkedHashSet<>();
        changed.forEach(post -> keys.add(post.translationKey));
        List<String> hidden =
                deleted.stream().map(post -> String.valueOf(post.id())).toList();
        if (!hidden.isEmpty()) {
            keys.addAll(em.createQuery("select p.translationKey from Post p where p.publicId in :ids", String.class)
                    .setParameter("ids", hidden)
                    .getResultList());
        }
        return keys;
    }

    /**
     * The public ids of the posts next to the changed ones in (date, slug) order, in their language:
     * what each one's {@code PostRepository.neighbour} would answer, found in one pass over the published
     * dated posts of those languages in the database's order, not with two queries per changed post
     * (at 1,000 changed posts those 2,000 queries ran past the transaction timeout on a loaded machine).
     */
    private List<String> neighbours(List<Post> changed, Visibility visibility) {
        Set<String> languages = new HashSet<>();
        for (Post post : changed) {
            if (post.publishedAt != null) {
                languages.add(post.lang);
            }
        }
        if (languages.isEmpty()) {
            return List.of();
        }
        PostRepository.Filter filter = visibility
                .jpql()
                .and("p.publishedAt is not null and p.lang in :languages", Map.of("languages", List.copyOf(languages)));
        List<Object[]> rows = filter.bind(em.createQuery(
                        "select p.id, p.lang, p.publicId from Post p where " + filter.where()
                                + " order by p.lang, p.publishedAt, p.slug",
                        Object[].class))
                .getResultList();
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            positions.put((Long) rows.get(i)[0], i);
        }
        List<String> neighbours = new ArrayList<>();
        for (Post post : changed) { // in the order of the changed posts, older neighbour first
            Integer at = post.publishedAt == null ? null : positions.get(post.id);
            if (at == null) {
                continue;
            }
            if (at > 0 && rows.get(at - 1)[1].equals(post.lang)) {
                neighbours.add((String) rows.get(at - 1)[2]);
            }
            if (at + 1 < rows.size() && rows.get(at + 1)[1].equals(post.lang)) {
                neighbours.add((String) rows.get(at + 1)[2]);
            }
        }
        return neighbours;
    }

    private List<String> tagSlugs(List<Post> changed) {
        if (changed.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct t.slug from PostTag pt, Tag t where pt.key.tagId = t.id"
                                + " and pt.key.postId in :ids order by t.slug",
                        String.class)
                .setParameter("ids", changed.stream().map(p -> p.id).toList())
                .getResultList();
    }
}
