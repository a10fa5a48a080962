package io.quire.content.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 file shrinks back to about its live data after every row was rewritten, without a restart. */
class DatabaseCompactionTest {

    @TempDir
    Path dir;

    @Test
    void aFileWhoseRowsWereAllRewrittenShrinksToItsLiveData() throws Exception {
        String text = "x".repeat(20_000);
        Path file = dir.resolve("db.mv.db");
        try (Connection connection =
                DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE")) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE body (id INT PRIMARY KEY, html VARCHAR NOT NULL)");
            }
            connection.setAutoCommit(false);
            for (int round = 0; round < 4; round++) {
                try (PreparedStatement write = connection.prepareStatement("MERGE INTO body KEY (id) VALUES (?, ?)")) {
                    for (int id = 0; id < 1_000; id++) {
                        write.setInt(1, id);
                        write.setString(2, round + text);
                        write.addBatch();
                    }
                    write.executeBatch();
                }
                connection.commit();
            }
            try (Statement sql = connection.createStatement()) {
                // H2 writes chunks on a background thread: without this the fill rates that compact()
                // reads may not count the last rounds yet, and it leaves the file alone
                sql.execute("CHECKPOINT SYNC");
            }
            long live = 1_000L * 20_000;
            long grown = Files.size(file);
            assertTrue(grown > 3 * live, "four versions of every row: " + grown);

            long after = DatabaseCompaction.compact(connection);
            // Each pass is bounded in time, so on a busy machine one may stop before the file has
            // shrunk (it grew once, chunks moved to its end first); the server compacts after every
            // import, and the next pass goes on from there.
            for (int pass = 2; pass <= 3 && after >= 2 * live; pass++) {
                after = DatabaseCompaction.compact(connection);
            }

            assertEquals(Files.size(file), after);
            assertTrue(after < 2 * live, "compacted to " + after + " bytes from " + grown);
        }
    }

    @Test
    void anythingButAnH2FileIsLeftAlone() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:compaction-test")) {
            assertEquals(-1, DatabaseCompaction.compact(connection));
        }
    }
}
