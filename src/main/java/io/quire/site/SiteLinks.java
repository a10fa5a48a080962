package io.quire.site;

import io.quarkus.runtime.Startup;
import io.quire.config.QuireConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the public site is: {@code quire.site.base-url} (or each request's base URI when it is unset)
 * and {@code quire.site.post-url-template}. Both are checked at startup, so that a typo stops the
 * application instead of publishing broken links.
 */
@Startup
@ApplicationScoped
public class SiteLinks {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> PLACEHOLDERS = Set.of("baseUrl", "slug", "id", "lang");

    private final Optional<String> baseUrl;
    private final String postUrlTemplate;
    private final Optional<String> assetBaseUrl;

    public SiteLinks(QuireConfig config) {
        this.baseUrl = config.site().baseUrl().map(SiteLinks::checkBaseUrl);
        this.postUrlTemplate = checkTemplate(config.site().postUrlTemplate());
        this.assetBaseUrl = config.assets().baseUrl().map(value -> checkUrl("quire.assets.base-url", value));
    }

    /** The URLs of a request whose base URI (as JAX-RS gives it) is {@code requestBaseUri}. */
    public PublicUrls forRequest(URI requestBaseUri) {
        String base = baseUrl.orElseGet(() -> stripSlashes(requestBaseUri.toString()));
        return new PublicUrls(base, postUrlTemplate, assetBaseUrl.orElse(base));
    }

    /** An absolute http(s) URL without query or fragment, returned without trailing slashes. */
    static String checkBaseUrl(String value) {
        return checkUrl("quire.site.base-url", value);
    }

    private static String checkUrl(String key, String value) {
        String trimmed = stripSlashes(value.strip());
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw invalid(key, value, "an absolute http(s) URL without query or fragment");
            }
        } catch (URISyntaxException e) {
            throw invalid(key, value, "an absolute http(s) URL: " + e.getMessage());
        }
        return trimmed;
    }

    /**
     * A template whose placeholders are all known, that names the post ({@code {slug}} or {@code
     * {id}}), and that gives an absolute http(s) URL.
     */
    static String checkTemplate(String template) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        boolean namesPost = false;
        while (placeholder.find()) {
            String name = placeholder.group(1);
            if (!PLACEHOLDERS.contains(name)) {
                throw invalid(
                        "quire.site.post-url-template",
                        template,
                        "a URL with the placeholders {baseUrl}, {slug}, {id} and {lang} only; {" + name
                                + "} is unknown");
            }
            namesPost |= name.equals("slug") || name.equals("id");
        }
        if (!namesPost) {
            throw invalid("quire.site.post-url-template", template, "a URL containing {slug} or {id}, so posts differ");
        }
        String sample = new PublicUrls("https://example.com", template).post("1", "a-post", "en");
        try {
            URI uri = new URI(sample);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw invalid("quire.site.post-url-template", template, "an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw invalid("quire.site.post-url-template", template, "an absolute http(s) URL: " + e.getMessage());
        }
        return template;
    }

    private static String stripSlashes(String url) {
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        return url.substring(0, end);
    }

    private static IllegalStateException invalid(String key, String value, String expected) {
        return new IllegalStateException(key + " must be " + expected + ", was '" + value + "'");
    }
}
