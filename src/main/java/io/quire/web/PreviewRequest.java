package io.quire.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What a request presents that could make it a preview: the values of its {@code preview} query
 * parameters and its {@code Authorization} header. Read once, from the raw request, by the same rules
 * as the REST layer reads query parameters, so that the layer that serves cached responses and the
 * layer that decides what a request may see never disagree about which requests are previews.
 *
 * <p>The query is read by the REST layer's rules ({@link QueryString}): {@code Preview=}, {@code
 * PREVIEW=} and {@code %70review=} are all {@code preview=}. An empty value counts as absent.
 *
 * @param queryTokens the non-empty values of every {@code preview} parameter, decoded
 * @param authorization the {@code Authorization} header, or null
 */
public record PreviewRequest(List<String> queryTokens, String authorization) {

    public static final String PARAMETER = "preview";

    /** What the OpenAPI document says of {@code ?preview=} on the endpoints that show drafts. */
    public static final String DESCRIPTION = "The preview token (quire.preview.token): also see drafts, scheduled"
            + " and expired posts. A wrong token is a 401. Servers should rather send it as `Authorization: Bearer`.";

    /**
     * {@code ?preview=}, declared by every endpoint that honours it (whether a request is a preview is
     * decided once, by {@link PreviewFilter}, and read from {@link Viewer}).
     */
    public static final QueryParameter DECLARED =
            QueryParameter.single(PARAMETER, DESCRIPTION, ParameterValue.text(null));

    /** Where the HTTP layer leaves the request's {@code PreviewRequest} for the REST layer. */
    public static final String CONTEXT_KEY = "quire.preview-request";

    public static final PreviewRequest NONE = new PreviewRequest(List.of(), null);

    public PreviewRequest {
        queryTokens = List.copyOf(queryTokens);
    }

    /** Reads a request's raw (still encoded) query and its Authorization header. */
    public static PreviewRequest of(String rawQuery, String authorization) {
        List<String> tokens = new ArrayList<>(0);
        for (QueryString.Parameter parameter : QueryString.parse(rawQuery)) {
            if (parameter.is(PARAMETER) && !parameter.value().isEmpty()) {
                tokens.add(parameter.value());
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
}
