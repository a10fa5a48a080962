package io.quire.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * The content codings Quire sends itself: gzip, when the client accepts it (RFC 9110 section
 * 12.5.3), else identity. Compressing here rather than in the server's compressor lets each coding
 * have its own strong ETag, and lets a cached response keep its gzip bytes.
 */
public final class Encodings {

    /**
     * Set on a response sent without a content coding, so that the server's own compressor leaves it
     * alone (its ETag describes these bytes); the server removes it before sending.
     */
    public static final String IDENTITY = "identity";

    private Encodings() {}

    /** Whether an Accept-Encoding header allows gzip: named (or {@code x-gzip}, or {@code *}) with q > 0. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return false;
        }
        Float gzip = null;
        Float any = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            float q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        q = Float.parseFloat(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = gzip == null ? q : Math.max(gzip, q);
            } else if (coding.equals("*")) {
                any = q;
            }
        }
        if (gzip != null) {
            return gzip > 0;
        }
        return any != null && any > 0;
    }

    public static byte[] gzip(byte[] identity) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, identity.length / 4));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(identity);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip in memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
