package io.quire.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The header values a cache hit sends are prepared once, and say exactly what the entry says. */
class CachedResponseTest {

    private static final byte[] BODY = "{\"items\":[]}".repeat(20).getBytes(StandardCharsets.UTF_8);

    @Test
    void preparedValuesEqualTheEntrysStrings() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Link", List.of("</api/posts?page=2>; rel=\"next\"", "</api/posts?page=9>; rel=\"last\""));
        headers.put("X-Total-Count", List.of("170"));
        CachedResponse response = CachedResponse.of(
                "application/json", BODY, "\"abc\"", Instant.parse("2026-12-02T03:00:00Z"), headers, true);

        assertEquals("\"abc\"", response.etagValue(false).toString());
        assertEquals("\"abc-gzip\"", response.etag(true));
        assertEquals(Validators.gzipEtag("\"abc\""), response.etagValue(true).toString());
        assertEquals(
                "Wed, 02 Dec 2026 03:00:00 GMT", response.lastModifiedValue().toString());
        assertEquals("application/json", response.contentTypeValue().toString());

        List<String> sent = new ArrayList<>();
        for (int i = 0; i < response.headerCount(); i++) {
            sent.add(response.headerName(i) + ": " + response.headerValue(i));
        }
        assertEquals(
                List.of(
                        "Link: </api/posts?page=2>; rel=\"next\"",
                        "Link: </api/posts?page=9>; rel=\"last\"",
                        "X-Total-Count: 170"),
                sent);
    }

    @Test
    void withoutGzipBodyBothEtagsAreTheIdentityOne() {
        CachedResponse response = CachedResponse.of("image/png", new byte[10], "\"p\"", Instant.EPOCH, Map.of(), true);

        assertEquals("\"p\"", response.etag(true));
        assertEquals("\"p\"", response.etagValue(true).toString());
    }

    @Test
    void valuesWithCharactersBeyondAsciiStayStringsSentAsBefore() {
        String key = "quire tag-café";
        assertSame(key, CachedResponse.optimized(key));
        assertEquals(
                "quire tag-cafe", CachedResponse.optimized("quire tag-cafe").toString());
        CachedResponse response = CachedResponse.of(
                "application/json", BODY, "\"e\"", null, Map.of("Surrogate-Key", List.of(key)), false);
        assertSame(key, response.headerValue(0));
        assertNull(response.lastModifiedValue());
    }
}
