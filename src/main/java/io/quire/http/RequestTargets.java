package io.quire.http;

import java.nio.charset.StandardCharsets;

/**
 * Request targets as browsers send them. RFC 3986 leaves characters such as {@code | { } ^ \ ` " <}
 * out of URIs, but browsers send several of them unencoded in a query string (a search for {@code a |
 * b} typed in the address bar), and a stray {@code %} is common in hand-written links. Rather than
 * refusing such a request with a bare 400, Quire reads it as if those characters had been
 * percent-encoded, so that it is answered like any other value: with a result, or with a
 * problem+json 400 naming the parameter.
 */
public final class RequestTargets {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RequestTargets() {}

    /**
     * The request target with every character that may not appear in a URI percent-encoded (bytes
     * above 0x7F, which arrive as one character per byte, become one escape per byte, so UTF-8 sent
     * raw decodes as UTF-8), and every {@code %} that does not start an escape encoded as {@code %25};
     * null when the target needs no repair.
     */
    public static String repaired(String target) {
        if (target == null || valid(target)) {
            return null;
        }
        StringBuilder out = new StringBuilder(target.length() + 16);
        boolean query = false;
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '?' && !query) {
                query = true;
                out.append(c);
            } else if (c == '%' && escapeAt(target, i)) {
                out.append(c);
            } else if (allowed(c, query)) {
                out.append(c);
            } else if (c > 0xFF) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    escape(out, b & 0xFF);
                }
            } else {
                escape(out, c);
            }
        }
        return out.toString();
    }

    private static boolean valid(String target) {
        boolean query = false;
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '?' && !query) {
                query = true;
            } else if (c == '%' ? !escapeAt(target, i) : !allowed(c, query)) {
                return false;
            }
        }
        return true;
    }

    /** RFC 3986: unreserved, sub-delims, ':' and '@' (pchar), '/' and, in the query, '?'. */
    private static boolean allowed(char c, boolean query) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return true;
        }
        return switch (c) {
            case '-', '.', '_', '~', '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '@', '/' -> true;
            case '?' -> query;
            default -> false;
        };
    }

    private static boolean escapeAt(String target, int i) {
        return i + 2 < target.length()
                && Character.digit(target.charAt(i + 1), 16) >= 0
                && Character.digit(target.charAt(i + 2), 16) >= 0;
    }

    private static void escape(StringBuilder out, int b) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }
}
