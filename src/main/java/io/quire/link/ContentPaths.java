package io.quire.link;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/** Paths of the content root, with {@code /} separators, as the scan writes them. */
public final class ContentPaths {

    private ContentPaths() {}

    /**
     * The content-root path that {@code reference} names when written in the file at {@code
     * sourcePath}: relative to that file's folder, or to the root when it starts with {@code /}; dot
     * segments applied. Null when it climbs above the root or holds a character no scanned path has (a
     * backslash, a control character).
     */
    public static String resolve(String sourcePath, UrlReference reference) {
        String base = reference.rootRelative() ? "" : folder(sourcePath);
        return normalize(base.isEmpty() ? reference.path() : base + "/" + reference.path());
    }

    /** The folder of a content path ("" for a file at the root). */
    public static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The file name of a content path. */
    public static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
                continue;
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c == '\\' || c < 0x20 || c == 0x7F) {
                    return null;
                }
            }
            segments.addLast(segment);
        }
        return segments.isEmpty() ? null : String.join("/", segments);
    }

    /** Whether a path names a Markdown file (a post). */
    public static boolean isMarkdown(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    /**
     * The name a post can be referred to by without its path ({@code {{< ref "name" >}}}, Jekyll's
     * {@code {% post_url name %}}): its file name without the extension, or for a page bundle's {@code
     * index.md}, the bundle's folder name.
     */
    public static String stem(String path) {
        String name = name(path);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.equals("index") || stem.startsWith("index.")) {
            String folder = folder(path);
            return folder.isEmpty() ? stem : name(folder);
        }
        return stem;
    }
}
