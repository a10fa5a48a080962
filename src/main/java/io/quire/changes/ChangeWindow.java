package io.quire.changes;

import io.quire.post.domain.Post;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.PostTombstone;
import io.quire.post.domain.Visibility;
import io.quire.post.view.PostIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed for the public between two points of the content, each a content version and a
 * visibility time (the last publication or expiry that had passed): the rules of sync, shared with
 * the change sets that webhooks and CDN purges are made of. A post counts as changed when an import
 * changed it or when its publication or expiry time passed in the window; a deleted or hidden post is
 * named only if the public could have been shown it at the window's start, with the slug it was last
 * public under.
 */
@ApplicationScoped
public class ChangeWindow {

    /** JPQL over {@code p} with {@code :fromVersion}, {@code :fromTime}, {@code :toTime} ({@link #bind}). */
    public static final String CHANGED_SINCE = "(p.changedVersion > :fromVersion"
            + " or (p.publishedAt > :fromTime and p.publishedAt <= :toTime)"
            + " or (p.expiresAt > :fromTime and p.expiresAt <= :toTime))";

    private final EntityManager em;

    public ChangeWindow(EntityManager em) {
        this.em = em;
    }

    /** Posts published at {@code toTime} that changed in the window, by internal id, at most {@code limit}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Post> changed(long fromVersion, Instant fromTime, Instant toTime, int limit) {
        return changed("p", Post.class, fromVersion, fromTime, toTime, limit);
    }

    /**
     * The internal ids of {@link #changed}: enough to tell whether a change set is truncated, without
     * loading a full re-import's posts only to count them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> changedIds(long fromVersion, Instant fromTime, Instant toTime, int limit) {
        return changed("p.id", Long.class, fromVersion, fromTime, toTime, limit);
    }

    private <T> List<T> changed(
            String select, Class<T> type, long fromVersion, Instant fromTime, Instant toTime, int limit) {
        PostRepository.Filter published = Visibility.publicAt(toTime).jpql();
        TypedQuery<T> query = em.createQuery(
                "select " + select + " from Post p where " + published.where() + " and " + CHANGED_SINCE
                        + " order by p.id",
                type);
        return bind(published.bind(query), fromVersion, fromTime, toTime)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Posts deleted in the window, and posts hidden in it (drafted, rescheduled, expired): those the
     * public could have been shown at {@code fromVersion}, each once, with the slug it was last public
     * under.
     *
     * @param now the clock, to tell whether a post still unpublished now was ever shown
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DeletedPost> deleted(long fromVersion, Instant fromTime, Instant toTime, Instant now) {
        PostRepository.Filter published = Visibility.publicAt(toTime).jpql();
        Map<String, DeletedPost> deleted = new LinkedHashMap<>();
        List<PostTombstone> tombstones = em.createQuery(
                        "from PostTombstone t where t.deletedVersion > :fromVersion and t.exposedVersion <= :fromVersion"
                                + " and t.publicId not in (select p.publicId from Post p) order by t.id",
                        PostTombstone.class)
                .setParameter("fromVersion", fromVersion)
                .getResultList();
        for (PostTombstone tombstone : tombstones) {
            deleted.put(
                    tombstone.publicId,
                    new DeletedPost(
                            PostIds.json(tombstone.publicId, tombstone.publicIdNumeric),
                            tombstone.slug,
                            tombstone.deletedAt.toString()));
        }
        TypedQuery<Post> hidden = em.createQuery(
                "from Post p where not " + published.where() + " and " + CHANGED_SINCE + " order by p.id", Post.class);
        bind(published.bind(hidden), fromVersion, fromTime, toTime);
        for (Post post : hidden.getResultList()) {
            boolean shownNow =
                    Visibility.publishedBetween(post.draft, post.publishedAt, post.expiresAt, post.changedAt, now);
            Long exposed = post.exposedVersion != null ? post.exposedVersion : shownNow ? post.changedVersion : null;
            if (exposed == null || exposed > fromVersion) {
                continue; // no public client was shown it by then
            }
            Instant when = post.expiresAt != null && !post.expiresAt.isAfter(toTime) ? post.expiresAt : post.changedAt;
            deleted.put(
                    post.publicId,
                    new DeletedPost(
                            PostIds.json(post.publicId, post.publicIdNumeric),
                            shownNow ? post.slug : post.exposedSlug,
                            when.toString()));
        }
        return List.copyOf(deleted.values());
    }

    public static <Q extends Query> Q bind(Q query, long fromVersion, Instant fromTime, Instant toTime) {
        query.setParameter("fromVersion", fromVersion)
                .setParameter("fromTime", fromTime)
                .setParameter("toTime", toTime);
        return query;
    }
}
