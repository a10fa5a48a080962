package io.quire.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a request presents that could make it a preview: the values of its {@code preview} query
 * parameters and its {@code Authorization} header. Read once, from the raw request, by the same rules
 * as the REST layer reads query parameters, so that the layer that serves cached responses and the
 * layer that decides what a request may see never disagree about which requests are previews.
 *
 * <p>The REST layer splits a query at {@code &} and {@code ;}, percent-decodes names and values
 * ({@code +} is a space) and matches parameter names ignoring case: {@code Preview=},
 * {@code PREVIEW=} and {@code %70review=} are all {@code preview=}. An empty value counts as absent.
 *
 * @param queryTokens the non-empty values of every {@code preview} parameter, decoded
 * @param authorization the {@code Authorization} header, or null
 */
public record PreviewRequest(List<String> queryTokens, String authorization) {

    public static final String PARAMETER = "preview";

    /** Where the HTTP layer leaves the request's {@code PreviewRequest} for the REST layer. */
    public static final String CONTEXT_KEY = "quire.preview-request";

    public static final PreviewRequest NONE = new PreviewRequest(List.of(), null);

    public PreviewRequest {
        queryTokens = List.copyOf(queryTokens);
    }

    /** Reads a request's raw (still encoded) query and its Authorization header. */
    public static PreviewRequest of(String rawQuery, String authorization) {
        List<String> tokens = new ArrayList<>(0);
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String part : rawQuery.split("[&;]")) {
                int equals = part.indexOf('=');
                String name = decode(equals < 0 ? part : part.substring(0, equals));
                if (name.equalsIgnoreCase(PARAMETER)) {
                    String value = equals < 0 ? "" : decode(part.substring(equals + 1));
                    if (!value.isEmpty()) {
                        tokens.add(value);
                    }
                }
            }
        }
        return new PreviewRequest(tokens, authorization);
    }

    /**
     * Whether the response is personal: the request names a preview token, or carries credentials
     * (a shared cache must never answer other clients with it). Such responses are {@code no-store}
     * and never enter the response cache, whatever the token turns out to be.
     */
    public boolean personal() {
        return !queryTokens.isEmpty() || authorization != null;
    }

    /** The token of an {@code Authorization: Bearer <token>} header (scheme in any case), or null. */
    public String bearerToken() {
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        return value.regionMatches(true, 0, "Bearer ", 0, 7)
                ? value.substring(7).strip()
                : null;
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
