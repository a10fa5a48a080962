package io.quire.model;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Puts the database aside, empties it for a fresh import, and brings it back: one database plays
 * both the incrementally updated index and a freshly built one, in plain SQL that H2 and PostgreSQL
 * both run.
 */
final class DatabaseSwap {

    /** Children after parents: the order rows can be inserted in. */
    private static final List<String> TABLES =
            List.of("tag", "post", "post_body", "post_tag", "post_alias", "post_alias_claim", "post_tombstone");

    private final EntityManager em;

    DatabaseSwap(EntityManager em) {
        this.em = em;
    }

    /**
     * Copies every table aside and empties the database, leaving a content state at {@code version}
     * (unlike any the incremental database has) and a new database id, as a new database has.
     */
    void setAsideAndEmpty(long version) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : TABLES) {
                sql("CREATE TABLE shadow_" + table + " AS SELECT * FROM " + table);
            }
            sql("CREATE TABLE shadow_content_state AS SELECT * FROM content_state");
        });
        QuarkusTransaction.requiringNew().run(() -> {
            empty();
            sql("UPDATE content_state SET version = " + version + ", database_id = " + (version * 7919)
                    + ", pruned_version = 0");
        });
    }

    /** Replaces what is in the database with what was set aside. */
    void restore() {
        QuarkusTransaction.requiringNew().run(() -> {
            empty();
            for (String table : TABLES) {
                sql("INSERT INTO " + table + " SELECT * FROM shadow_" + table);
            }
            sql("DELETE FROM content_state");
            sql("INSERT INTO content_state SELECT * FROM shadow_content_state");
        });
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : TABLES) {
                sql("DROP TABLE shadow_" + table);
            }
            sql("DROP TABLE shadow_content_state");
        });
    }

    private void empty() {
        for (int i = TABLES.size() - 1; i >= 0; i--) {
            sql("DELETE FROM " + TABLES.get(i));
        }
    }

    private void sql(String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }
}
