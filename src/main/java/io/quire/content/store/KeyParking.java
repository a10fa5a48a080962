package io.quire.content.store;

import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.plan.ImportPlan.Rekey;
import io.quire.content.plan.PlannedPost;
import io.quire.content.plan.StoredPost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Slug and id parking: posts may swap slugs or ids within one import, so the changed keys are
 * parked ({@code #moving:<row id>}) before any row is rewritten and no unique key clashes meanwhile.
 * Runs inside {@link PostStore#apply}'s transaction.
 */
@ApplicationScoped
public class KeyParking {

    private final EntityManager em;

    public KeyParking(EntityManager em) {
        this.em = em;
    }

    /**
     * Parks the keys of updated posts whose slug or id changes and of every rekeyed post.
     *
     * @return the ids of the parked posts
     */
    Set<Long> park(List<PlannedPost> updates, List<Rekey> rekeys) {
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
        for (List<Long> chunk : Chunks.of(parked)) {
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
     * serve it: it is then to be removed until its file is fixed ({@link #removed}).
     *
     * @return the posts whose keys were taken
     */
    List<StoredPost> giveBack(List<StoredPost> failedUpdates, Set<Long> parked) {
        List<StoredPost> taken = new ArrayList<>();
        for (StoredPost post : failedUpdates) {
            if (!parked.contains(post.id())) {
                continue;
            }
            long holders = em.createQuery(
                            "select count(p) from Post p where (p.slug = :slug and p.lang = :lang)"
                                    + " or p.publicId = :publicId",
                            Long.class)
                    .setParameter("slug", post.slug())
                    .setParameter("lang", post.lang())
                    .setParameter("publicId", post.publicId())
                    .getSingleResult();
            if (holders == 0) {
                em.createQuery("update Post p set p.slug = :slug, p.publicId = :publicId where p.id = :id")
                        .setParameter("slug", post.slug())
                        .setParameter("publicId", post.publicId())
                        .setParameter("id", post.id())
                        .executeUpdate();
            } else {
                taken.add(post);
            }
        }
        return taken;
    }

    /** The error of a post removed because another file took its slug or id. */
    static ContentProblem removed(StoredPost post) {
        return new ContentProblem(
                post.path(),
                null,
                null,
                Severity.ERROR,
                "its last good version was removed: another file now has its slug '" + post.slug() + "' or id '"
                        + post.publicId() + "'",
                "fix the error above; the post is imported again with its new slug or id");
    }
}
