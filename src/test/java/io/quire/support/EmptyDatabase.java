package io.quire.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Empties the database of a running application, as a new database is, in plain SQL that H2 and
 * PostgreSQL both run: no posts, tags, aliases, tombstones, assets, links or events. Its content
 * version is one this database never had and its database id is new, so that no cached answer, sync
 * token or search index of the content before answers for the content after.
 */
public final class EmptyDatabase {

    /** Children before parents: the order rows can be deleted in. */
    private static final List<String> TABLES = List.of(
            "webhook_attempt",
            "webhook_delivery",
            "content_event",
            "post_link",
            "post_alias_claim",
            "post_alias",
            "post_tag",
            "post_body",
            "post",
            "tag",
            "post_tombstone",
            "asset");

    private EmptyDatabase() {}

    public static void empty(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : TABLES) {
                em.createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
            em.createNativeQuery("UPDATE content_state SET version = version + 1, database_id = database_id + 1,"
                            + " pruned_version = 0, changed_at = CURRENT_TIMESTAMP")
                    .executeUpdate();
            em.createNativeQuery("UPDATE content_event_cursor SET version = (SELECT version FROM content_state),"
                            + " visible_at = CURRENT_TIMESTAMP")
                    .executeUpdate();
        });
    }
}
