package io.quire.link;

import io.quire.link.LinkTargets.AssetTarget;
import io.quire.link.LinkTargets.PostTarget;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a URL written in a post leads, among the files of the content root. One rule for the import
 * (which warns about missing targets and records what each post depends on) and the read side (which
 * writes the links out as absolute URLs):
 *
 * <ul>
 *   <li>a path ({@code src}, {@code href}, ...) names a file relative to the post's folder, or to the
 *       content root when it starts with {@code /}: a Markdown file is that post, any other file an
 *       asset;
 *   <li>a reference to a post ({@code {{< ref >}}}, {@code {% post_url %}}, the {@code data-quire-ref}
 *       attribute) tries the path as written, then with {@code .md}, {@code .markdown}, {@code
 *       /index.md} and {@code /index.markdown}, first beside the post, then from the root; then the
 *       post whose file (or bundle folder) has that name.
 * </ul>
 */
public final class LinkResolver {

    private static final List<String> POST_SUFFIXES = List.of("", ".md", ".markdown", "/index.md", "/index.markdown");

    private LinkResolver() {}

    /** Where a reference leads. */
    public sealed interface Resolution {

        /** To a post; the suffix is the query and fragment written after the path. */
        record ToPost(PostTarget post, String suffix) implements Resolution {}

        /** To an asset. */
        record ToAsset(AssetTarget asset, String suffix) implements Resolution {}

        /**
         * A file that does not exist: a relative path with a file extension Quire serves or imports, or
         * a reference to a post. Worth a warning.
         */
        record Missing(String path) implements Resolution {}

        /** Not a file Quire knows of (an absolute URL, a fragment, a page of the front-end): left alone. */
        record Elsewhere() implements Resolution {}
    }

    private static final Resolution ELSEWHERE = new Resolution.Elsewhere();

    /** A {@code src}, {@code href}, {@code poster} or {@code srcset} URL, or a front matter image path. */
    public static Resolution link(String sourcePath, String url, LinkTargets targets) {
        UrlReference reference = UrlReference.parse(url);
        if (reference == null) {
            return ELSEWHERE;
        }
        String path = ContentPaths.resolve(sourcePath, reference);
        if (path == null) {
            return ELSEWHERE;
        }
        if (ContentPaths.isMarkdown(path)) {
            PostTarget post = targets.post(path);
            if (post != null) {
                return new Resolution.ToPost(post, reference.suffix());
            }
        } else {
            AssetTarget asset = targets.asset(path);
            if (asset != null) {
                return new Resolution.ToAsset(asset, reference.suffix());
            }
        }
        boolean looksLikeAFile =
                ContentPaths.isMarkdown(path) || io.quire.content.scan.AssetTypes.isAsset(ContentPaths.name(path));
        return !reference.rootRelative() && looksLikeAFile ? new Resolution.Missing(path) : ELSEWHERE;
    }

    /** A reference to another post, as the dialects write it ({@code data-quire-ref}). */
    public static Resolution ref(String sourcePath, String target, LinkTargets targets) {
        UrlReference reference = UrlReference.parse(target.strip());
        if (reference == null) {
            return ELSEWHERE;
        }
        for (String candidate : candidates(sourcePath, reference)) {
            PostTarget post = targets.post(candidate);
            if (post != null) {
                return new Resolution.ToPost(post, reference.fragment());
            }
        }
        PostTarget named = targets.postByStem(stemOf(reference));
        if (named != null) {
            return new Resolution.ToPost(named, reference.fragment());
        }
        return new Resolution.Missing(reference.path());
    }

    /**
     * What a post's rendering of a reference depends on: the paths (and {@code stem:} names) whose
     * posts or assets it may resolve to. When a file with one of these changes, appears or goes, the
     * post's answer may change.
     */
    public static List<String> dependencies(String sourcePath, String url, boolean isRef) {
        UrlReference reference = UrlReference.parse(isRef ? url.strip() : url);
        if (reference == null) {
            return List.of();
        }
        if (!isRef) {
            String path = ContentPaths.resolve(sourcePath, reference);
            return path == null ? List.of() : List.of(path);
        }
        List<String> keys = new ArrayList<>(candidates(sourcePath, reference));
        keys.add(stemKey(stemOf(reference)));
        return keys;
    }

    /** The dependency key of a post's name (see {@link ContentPaths#stem}). */
    public static String stemKey(String stem) {
        return "stem:" + stem;
    }

    private static Set<String> candidates(String sourcePath, UrlReference reference) {
        Set<String> candidates = new LinkedHashSet<>();
        for (boolean fromRoot : reference.rootRelative() ? new boolean[] {true} : new boolean[] {false, true}) {
            UrlReference base = new UrlReference(reference.path(), fromRoot, "");
            for (String suffix : POST_SUFFIXES) {
                String path = ContentPaths.resolve(
                        sourcePath, new UrlReference(stripSlash(base.path()) + suffix, fromRoot, ""));
                if (path != null && ContentPaths.isMarkdown(path)) {
                    candidates.add(path);
                }
            }
        }
        return candidates;
    }

    private static String stemOf(UrlReference reference) {
        String name = ContentPaths.name(stripSlash(reference.path()));
        return ContentPaths.isMarkdown(name) ? ContentPaths.stem(name) : name;
    }

    private static String stripSlash(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }
}
