package io.quire.site;

import java.util.regex.Matcher;

/**
 * The absolute URLs of one request: the site's base URL (configured, or the request's), the public
 * page of each post, and where Quire serves assets.
 *
 * @param baseUrl absolute, without a trailing slash
 * @param postUrlTemplate with {@code {baseUrl}}, {@code {slug}} and {@code {id}} placeholders
 * @param assetBaseUrl absolute, without a trailing slash: where {@code /assets/...} is reachable
 */
public record PublicUrls(String baseUrl, String postUrlTemplate, String assetBaseUrl) {

    /** Assets under the site's base URL. */
    public PublicUrls(String baseUrl, String postUrlTemplate) {
        this(baseUrl, postUrlTemplate, baseUrl);
    }

    /** Characters of an asset's SHA-256 (hex) in its content-hashed URL. */
    public static final int ASSET_HASH_LENGTH = 16;

    /**
     * The content-hashed, immutable URL of an asset: {@code {assetBaseUrl}/assets/{hash}/{path}}, the
     * first {@link #ASSET_HASH_LENGTH} hex digits of its SHA-256, each path segment percent-encoded.
     */
    public String asset(String hash, String path) {
        StringBuilder out = new StringBuilder(assetBaseUrl.length() + path.length() + 32);
        out.append(assetBaseUrl).append("/assets/").append(hash, 0, ASSET_HASH_LENGTH);
        for (String segment : path.split("/", -1)) {
            out.append('/').append(UrlEncoding.encode(segment));
        }
        return out.toString();
    }

    /** The site's home page: the base URL with a slash. */
    public String home() {
        return baseUrl + "/";
    }

    /** A path under the base URL; {@code path} starts with a slash. */
    public String at(String path) {
        return baseUrl + path;
    }

    /** The public page of a post in the default template's language (for a template without {lang}). */
    public String post(String publicId, String slug) {
        return post(publicId, slug, "");
    }

    /** The public page of a post, from the template; slug, id and language are percent-encoded. */
    public String post(String publicId, String slug, String lang) {
        Matcher placeholder = SiteLinks.PLACEHOLDER.matcher(postUrlTemplate);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String value = switch (placeholder.group(1)) {
                case "baseUrl" -> baseUrl;
                case "slug" -> UrlEncoding.encode(slug);
                case "id" -> UrlEncoding.encode(publicId);
                case "lang" -> UrlEncoding.encode(lang);
                default -> placeholder.group();
            };
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(out);
        return out.toString();
    }
}
