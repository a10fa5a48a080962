package io.quire.cdn;

import io.quire.config.QuireConfig;
import io.quire.post.domain.Post;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.PostRow;
import io.quire.post.domain.PostTombstone;
import io.quire.post.domain.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link ChangeSet} between two points of the content, each a content version and a visibility
 * time: what an import changed (the version moved), or what the clock changed (a scheduled post's
 * date or an expiry passed). Runs in the caller's transaction, so it reads the same snapshot as
 * whatever the caller decides with it.
 *
 * <p>Surrogate keys: {@link SurrogateKeys#POSTS} whenever anything public changed (every list may
 * have), each changed or deleted post's key, the keys of the tags of every changed post, and the keys
 * of the posts now next to a changed one (their responses name it as a neighbour).
 */
@ApplicationScoped
public class ContentChanges {

    private static final String CHANGED_IN_WINDOW = "(p.changedVersion > :fromVersion"
            + " or (p.publishedAt > :fromTime and p.publishedAt <= :toTime)"
            + " or (p.expiresAt > :fromTime and p.expiresAt <= :toTime))";

    private final EntityManager em;
    private final PostRepository posts;
    private final int maxItems;

    public ContentChanges(EntityManager em, PostRepository posts, QuireConfig config) {
        this.em = em;
        this.posts = posts;
        this.maxItems = config.webhooks().maxItems();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeSet between(long fromVersion, Instant fromTime, long toVersion, Instant toTime) {
        Visibility publicNow = Visibility.publicAt(toTime);
        TypedQuery<Post> changedQuery = em.createQuery(
                "from Post p where " + Visibility.CONDITION + " and " + CHANGED_IN_WINDOW + " order by p.id",
                Post.class);
        List<Post> changed = window(publicNow.bind(changedQuery), fromVersion, fromTime, toTime)
                .setMaxResults(maxItems + 1)
                .getResultList();
        Map<String, ChangeSet.PostRef> deleted = deleted(fromVersion, fromTime, toTime, publicNow);
        if (changed.size() + deleted.size() > maxItems) {
            return new ChangeSet(fromVersion, toVersion, List.of(), List.of(), true, List.of(SurrogateKeys.ALL));
        }
        if (changed.isEmpty() && deleted.isEmpty()) {
            return new ChangeSet(fromVersion, toVersion, List.of(), List.of(), false, List.of());
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SurrogateKeys.POSTS);
        List<ChangeSet.PostRef> changedRefs = new ArrayList<>();
        for (Post post : changed) {
            changedRefs.add(new ChangeSet.PostRef(publicId(post.publicId, post.publicIdNumeric), post.slug));
            keys.add(SurrogateKeys.post(post.publicId));
        }
        deleted.keySet().forEach(id -> keys.add(SurrogateKeys.post(id)));
        tagSlugs(changed).forEach(slug -> keys.add(SurrogateKeys.tag(slug)));
        for (Post post : changed) {
            if (post.publishedAt != null) {
                posts.neighbour(post, publicNow, false).ifPresent(row -> keys.add(key(row)));
                posts.neighbour(post, publicNow, true).ifPresent(row -> keys.add(key(row)));
            }
        }
        return new ChangeSet(
                fromVersion, toVersion, changedRefs, List.copyOf(deleted.values()), false, List.copyOf(keys));
    }

    /** Posts deleted in the window, and posts hidden in it (drafted, expired, rescheduled). */
    private Map<String, ChangeSet.PostRef> deleted(
            long fromVersion, Instant fromTime, Instant toTime, Visibility publicNow) {
        Map<String, ChangeSet.PostRef> deleted = new LinkedHashMap<>();
        List<PostTombstone> tombstones = em.createQuery(
                        "from PostTombstone t where t.deletedVersion > :fromVersion"
                                + " and t.publicId not in (select p.publicId from Post p) order by t.id",
                        PostTombstone.class)
                .setParameter("fromVersion", fromVersion)
                .setMaxResults(maxItems + 1)
                .getResultList();
        for (PostTombstone tombstone : tombstones) {
            deleted.put(
                    tombstone.publicId,
                    new ChangeSet.PostRef(publicId(tombstone.publicId, tombstone.publicIdNumeric), tombstone.slug));
        }
        TypedQuery<Post> hiddenQuery = em.createQuery(
                "from Post p where not " + Visibility.CONDITION + " and " + CHANGED_IN_WINDOW + " order by p.id",
                Post.class);
        for (Post post : window(publicNow.bind(hiddenQuery), fromVersion, fromTime, toTime)
                .setMaxResults(maxItems + 1)
                .getResultList()) {
            deleted.put(post.publicId, new ChangeSet.PostRef(publicId(post.publicId, post.publicIdNumeric), post.slug));
        }
        return deleted;
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

    private static <Q extends jakarta.persistence.Query> Q window(
            Q query, long fromVersion, Instant fromTime, Instant toTime) {
        query.setParameter("fromVersion", fromVersion);
        query.setParameter("fromTime", fromTime);
        query.setParameter("toTime", toTime);
        return query;
    }

    private static String key(PostRow row) {
        return SurrogateKeys.post(row.publicId());
    }

    private static Object publicId(String value, boolean numeric) {
        return numeric ? (Object) Long.valueOf(value) : value;
    }
}
