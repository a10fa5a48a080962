package io.quire.web;

import io.quire.config.QuireConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Decides whether a request sees the preview (drafts, scheduled and expired posts): with the
 * configured token as {@code ?preview=} or as a bearer token.
 */
@ApplicationScoped
public class PreviewAccess {

    private final Optional<String> token;

    public PreviewAccess(QuireConfig config) {
        this.token = config.preview().token().filter(t -> !t.isBlank());
    }

    /**
     * A wrong {@code ?preview=} token is a 401, since the client clearly asked for a preview; a bearer
     * token that is not the preview token is ignored (it may be meant for a proxy) and the request sees
     * the public content.
     */
    public boolean grants(PreviewRequest request) {
        if (!request.queryTokens().isEmpty()) {
            if (request.queryTokens().stream().allMatch(this::matches)) {
                return true;
            }
            throw new NotAuthorizedException(Response.status(Response.Status.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Bearer realm=\"quire-preview\"")
                    .build());
        }
        String bearer = request.bearerToken();
        return bearer != null && matches(bearer);
    }

    private boolean matches(String candidate) {
        return token.isPresent()
                && MessageDigest.isEqual(
                        token.get().getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
