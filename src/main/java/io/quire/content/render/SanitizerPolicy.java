package io.quire.content.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list that every rendered body goes through. Built once per {@link MarkdownRenderer};
 * {@link PolicyFactory} is immutable and thread-safe.
 *
 * <p>It keeps what commonmark-java 0.30 and its GFM extensions produce (heading ids, code language
 * classes, table alignment, task-list checkboxes, footnote markup) plus the raw HTML that blog
 * authors commonly write, and nothing that can run script: no script/style elements, no event
 * handler or style attributes, URLs limited per attribute (see {@link UrlKind}).
 */
final class SanitizerPolicy {

    private static final Pattern CLASS_NAMES = Pattern.compile("[A-Za-z0-9_\\-+# ]+");
    private static final Pattern DIMENSION = Pattern.compile("[0-9]{1,5}%?");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
    private static final Pattern BACKREF_INDEX = Pattern.compile("[0-9]{1,9}(-[0-9]{1,9})?");
    private static final Pattern COMPONENT_NAME = Pattern.compile("[A-Za-z0-9_./:-]{1,200}");
    private static final Pattern SIZES = Pattern.compile("[A-Za-z0-9 ().,%:-]{1,500}");
    private static final Pattern MIME_TYPE = Pattern.compile("[A-Za-z0-9.+\\-]+/[A-Za-z0-9.+\\-]+");
    /** Only raster image types: SVG can carry script, so data:image/svg+xml is refused. */
    private static final Pattern DATA_IMAGE =
            Pattern.compile("data:image/(png|gif|jpeg|jpg|webp);base64,[A-Za-z0-9+/=]*", Pattern.CASE_INSENSITIVE);

    /** Elements kept (with the attributes allowed below); others are removed, their text kept. */
    private static final String[] ELEMENTS = ("h1 h2 h3 h4 h5 h6 p br hr blockquote pre code em strong del s ins b i u"
                    + " small q cite ul ol li dl dt dd table caption thead tbody tfoot tr th td sup sub kbd samp var"
                    + " mark abbr figure figcaption details summary div span section nav a img picture video audio source input")
            .split(" ");

    private SanitizerPolicy() {}

    static PolicyFactory build(Set<String> iframeHosts) {
        Set<String> hosts = Set.copyOf(iframeHosts.stream()
                .map(host -> host.trim().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty())
                .toList());

        HtmlPolicyBuilder b = new HtmlPolicyBuilder()
                // data: is only let through the built-in protocol guard so that the per-attribute
                // policies below can accept raster data: images in img src; every other URL
                // attribute refuses data: itself.
                .allowUrlProtocols("http", "https", "mailto", "data")
                .allowElements(ELEMENTS)
                // Global attributes: ids (headings, footnotes, author anchors), CSS classes and titles.
                .allowAttributes("id")
                .globally()
                .allowAttributes("class")
                .matching(CLASS_NAMES)
                .globally()
                .allowAttributes("title")
                .globally()
                // Links, including commonmark-ext-footnotes' reference and back-reference markup.
                .allowAttributes("href")
                .matching(urlPolicy(UrlKind.LINK, hosts))
                .onElements("a")
                .allowAttributes("aria-label", "data-footnote-ref", "data-footnote-backref")
                .onElements("a")
                .allowAttributes("data-footnote-backref-idx")
                .matching(BACKREF_INDEX)
                .onElements("a")
                .allowAttributes("data-footnotes")
                .onElements("section")
                // Lists and tables.
                .allowAttributes("start")
                .matching(INTEGER)
                .onElements("ol")
                .allowAttributes("align")
                .matching(true, "left", "center", "right", "justify")
                .onElements("th", "td")
                .allowAttributes("colspan", "rowspan")
                .matching(INTEGER)
                .onElements("th", "td")
                // GFM task list items: <input type="checkbox" disabled="" checked="">.
                .allowAttributes("type")
                .matching(true, "checkbox")
                .onElements("input")
                .allowAttributes("disabled", "checked")
                .onElements("input")
                .allowElements(
                        (name, attrs) -> hasAttribute(attrs, "type") && hasAttribute(attrs, "disabled") ? name : null,
                        "input")
                // Images and media.
                .allowAttributes("src")
                .matching(urlPolicy(UrlKind.IMAGE, hosts))
                .onElements("img")
                .allowAttributes("alt")
                .onElements("img")
                .allowAttributes("width", "height")
                .matching(DIMENSION)
                .onElements("img", "video", "iframe")
                .allowAttributes("srcset")
                .matching(srcsetPolicy(hosts))
                .onElements("img", "source")
                .allowAttributes("sizes")
                .matching(SIZES)
                .onElements("img", "source")
                .allowAttributes("src")
                .matching(urlPolicy(UrlKind.MEDIA, hosts))
                .onElements("video", "audio", "source")
                .allowAttributes("poster")
                .matching(urlPolicy(UrlKind.IMAGE, hosts))
                .onElements("video")
                .allowAttributes("controls", "loop", "muted", "playsinline")
                .onElements("video", "audio")
                .allowAttributes("preload")
                .matching(true, "none", "metadata", "auto")
                .onElements("video", "audio")
                .allowAttributes("type")
                .matching(MIME_TYPE)
                .onElements("source")
                .allowAttributes("open")
                .onElements("details")
                // The placeholder of a shortcode or component (see dialect.ComponentRenderer) and a
                // reference to another post (see dialect.DialectExtension).
                .allowAttributes("data-component")
                .matching(COMPONENT_NAME)
                .onElements("div", "span")
                .allowAttributes("data-args", "data-params")
                .onElements("div", "span")
                .allowAttributes("data-quire-ref")
                .onElements("a");

        if (!hosts.isEmpty()) {
            b.allowAttributes("src")
                    .matching(urlPolicy(UrlKind.IFRAME, hosts))
                    .onElements("iframe")
                    .allowAttributes("allowfullscreen")
                    .onElements("iframe")
                    .allowAttributes("frameborder")
                    .matching(INTEGER)
                    .onElements("iframe")
                    // An iframe whose src was refused (or missing) is dropped entirely.
                    .allowElements((name, attrs) -> hasAttribute(attrs, "src") ? name : null, "iframe");
        }
        return b.toFactory();
    }

    private static boolean hasAttribute(List<String> attrs, String name) {
        for (int i = 0; i < attrs.size(); i += 2) {
            if (attrs.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Where a URL is used decides which schemes it may have. */
    enum UrlKind {
        /** a href: http, https, mailto, relative and fragment URLs. */
        LINK,
        /** img src, video poster: http, https, relative, and raster data:image/*;base64 URLs. */
        IMAGE,
        /** video/audio/source src: http, https, relative. */
        MEDIA,
        /** iframe src: https on an allow-listed host only. */
        IFRAME
    }

    /**
     * A srcset ({@code url [descriptor], ...}) whose every candidate URL the image policy accepts
     * (http, https or relative; data: URLs cannot be told from the commas of a list, so none is kept).
     */
    static AttributePolicy srcsetPolicy(Set<String> iframeHosts) {
        AttributePolicy image = urlPolicy(UrlKind.IMAGE, iframeHosts);
        return (element, attribute, value) -> {
            for (String candidate : value.split(",")) {
                String url = candidate.strip().split("\\s+", 2)[0];
                if (url.isEmpty() || "data".equals(scheme(url)) || image.apply(element, attribute, url) == null) {
                    return null;
                }
            }
            return value;
        };
    }

    /**
     * Runs after OWASP's own protocol guard (which already refused every scheme other than http,
     * https, mailto and data, and stripped surrounding whitespace), so only has to narrow further.
     */
    static AttributePolicy urlPolicy(UrlKind kind, Set<String> iframeHosts) {
        return (element, attribute, value) -> {
            String scheme = scheme(value);
            return switch (kind) {
                case LINK -> scheme == null || !scheme.equals("data") ? value : null;
                case MEDIA -> scheme == null || scheme.equals("http") || scheme.equals("https") ? value : null;
                case IMAGE -> {
                    if (scheme == null || scheme.equals("http") || scheme.equals("https")) {
                        yield value;
                    }
                    yield scheme.equals("data") && DATA_IMAGE.matcher(value).matches() ? value : null;
                }
                case IFRAME -> isAllowedEmbed(value, iframeHosts) ? value : null;
            };
        };
    }

    /** The lower-cased scheme of an absolute URL, or null for a relative one. */
    static String scheme(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return null;
            }
            if (c == ':') {
                return url.substring(0, i).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * Whether an iframe's src is an https URL on one of {@code hosts}. The URL is parsed as RFC 3986
     * (java.net.URI) and refused whenever a browser could read its host differently: browsers (WHATWG
     * URL) treat {@code \\} as {@code /}, drop tabs and newlines, decode percent-escapes and IDN in
     * hosts, and honour user info, so {@code https://www.youtube.com\\@evil.example/} may mean either
     * host depending on who reads it. Such characters are not allowed by RFC 3986 and make the parse
     * fail; user info, percent-encoded or non-ASCII hosts, and ports other than 443 are refused too.
     */
    static boolean isAllowedEmbed(String url, Set<String> hosts) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.isOpaque() || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getRawUserInfo() != null) {
            return false;
        }
        String host = uri.getHost();
        int port = uri.getPort();
        if (host == null || (port != -1 && port != 443)) {
            return false;
        }
        // The authority must be the bare host (and port): nothing a browser would decode or drop.
        String authority = uri.getRawAuthority();
        if (!authority.equalsIgnoreCase(port == -1 ? host : host + ":" + port)) {
            return false;
        }
        return hosts.contains(host.toLowerCase(Locale.ROOT));
    }
}
