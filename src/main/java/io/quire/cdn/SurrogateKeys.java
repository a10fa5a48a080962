package io.quire.cdn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;

/**
 * The names of what a response depends on, for CDNs that purge by key (Fastly's {@code
 * Surrogate-Key}, Cloudflare's {@code Cache-Tag}, nginx with a purge module): one rule, used by the
 * response headers and by the change sets of imports and webhooks, so that what an import names is
 * exactly what the responses carry.
 *
 * <ul>
 *   <li>{@value #ALL}: every cacheable response (purge everything);
 *   <li>{@value #POSTS}: every response computed over the set of published posts (lists, tags,
 *       search, feeds, sitemap, archive, sync);
 *   <li>{@code post-<id>}: a single post's responses, and the posts they show (neighbours, related);
 *   <li>{@code tag-<slug>}: a tag's responses.
 * </ul>
 *
 * Keys are printable ASCII without spaces or commas: ids and slugs keep {@code A-Z a-z 0-9 . _ ~ -}
 * and percent-encode the rest; a key longer than {@value #MAX_LENGTH} characters becomes a hash.
 */
public final class SurrogateKeys {

    public static final String ALL = "quire";
    public static final String POSTS = "posts";

    static final int MAX_LENGTH = 128;

    private SurrogateKeys() {}

    public static String post(String publicId) {
        return key("post-", publicId);
    }

    public static String tag(String slug) {
        return key("tag-", slug);
    }

    /** The {@code Surrogate-Key} header value (Fastly): space-separated. */
    public static String surrogateKeyHeader(Collection<String> keys) {
        return String.join(" ", keys);
    }

    /** The {@code Cache-Tag} header value (Cloudflare): comma-separated. */
    public static String cacheTagHeader(Collection<String> keys) {
        return String.join(",", keys);
    }

    private static String key(String prefix, String value) {
        StringBuilder key = new StringBuilder(prefix);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "._~-".indexOf(c) >= 0) {
                key.append(c);
            } else {
                key.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)));
                key.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        if (key.length() <= MAX_LENGTH) {
            return key.toString();
        }
        return prefix + "h-"
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(sha256(value))
                        .substring(0, 32);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
