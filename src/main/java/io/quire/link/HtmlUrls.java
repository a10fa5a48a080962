package io.quire.link;

import io.quire.shared.HtmlEscape;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and replaces the URLs in a post's stored html: {@code href} of {@code a}, {@code src} and
 * {@code srcset} of {@code img} and {@code source}, {@code src} of {@code video} and {@code audio},
 * {@code poster} of {@code video}; a link written as a reference to a post ({@code <a
 * data-quire-ref="x">}) is looked up by its reference. Images whose size is known get {@code width}
 * and {@code height}.
 *
 * <p>This relies on the html having been written by the render stage's serialiser (HtmlOutput): tags
 * are {@code <name attr="value" ...>} with every value double-quoted and {@code & < > "} escaped as
 * named entities, and text never contains a raw {@code <}. So a single pass over the tags finds every
 * URL, with no HTML parser: cheap enough to run on every answer that carries html. Only values
 * change; the html stays as safe as the sanitiser left it (callers put only http(s) or relative URLs
 * in).
 */
public final class HtmlUrls {

    private static final List<String> ELEMENTS = List.of("a", "img", "source", "video", "audio");

    private HtmlUrls() {}

    /** What becomes of one URL; width and height only matter for an {@code img}'s {@code src}. */
    public record Replacement(String url, Integer width, Integer height) {}

    /** Decides about one URL (entities decoded). */
    @FunctionalInterface
    public interface Rewriter {

        /**
         * @param attribute {@code href}, {@code src}, {@code srcset} (called per candidate URL), {@code
         *     poster}, or {@code data-quire-ref} (the reference of a link; its replacement becomes the
         *     {@code href})
         * @return the replacement, or null to keep the value as it is
         */
        Replacement rewrite(String element, String attribute, String url);
    }

    /** The html with the rewriter's replacements; the same instance when nothing changes. */
    public static String rewrite(String html, Rewriter rewriter) {
        if (!html.contains("=\"")) {
            return html; // no attribute at all
        }
        StringBuilder out = null;
        int copied = 0;
        int at = 0;
        while ((at = html.indexOf('<', at)) >= 0) {
            int nameEnd = at + 1;
            while (nameEnd < html.length() && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            String element = element(html, at + 1, nameEnd);
            if (element == null || nameEnd >= html.length() || html.charAt(nameEnd) != ' ') {
                at = nameEnd;
                continue; // not an element with URLs, or no attributes
            }
            int end = html.indexOf('>', nameEnd);
            if (end < 0) {
                break;
            }
            String tag = tag(html, element, nameEnd, end, rewriter);
            if (tag != null) {
                if (out == null) {
                    out = new StringBuilder(html.length() + 256);
                }
                out.append(html, copied, at).append(tag);
                copied = end + 1;
            }
            at = end + 1;
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** Calls the rewriter for every URL without changing anything (the import collects references so). */
    public static void visit(String html, Rewriter visitor) {
        rewrite(html, (element, attribute, url) -> {
            visitor.rewrite(element, attribute, url);
            return null;
        });
    }

    /** The rewritten tag {@code <element ...>}, or null when it stays as it is. */
    private static String tag(String html, String element, int from, int end, Rewriter rewriter) {
        List<Attribute> attributes = attributes(html, from, end);
        String ref = null;
        boolean hasWidth = false;
        boolean hasHeight = false;
        for (Attribute attribute : attributes) {
            String name = attribute.name();
            if (name.equals("data-quire-ref")) {
                ref = unescape(html.substring(attribute.valueStart(), attribute.valueEnd()));
            }
            hasWidth |= name.equals("width");
            hasHeight |= name.equals("height");
        }
        StringBuilder out = null;
        int copied = from;
        Replacement image = null;
        for (Attribute attribute : attributes) {
            String name = attribute.name();
            String value = unescape(html.substring(attribute.valueStart(), attribute.valueEnd()));
            String replaced = null;
            if (isUrlAttribute(element, name)) {
                if (name.equals("srcset")) {
                    replaced = srcset(element, value, rewriter);
                } else {
                    Replacement replacement = element.equals("a") && name.equals("href") && ref != null
                            ? rewriter.rewrite(element, "data-quire-ref", ref)
                            : rewriter.rewrite(element, name, value);
                    if (replacement != null) {
                        replaced = replacement.url();
                        if (element.equals("img") && name.equals("src")) {
                            image = replacement;
                        }
                    }
                }
            }
            if (replaced != null && !replaced.equals(value)) {
                if (out == null) {
                    out = new StringBuilder(end - from + 64);
                }
                out.append(html, copied, attribute.valueStart());
                escape(replaced, out);
                copied = attribute.valueEnd();
            }
        }
        String size = image == null ? null : size(html, from, end, image, hasWidth, hasHeight);
        if (out == null && size == null) {
            return null;
        }
        StringBuilder tag = new StringBuilder(end - from + 64).append('<').append(element);
        if (out != null) {
            tag.append(out);
        }
        tag.append(html, copied, end);
        if (size != null) {
            tag.append(size);
        }
        return tag.append('>').toString();
    }

    /** An attribute of a tag: its name, and where its value is (between the quotes). */
    private record Attribute(String name, int valueStart, int valueEnd) {}

    /** The attributes of a tag's text: ' name="value"' one after the other, as HtmlOutput writes them. */
    private static List<Attribute> attributes(String html, int from, int end) {
        List<Attribute> attributes = new ArrayList<>();
        for (int at = from; at < end; ) {
            int eq = html.indexOf("=\"", at);
            int close = eq < 0 ? -1 : html.indexOf('"', eq + 2);
            if (eq < 0 || close < 0 || close > end) {
                break;
            }
            attributes.add(new Attribute(html.substring(at + 1, eq), eq + 2, close));
            at = close + 1;
        }
        return attributes;
    }

    private static boolean isUrlAttribute(String element, String name) {
        return switch (name) {
            case "href" -> element.equals("a");
            case "src" -> !element.equals("a");
            case "srcset" -> element.equals("img") || element.equals("source");
            case "poster" -> element.equals("video");
            default -> false;
        };
    }

    /**
     * The width and height attributes an image lacks: both from its file, or the missing one from the
     * one the author gave and the file's ratio.
     */
    private static String size(String html, int from, int end, Replacement image, boolean hasWidth, boolean hasHeight) {
        Integer width = image.width();
        Integer height = image.height();
        if (width == null || height == null || (hasWidth && hasHeight)) {
            return null;
        }
        if (!hasWidth && !hasHeight) {
            return " width=\"" + width + "\" height=\"" + height + "\"";
        }
        Integer given = number(attribute(html, from, end, hasWidth ? "width" : "height"));
        if (given == null) {
            return null;
        }
        long other =
                hasWidth ? Math.round((double) given * height / width) : Math.round((double) given * width / height);
        return hasWidth ? " height=\"" + Math.max(1, other) + "\"" : " width=\"" + Math.max(1, other) + "\"";
    }

    private static String attribute(String html, int from, int end, String wanted) {
        String marker = " " + wanted + "=\"";
        int at = html.indexOf(marker, from);
        if (at < 0 || at > end) {
            return null;
        }
        int close = html.indexOf('"', at + marker.length());
        return close < 0 || close > end ? null : html.substring(at + marker.length(), close);
    }

    private static Integer number(String value) {
        if (value == null || value.isEmpty() || value.length() > 6) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null; // a percentage: no pixel size to derive the other side from
            }
        }
        int n = Integer.parseInt(value);
        return n > 0 ? n : null;
    }

    /** Each candidate of a srcset ({@code url [descriptor], ...}) rewritten; null when none changes. */
    private static String srcset(String element, String value, Rewriter rewriter) {
        StringBuilder out = new StringBuilder(value.length() + 64);
        boolean changed = false;
        for (String candidate : value.split(",")) {
            String trimmed = candidate.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int space = indexOfWhitespace(trimmed);
            String url = space < 0 ? trimmed : trimmed.substring(0, space);
            String descriptor = space < 0 ? "" : trimmed.substring(space);
            Replacement replacement = rewriter.rewrite(element, "srcset", url);
            if (replacement != null && !replacement.url().equals(url)) {
                url = replacement.url();
                changed = true;
            }
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(url).append(descriptor);
        }
        return changed ? out.toString() : null;
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The element whose name is at [from, to), if it is one that has URLs; without allocating. */
    private static String element(String html, int from, int to) {
        for (String element : ELEMENTS) {
            if (element.length() == to - from && html.startsWith(element, from)) {
                return element;
            }
        }
        return null;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    static String unescape(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        return value.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!HtmlEscape.appendEscaped(c, out)) {
                out.append(c);
            }
        }
    }
}
