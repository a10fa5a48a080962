package io.quire.http;

import io.quire.config.QuireConfig;
import io.vertx.core.http.HttpHeaders;
import jakarta.inject.Singleton;

/**
 * The Cache-Control each kind of response gets: public content may be cached by browsers and CDNs;
 * admin and personal responses (previews, requests with credentials) and 401s never.
 */
@Singleton
public class CachePolicy {

    public static final String NO_STORE = "no-store";
    static final String VARY = "Accept-Encoding, Origin";
    /** {@link #VARY} as cache hits send it (bytes prepared once). */
    static final CharSequence VARY_VALUE = HttpHeaders.createOptimized(VARY);

    private final String publicCacheControl;
    private final CharSequence publicCacheControlValue;

    public CachePolicy(QuireConfig config) {
        this.publicCacheControl = "public, max-age=" + config.http().maxAge() + ", stale-while-revalidate="
                + config.http().staleWhileRevalidate() + ", stale-if-error="
                + config.http().staleIfError();
        this.publicCacheControlValue = HttpHeaders.createOptimized(publicCacheControl);
    }

    public String publicCacheControl() {
        return publicCacheControl;
    }

    /** {@link #publicCacheControl} as cache hits send it (bytes prepared once). */
    CharSequence publicCacheControlValue() {
        return publicCacheControlValue;
    }

    public static boolean isAdmin(String path) {
        return path.startsWith("/api/admin");
    }
}
