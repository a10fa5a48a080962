package io.quire.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A raw query string read by the rules of the REST layer (Vert.x, which binds {@code @QueryParam}s):
 * parameters are separated by {@code &} and {@code ;}, names and values are percent-decoded as UTF-8
 * ({@code +} is a space, a {@code %} that starts no escape stands for itself), and names are matched
 * ignoring case ({@code Preview=}, {@code PREVIEW=} and {@code %70review=} are all {@code preview=}).
 * The one place these rules are written, for everything that reads a query besides the REST layer:
 * the preview decision, the parameter checks and the response cache's key.
 */
public final class QueryString {

    /**
     * One parameter as sent.
     *
     * @param raw the parameter's text in the query, still encoded ({@code name=value})
     * @param name the decoded name
     * @param value the decoded value, empty when there is no {@code =}
     */
    public record Parameter(String raw, String name, String value) {

        /** Whether this parameter is {@code name} to the REST layer. */
        public boolean is(String other) {
            return name.equalsIgnoreCase(other);
        }
    }

    private QueryString() {}

    /** The parameters of a raw (still encoded) query, in order; none for null or an empty query. */
    public static List<Parameter> parse(String rawQuery) {
        List<Parameter> parameters = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String part : rawQuery.split("[&;]")) {
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            String name = decode(equals < 0 ? part : part.substring(0, equals));
            String value = equals < 0 ? "" : decode(part.substring(equals + 1));
            parameters.add(new Parameter(part, name, value));
        }
        return parameters;
    }

    /**
     * Percent-decoding as UTF-8 with {@code +} as a space; a {@code %} that does not start an escape
     * stands for itself.
     */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
                i++;
            } else if (c == '%'
                    && i + 2 < raw.length()
                    && Character.digit(raw.charAt(i + 1), 16) >= 0
                    && Character.digit(raw.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 3;
            } else {
                int codePoint = raw.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
