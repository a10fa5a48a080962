package io.quire.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * On H2 (one process) there is no other instance to hear from: nothing listens for notifications. In
 * the suite's common boot; the PostgreSQL side is {@link VersionNotificationsTest}.
 */
@QuarkusTest
@DisabledIfSystemProperty(named = "quarkus.test.profile", matches = ".*pg.*")
class NoNotificationsOnH2Test {

    @Inject
    VersionNotifications notifications;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void nothingListensOnH2() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("H2", connection.getMetaData().getDatabaseProductName());
        }
        assertFalse(notifications.listening(), "nothing to listen to on H2");
    }
}
