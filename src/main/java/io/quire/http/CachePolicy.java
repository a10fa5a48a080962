package io.quire.http;

import io.quire.config.QuireConfig;
import jakarta.inject.Singleton;

/**
 * Which requests share cached public responses, and the Cache-Control each kind gets: public content
 * may be cached by browsers and CDNs; admin and preview responses never.
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

    /**
     * A request asks for preview content when it names a preview token, in the query or as a bearer
     * token; such responses are personal and never shared.
     */
    public static boolean isPreview(String rawQuery, String authorization) {
        return authorization != null
                || (rawQuery != null && (rawQuery.startsWith("preview=") || rawQuery.contains("&preview=")));
    }
}
