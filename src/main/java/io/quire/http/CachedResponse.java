package io.quire.http;

import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A serialised 200 response kept for the content version it was built from: its bytes, its
 * validators, and the headers that go with it ({@code Link}, {@code X-Total-Count}).
 *
 * @param lastModifiedHeader {@code lastModified} as an HTTP date, formatted once rather than per hit
 */
public record CachedResponse(
        String contentType,
        Buffer body,
        String etag,
        Instant lastModified,
        String lastModifiedHeader,
        Map<String, List<String>> headers) {

    public CachedResponse(
            String contentType, Buffer body, String etag, Instant lastModified, Map<String, List<String>> headers) {
        this(contentType, body, etag, lastModified, Validators.httpDate(lastModified), headers);
    }

    public int weight() {
        return body.length() + 256;
    }
}
