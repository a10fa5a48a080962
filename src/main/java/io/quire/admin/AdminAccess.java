package io.quire.admin;

import io.quire.config.QuireConfig;
import io.quire.web.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Checks the admin bearer token; without a configured token the admin API does not exist. */
@ApplicationScoped
public class AdminAccess {

    /**
     * The OpenAPI security scheme of the admin endpoints: every operation that requires it answers 401
     * to a missing or wrong token and 404 while the admin API is off (web.openapi.HttpContract).
     */
    public static final String SCHEME = "adminToken";

    private final QuireConfig config;

    public AdminAccess(QuireConfig config) {
        this.config = config;
    }

    public void check(String authorization) {
        Optional<String> token = config.admin().token().filter(t -> !t.isBlank());
        if (token.isEmpty()) {
            throw new NotFoundProblem("The admin API is off: set quire.admin.token to turn it on.");
        }
        String given = authorization == null ? "" : authorization.strip();
        boolean bearer = given.regionMatches(true, 0, "Bearer ", 0, 7);
        if (!bearer
                || !MessageDigest.isEqual(
                        token.get().getBytes(StandardCharsets.UTF_8),
                        given.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
            throw new NotAuthorizedException(Response.status(Response.Status.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Bearer realm=\"quire-admin\"")
                    .build());
        }
    }
}
