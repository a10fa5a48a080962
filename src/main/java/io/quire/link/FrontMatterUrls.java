package io.quire.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The front matter keys whose values are images (or media) next to the post: {@code cover: a.png},
 * {@code images: [a.png]}, {@code og: {image: a.png}}, {@code cover: {image: a.png, alt: ...}}. Every
 * string inside them, at any depth, is a candidate URL: one that names an asset is replaced, others
 * (alt texts, absolute URLs) stay.
 */
public final class FrontMatterUrls {

    /** Top-level keys holding images, as the common themes of Hugo, Jekyll, Ghost and Next.js name them. */
    public static final Set<String> KEYS = Set.of(
            "cover",
            "image",
            "images",
            "feature_image",
            "featured_image",
            "featureImage",
            "featuredImage",
            "thumbnail",
            "og:image",
            "og_image",
            "ogImage",
            "og",
            "twitter:image",
            "social_image",
            "banner",
            "hero",
            "header",
            "teaser",
            "poster",
            "video",
            "audio");

    /** Deepest nesting looked into: images sit at most a few levels down. */
    private static final int MAX_DEPTH = 8;

    private FrontMatterUrls() {}

    /** Every string under the image keys. */
    public static List<String> values(Map<String, Object> frontMatter) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, Object> entry : frontMatter.entrySet()) {
            if (KEYS.contains(entry.getKey())) {
                collect(entry.getValue(), values, 0);
            }
        }
        return values;
    }

    /**
     * The front matter with the strings under image keys replaced by {@code rewriter} (which returns
     * the same string to keep one); the same map when nothing changes.
     */
    public static Map<String, Object> rewrite(Map<String, Object> frontMatter, UnaryOperator<String> rewriter) {
        Map<String, Object> out = null;
        for (Map.Entry<String, Object> entry : frontMatter.entrySet()) {
            if (!KEYS.contains(entry.getKey())) {
                continue;
            }
            Object value = entry.getValue();
            Object rewritten = rewrite(value, rewriter, 0);
            if (rewritten != value) {
                if (out == null) {
                    out = new LinkedHashMap<>(frontMatter);
                }
                out.put(entry.getKey(), rewritten);
            }
        }
        return out == null ? frontMatter : out;
    }

    private static void collect(Object value, List<String> values, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String text) {
            values.add(text);
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, values, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(item, values, depth + 1));
        }
    }

    private static Object rewrite(Object value, UnaryOperator<String> rewriter, int depth) {
        if (depth > MAX_DEPTH) {
            return value;
        }
        if (value instanceof String text) {
            String rewritten = rewriter.apply(text);
            return rewritten.equals(text) ? value : rewritten;
        }
        if (value instanceof List<?> list) {
            List<Object> out = null;
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                Object rewritten = rewrite(item, rewriter, depth + 1);
                if (rewritten != item && out == null) {
                    out = new ArrayList<>(list);
                }
                if (out != null) {
                    out.set(i, rewritten);
                }
            }
            return out == null ? value : out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = null;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object rewritten = rewrite(entry.getValue(), rewriter, depth + 1);
                if (rewritten != entry.getValue()) {
                    if (out == null) {
                        out = new LinkedHashMap<>(map);
                    }
                    out.put(entry.getKey(), rewritten);
                }
            }
            return out == null ? value : out;
        }
        return value;
    }
}
