package io.quire.feed.service;

import java.util.regex.Matcher;

/**
 * The absolute URLs of one request: the site's base URL (configured, or the request's) and the
 * public page of each post.
 *
 * @param baseUrl absolute, without a trailing slash
 * @param postUrlTemplate with {@code {baseUrl}}, {@code {slug}} and {@code {id}} placeholders
 */
public record PublicUrls(String baseUrl, String postUrlTemplate) {

    /** The site's home page: the base URL with a slash. */
    public String home() {
        return baseUrl + "/";
    }

    /** A path under the base URL; {@code path} starts with a slash. */
    public String at(String path) {
        return baseUrl + path;
    }

    /** The public page of a post, from the template; slug and id are percent-encoded. */
    public String post(String publicId, String slug) {
        Matcher placeholder = SiteLinks.PLACEHOLDER.matcher(postUrlTemplate);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = switch (placeholder.group(1)) {
                case "baseUrl" -> baseUrl;
                case "slug" -> UrlEncoding.encode(slug);
                case "id" -> UrlEncoding.encode(publicId);
                default -> placeholder.group();
            };
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }
}
