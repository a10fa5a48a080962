package io.quire.link;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A URL as an author wrote it in a post, split into what may name a file of the content root: a
 * relative ({@code images/a.png}, {@code ../b.md}) or root-relative ({@code /images/a.png}) path,
 * percent-decoded, and the query and fragment after it, kept as written.
 *
 * @param path the decoded path, never empty
 * @param rootRelative whether it starts with {@code /}
 * @param suffix {@code ?query#fragment} as written, or ""
 */
public record UrlReference(String path, boolean rootRelative, String suffix) {

    /**
     * The reference, or null for anything that cannot name a file: an empty value, a fragment or query
     * alone, an absolute URL ({@code https:}, {@code mailto:}, {@code data:}), a scheme-relative one
     * ({@code //host/x}), or a path that does not decode.
     */
    public static UrlReference parse(String url) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("?") || url.startsWith("//") || hasScheme(url)) {
            return null;
        }
        int end = url.length();
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        String path = decode(url.substring(0, end));
        if (path == null || path.isEmpty()) {
            return null;
        }
        boolean rootRelative = path.startsWith("/");
        return new UrlReference(rootRelative ? path.substring(1) : path, rootRelative, url.substring(end));
    }

    /** The fragment ({@code #...}) of the suffix, or "". */
    public String fragment() {
        int hash = suffix.indexOf('#');
        return hash < 0 ? "" : suffix.substring(hash);
    }

    /** Whether a URL starts with a scheme (an absolute URL, or mailto: and the like). */
    static boolean hasScheme(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i > 0;
            }
            boolean schemeChar = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!schemeChar) {
                return false;
            }
        }
        return false;
    }

    /** Percent-decodes a path (a {@code +} stays a {@code +}); null when it is not valid UTF-8. */
    static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                if (i + 2 >= path.length()) {
                    return null;
                }
                int high = Character.digit(path.charAt(i + 1), 16);
                int low = Character.digit(path.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < path.length()) {
                    encoded = path.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
