package io.quire.http;

import io.quire.config.QuireConfig;
import jakarta.inject.Singleton;

/**
 * The Cache-Control each kind of response gets: public content may be cached by browsers and CDNs;
 * admin and personal responses (previews, requests with credentials) and 401s never.
 */
@Singleton
public class CachePolicy {

    public static final String NO_STORE = "no-store";
    static final String VARY = "Accept-Encoding, Origin";

    private final String publicCacheControl;

    public CachePolicy(QuireConfig config) {
        this.publicCacheControl = "public, max-age=" + config.http().maxAge() + ", stale-while-revalidate="
                + config.http().staleWhileRevalidate() + ", stale-if-error="
                + config.http().staleIfError();
    }

    public String publicCacheControl() {
        return publicCacheControl;
    }

    public static boolean isAdmin(String path) {
        return path.startsWith("/api/admin");
    }
}
