package io.quire.feed.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the relative URLs in a post's stored html absolute, resolved against the post's public page
 * the way a browser on that page would: feed readers show the html out of context, where relative
 * links and images break.
 *
 * <p>This relies on the html having been written by the render stage's serialiser (HtmlOutput):
 * every attribute value is double-quoted with {@code & < > "} escaped as entities, and text never
 * contains a raw {@code "}. So {@code  href="}, {@code  src="} and {@code  poster="} can only occur as
 * attributes of a tag, and {@code [^"]*} is exactly the (escaped) value. Only the value changes; the
 * html stays as safe as the sanitiser left it (a relative URL resolved against an http(s) page stays
 * http(s)).
 */
public final class HtmlLinks {

    private static final Pattern URL_ATTRIBUTE = Pattern.compile(" (href|src|poster)=\"([^\"]*)\"");

    private HtmlLinks() {}

    /** The html with relative URLs resolved against {@code pageUrl}; unchanged if that is not a URI. */
    public static String absolute(String html, String pageUrl) {
        URI base;
        try {
            base = new URI(pageUrl);
        } catch (URISyntaxException e) {
            return html;
        }
        if (!base.isAbsolute() || html.indexOf('=') < 0) {
            return html;
        }
        Matcher attribute = URL_ATTRIBUTE.matcher(html);
        StringBuilder out = null;
        int copied = 0;
        while (attribute.find()) {
            String resolved = resolve(base, unescape(attribute.group(2)));
            if (resolved == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(html.length() + 256);
            }
            out.append(html, copied, attribute.start(2)).append(escape(resolved));
            copied = attribute.end(2);
        }
        if (out == null) {
            return html;
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** The absolute form of a relative reference, or null to leave the value as it is. */
    static String resolve(URI base, String reference) {
        if (hasScheme(reference)) {
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

    /** Whether a URL starts with a scheme (an absolute URL, or mailto: and the like). */
    private static boolean hasScheme(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i > 0;
            }
            boolean schemeChar = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!schemeChar) {
                return false;
            }
        }
        return false;
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static String unescape(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&') {
                String entity = entityAt(value, i);
                if (entity != null) {
                    out.append(
                            switch (entity) {
                                case "&amp;" -> '&';
                                case "&lt;" -> '<';
                                case "&gt;" -> '>';
                                default -> '"';
                            });
                    i += entity.length() - 1;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String entityAt(String value, int i) {
        for (String entity : new String[] {"&amp;", "&lt;", "&gt;", "&quot;"}) {
            if (value.startsWith(entity, i)) {
                return entity;
            }
        }
        return null;
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
