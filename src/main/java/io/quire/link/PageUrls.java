package io.quire.link;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Relative URLs made absolute against a page, the way a browser on that page would: for html shown
 * out of context (feed readers), where relative links and images break.
 */
public final class PageUrls {

    private PageUrls() {}

    /** The page as a base URI, or null when it is not an absolute URI. */
    public static URI base(String pageUrl) {
        try {
            URI base = new URI(pageUrl);
            return base.isAbsolute() ? base : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The absolute form of a relative reference, or null to leave the value as it is. */
    public static String resolve(URI base, String reference) {
        if (UrlReference.hasScheme(reference)) {
            return null;
        }
        String page = withoutFragment(base.toString());
        if (reference.isEmpty()) {
            return page;
        }
        if (reference.startsWith("#")) {
            return page + reference;
        }
        if (reference.startsWith("?")) {
            int query = page.indexOf('?');
            return (query < 0 ? page : page.substring(0, query)) + reference;
        }
        URI relative;
        try {
            relative = new URI(reference);
        } catch (URISyntaxException e) {
            return null; // not a URI at all (a space, say): a reader cannot use it either way
        }
        URI resolved = base.resolve(relative);
        String path = resolved.getRawPath();
        if (resolved.getRawAuthority() != null && path != null && (path.equals("/..") || path.startsWith("/../"))) {
            // java.net.URI keeps "../" segments that climb above the root; RFC 3986 drops them.
            while (path.equals("/..") || path.startsWith("/../")) {
                path = path.length() == 3 ? "/" : path.substring(3);
            }
            return resolved.getScheme() + "://" + resolved.getRawAuthority() + path
                    + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())
                    + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment());
        }
        return resolved.toString();
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
