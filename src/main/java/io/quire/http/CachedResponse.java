package io.quire.http;

import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A serialised 200 response kept for the content version it was built from: its bytes (as sent
 * without a content coding, and gzip-compressed when its type compresses), its validators, and the
 * headers that go with it ({@code Link}, {@code X-Total-Count}).
 *
 * @param gzipBody the body gzip-compressed, or null when its type is not worth compressing
 * @param etag the strong ETag of {@code body}; {@code gzipBody} has {@link Validators#gzipEtag}
 * @param lastModifiedHeader {@code lastModified} as an HTTP date, formatted once rather than per hit
 */
public record CachedResponse(
        String contentType,
        Buffer body,
        Buffer gzipBody,
        String etag,
        Instant lastModified,
        String lastModifiedHeader,
        Map<String, List<String>> headers) {

    /**
     * @param withGzip whether to compress the body too (only types that compress are): for a response
     *     that is kept, or sent to a client that accepts gzip
     */
    public static CachedResponse of(
            String contentType,
            byte[] body,
            String etag,
            Instant lastModified,
            Map<String, List<String>> headers,
            boolean withGzip) {
        Buffer gzip = withGzip && MediaTypes.compressible(contentType) ? Buffer.buffer(Encodings.gzip(body)) : null;
        return new CachedResponse(
                contentType,
                Buffer.buffer(body),
                gzip,
                etag,
                lastModified,
                lastModified == null ? null : Validators.httpDate(lastModified),
                headers);
    }

    /** The body and ETag to send to a client that does or does not accept gzip. */
    public Buffer body(boolean gzip) {
        return gzip && gzipBody != null ? gzipBody : body;
    }

    public boolean gzipped(boolean acceptsGzip) {
        return acceptsGzip && gzipBody != null;
    }

    public String etag(boolean gzip) {
        return gzipped(gzip) ? Validators.gzipEtag(etag) : etag;
    }

    /**
     * Bytes this entry holds on the heap, from above: the bodies (plain and gzip), and every string at
     * two bytes a char (headers, validators), plus the objects around them.
     */
    public int weight() {
        long chars =
                contentType.length() + etag.length() + (lastModifiedHeader == null ? 0 : lastModifiedHeader.length());
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            chars += header.getKey().length();
            for (String value : header.getValue()) {
                chars += value.length() + 16;
            }
        }
        long bodies = body.length() + (gzipBody == null ? 0 : gzipBody.length());
        return (int) Math.min(Integer.MAX_VALUE, bodies + 2 * chars + OVERHEAD);
    }

    /** The record, its buffer, map and list objects and their headers, Caffeine's node: measured about 500. */
    static final int OVERHEAD = 512;
}
