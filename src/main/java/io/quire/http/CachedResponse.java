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

    /**
     * Bytes this entry holds on the heap, from above: the body, and every string at two bytes a char
     * (headers, validators), plus the objects around them.
     */
    public int weight() {
        long chars = contentType.length() + etag.length() + lastModifiedHeader.length();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            chars += header.getKey().length();
            for (String value : header.getValue()) {
                chars += value.length() + 16;
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, body.length() + 2 * chars + OVERHEAD);
    }

    /** The record, its buffer, map and list objects and their headers, Caffeine's node: measured about 500. */
    static final int OVERHEAD = 512;
}
