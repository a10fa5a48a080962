package io.quire.asset.service;

/**
 * One byte range of a {@code Range: bytes=...} request header (RFC 9110, section 14): {@code a-b},
 * {@code a-} or {@code -n}. Several ranges in one request are answered with the whole file, as the
 * RFC allows; so is a header that is not a byte range at all.
 *
 * @param first offset of the first byte sent
 * @param length bytes sent
 */
public record ByteRange(long first, long length) {

    /** What a Range header asks of a file of {@code size} bytes. */
    public sealed interface Request {
        /** No usable range: send the whole file. */
        record Whole() implements Request {}

        /** A range that lies (at least partly) within the file. */
        record Part(ByteRange range) implements Request {}

        /** A range that starts after the file ends: 416. */
        record Unsatisfiable() implements Request {}
    }

    public long last() {
        return first + length - 1;
    }

    public static Request parse(String header, long size) {
        if (header == null) {
            return new Request.Whole();
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6)) {
            return new Request.Whole();
        }
        String spec = value.substring(6).strip();
        if (spec.isEmpty() || spec.indexOf(',') >= 0) {
            return new Request.Whole();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Request.Whole();
        }
        Long from = number(spec.substring(0, dash).strip());
        Long to = number(spec.substring(dash + 1).strip());
        if (from == null && to == null) {
            return new Request.Whole();
        }
        if (from == null) {
            // a suffix: the last n bytes
            if (to == 0) {
                return new Request.Unsatisfiable();
            }
            long length = Math.min(to, size);
            return size == 0 ? new Request.Unsatisfiable() : new Request.Part(new ByteRange(size - length, length));
        }
        if ((to != null && to < from)) {
            return new Request.Whole(); // not a valid range: ignored, as RFC 9110 says
        }
        if (from >= size) {
            return new Request.Unsatisfiable();
        }
        long last = to == null ? size - 1 : Math.min(to, size - 1);
        return new Request.Part(new ByteRange(from, last - from + 1));
    }

    /** A non-negative decimal of at most 18 digits, or null (empty or anything else). */
    private static Long number(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(text);
    }
}
