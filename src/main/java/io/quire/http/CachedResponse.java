package io.quire.http;

import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A serialised 200 response kept for the content version it was built from: its bytes, its
 * validators, and the headers that go with it ({@code Link}, {@code X-Total-Count}).
 */
public record CachedResponse(
        String contentType, Buffer body, String etag, Instant lastModified, Map<String, List<String>> headers) {

    public int weight() {
        return body.length() + 256;
    }
}
