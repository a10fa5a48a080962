package io.quire.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A serialised 200 response kept for the content version it was built from: its bytes (as sent
 * without a content coding, and gzip-compressed when its type compresses), its validators, and the
 * headers that go with it ({@code Link}, {@code X-Total-Count}).
 *
 * <p>Everything a cache hit sends is prepared once, when the entry is made: the gzip ETag, and every
 * header value in the form the HTTP encoder copies as bytes ({@link HttpHeaders#createOptimized}, for
 * the values that are ASCII; any other value stays a {@code String} and is encoded as before), so a
 * hit builds no strings and encodes no characters (docs/benchmarks.md, 2026-12-02).
 */
public final class CachedResponse {

    private final String contentType;
    private final Buffer body;
    private final Buffer gzipBody;
    private final String etag;
    private final Instant lastModified;
    private final String lastModifiedHeader;
    private final Map<String, List<String>> headers;

    // What a hit sends, prepared once.
    private final String gzipEtag;
    private final CharSequence contentTypeValue;
    private final CharSequence etagValue;
    private final CharSequence gzipEtagValue;
    private final CharSequence lastModifiedValue;
    private final CharSequence[] headerNames;
    private final CharSequence[] headerValues;

    /**
     * @param gzipBody the body gzip-compressed, or null when its type is not worth compressing
     * @param etag the strong ETag of {@code body}; {@code gzipBody} has {@link Validators#gzipEtag}
     * @param lastModifiedHeader {@code lastModified} as an HTTP date, formatted once rather than per hit
     */
    CachedResponse(
            String contentType,
            Buffer body,
            Buffer gzipBody,
            String etag,
            Instant lastModified,
            String lastModifiedHeader,
            Map<String, List<String>> headers) {
        this.contentType = contentType;
        this.body = body;
        this.gzipBody = gzipBody;
        this.etag = etag;
        this.lastModified = lastModified;
        this.lastModifiedHeader = lastModifiedHeader;
        this.headers = headers;
        this.gzipEtag = gzipBody == null ? etag : Validators.gzipEtag(etag);
        this.contentTypeValue = optimized(contentType);
        this.etagValue = optimized(etag);
        this.gzipEtagValue = gzipBody == null ? etagValue : optimized(gzipEtag);
        this.lastModifiedValue = lastModifiedHeader == null ? null : optimized(lastModifiedHeader);
        int count = 0;
        for (List<String> values : headers.values()) {
            count += values.size();
        }
        this.headerNames = new CharSequence[count];
        this.headerValues = new CharSequence[count];
        int i = 0;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            CharSequence name = optimized(header.getKey());
            for (String value : header.getValue()) {
                headerNames[i] = name;
                headerValues[i++] = optimized(value);
            }
        }
    }

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

    public String contentType() {
        return contentType;
    }

    public Instant lastModified() {
        return lastModified;
    }

    public String lastModifiedHeader() {
        return lastModifiedHeader;
    }

    /** The headers kept with the body ({@code Link}, {@code X-Total-Count}, the CDN's), in order. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The body and ETag to send to a client that does or does not accept gzip. */
    public Buffer body(boolean gzip) {
        return gzip && gzipBody != null ? gzipBody : body;
    }

    public boolean gzipped(boolean acceptsGzip) {
        return acceptsGzip && gzipBody != null;
    }

    public String etag(boolean gzip) {
        return gzipped(gzip) ? gzipEtag : etag;
    }

    /** {@link #etag} as the header value a hit sends. */
    CharSequence etagValue(boolean gzip) {
        return gzipped(gzip) ? gzipEtagValue : etagValue;
    }

    /** {@link #lastModifiedHeader} as the header value a hit sends, or null. */
    CharSequence lastModifiedValue() {
        return lastModifiedValue;
    }

    /** {@link #contentType} as the header value a hit sends. */
    CharSequence contentTypeValue() {
        return contentTypeValue;
    }

    /** How many values {@link #headers} has, for {@link #headerName} and {@link #headerValue}. */
    int headerCount() {
        return headerNames.length;
    }

    CharSequence headerName(int i) {
        return headerNames[i];
    }

    CharSequence headerValue(int i) {
        return headerValues[i];
    }

    /**
     * A header value as the HTTP encoder copies it fastest: ASCII as bytes once; a value with other
     * characters stays a String, so it is sent exactly as a fresh response sends it.
     */
    static CharSequence optimized(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7E || value.charAt(i) < 0x20) {
                return value;
            }
        }
        return HttpHeaders.createOptimized(value);
    }

    /**
     * Bytes this entry holds on the heap, from above: the bodies (plain and gzip), every string at two
     * bytes a char (headers, validators) and again at one byte a char (the prepared header values),
     * plus the objects around them.
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
        return (int) Math.min(Integer.MAX_VALUE, bodies + 3 * chars + OVERHEAD);
    }

    /**
     * The object, its buffers, map and list objects, the prepared values (gzip ETag, arrays,
     * AsciiStrings) and Caffeine's node: measured about 500 before the prepared values, which add
     * about 250.
     */
    static final int OVERHEAD = 768;
}
