package io.quire.post.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one visibility rule, as a table, and the database conditions generated from it. */
class VisibilityTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @ParameterizedTest(name = "draft={0} published={1} expires={2}: public {3}, preview {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                // draft, publishedAt,           expiresAt,             public, preview
                "false, -,                    -,                    true,  true",
                "false, 2025-06-01T12:00:00Z, -,                    true,  true", // dated exactly now
                "false, 2025-06-01T12:00:01Z, -,                    false, true", // scheduled
                "false, 2025-01-01T00:00:00Z, 2025-06-01T12:00:00Z, false, true", // expires exactly now
                "false, 2025-01-01T00:00:00Z, 2025-06-01T12:00:01Z, true,  true",
                "false, -,                    2024-01-01T00:00:00Z, false, true", // undated, expired
                "true,  2025-01-01T00:00:00Z, -,                    false, true", // draft
                "true,  -,                    -,                    false, true",
            })
    void aPostIsPublicWhenNotADraftDatedNoLaterAndNotExpired(
            boolean draft, Instant publishedAt, Instant expiresAt, boolean visible, boolean inPreview) {
        assertEquals(visible, Visibility.publicAt(NOW).admits(draft, publishedAt, expiresAt));
        assertEquals(inPreview, new Visibility(NOW, true).admits(draft, publishedAt, expiresAt));
    }

    @ParameterizedTest(name = "draft={0} published={1} expires={2} from={3} until={4}: {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                // draft, publishedAt,           expiresAt,             from,                 until,
                // shown
                "false, -,                    -,                    2025-01-01T00:00:00Z, 2025-01-01T00:00:00Z, true",
                "false, 2025-03-01T00:00:00Z, -,                    2025-01-01T00:00:00Z, 2025-02-28T23:59:59Z, false",
                "false, 2025-03-01T00:00:00Z, -,                    2025-01-01T00:00:00Z, 2025-03-01T00:00:00Z, true",
                // expired before it was written: never shown
                "false, 2024-01-01T00:00:00Z, 2024-06-01T00:00:00Z, 2025-01-01T00:00:00Z, 2025-12-31T00:00:00Z, false",
                // scheduled to start after it expires: never shown
                "false, 2025-03-01T00:00:00Z, 2025-02-01T00:00:00Z, 2025-01-01T00:00:00Z, 2025-12-31T00:00:00Z, false",
                "true,  -,                    -,                    2025-01-01T00:00:00Z, 2025-12-31T00:00:00Z, false",
                // written after the window ends
                "false, -,                    -,                    2025-02-01T00:00:00Z, 2025-01-01T00:00:00Z, false",
            })
    void aPostWasShownWhenItsVisibilityStartedInTheWindow(
            boolean draft, Instant publishedAt, Instant expiresAt, Instant from, Instant until, boolean shown) {
        assertEquals(shown, Visibility.publishedBetween(draft, publishedAt, expiresAt, from, until));
    }

    @Test
    void theDatabaseConditionsSayTheSame() {
        PostRepository.Filter jpql = Visibility.publicAt(NOW).jpql();
        assertEquals(
                "(p.draft = false and (p.publishedAt is null or p.publishedAt <= :visibleAt)"
                        + " and (p.expiresAt is null or p.expiresAt > :visibleAt))",
                jpql.where());
        assertEquals(Map.of("visibleAt", NOW), jpql.parameters());
        assertEquals(
                "(draft = false and (published_at is null or published_at <= :visibleAt)"
                        + " and (expires_at is null or expires_at > :visibleAt))",
                Visibility.publicAt(NOW).sql().where());
        PostRepository.Filter preview = new Visibility(NOW, true).jpql();
        assertEquals("1 = 1", preview.where());
        assertEquals(Map.of(), preview.parameters());
    }
}
