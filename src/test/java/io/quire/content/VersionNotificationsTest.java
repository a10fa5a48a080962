package io.quire.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.MutableContentProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * On PostgreSQL an instance learns of another instance's import from its notification, not from its
 * next poll: the poll here runs once an hour, and the new version is seen within two seconds.
 * PostgreSQL build only (on H2, see {@link NoNotificationsOnH2Test}), so that the H2 suite does not
 * boot for it.
 */
@QuarkusTest
@TestProfile(VersionNotificationsTest.RarePolls.class)
@EnabledIfSystemProperty(named = "quarkus.test.profile", matches = ".*pg.*")
class VersionNotificationsTest {

    public static class RarePolls extends MutableContentProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            config.put("quire.content.poll-interval", "1h");
            return config;
        }
    }

    @Inject
    ContentVersion contentVersion;

    @Inject
    VersionNotifications notifications;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anImportElsewhereIsSeenWithinTwoSeconds() throws Exception {
        awaitListening();
        long before = contentVersion.storedVersion();
        // What another instance's import does: move the version and announce it, in one transaction.
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("update content_state set version = version + 1 where id = 1");
            statement.execute("select pg_notify('quire_content', 'elsewhere')");
            connection.commit();
        }
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (contentVersion.storedVersion() == before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(contentVersion.storedVersion() > before, "the notification moved the version");
    }

    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!notifications.listening() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(notifications.listening(), "listening within 10 s of the start");
    }
}
