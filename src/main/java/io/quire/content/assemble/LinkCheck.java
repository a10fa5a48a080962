package io.quire.content.assemble;

import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.frontmatter.SourceDocument;
import io.quire.link.FrontMatterUrls;
import io.quire.link.HtmlUrls;
import io.quire.link.LinkResolver;
import io.quire.link.LinkResolver.Resolution;
import io.quire.link.LinkTargets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The last step of stage 6 (assemble): the URLs of an assembled post (in its html and its front matter image
 * keys) checked against the files of this import. A relative path to a file that is not there, or a
 * reference to a post that does not exist, is a warning at the line that writes it. The post keeps
 * what it depends on (the paths and names its links may resolve to), so that the import can tell
 * which stored posts answer differently when other files change: links are written out as URLs only
 * when a post is served (see {@code io.quire.link}), never frozen into the stored html.
 */
public final class LinkCheck {

    /** Missing targets reported per file; more are counted in one last warning. */
    static final int MAX_WARNINGS = 50;

    private LinkCheck() {}

    public static ImportedPost check(ImportedPost post, SourceDocument document, LinkTargets files) {
        String path = post.path();
        Set<String> dependencies = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        HtmlUrls.visit(post.html(), (element, attribute, url) -> {
            boolean isRef = attribute.equals("data-quire-ref");
            dependencies.addAll(LinkResolver.dependencies(path, url, isRef));
            Resolution resolution = isRef ? LinkResolver.ref(path, url, files) : LinkResolver.link(path, url, files);
            if (resolution instanceof Resolution.Missing) {
                missing.add(url);
            }
            return null;
        });
        for (String url : FrontMatterUrls.values(post.frontMatter())) {
            Resolution resolution = LinkResolver.link(path, url, files);
            if (!(resolution instanceof Resolution.Elsewhere)) {
                dependencies.addAll(LinkResolver.dependencies(path, url, false));
            }
            if (resolution instanceof Resolution.Missing) {
                missing.add(url);
            }
        }
        if (missing.isEmpty() && dependencies.isEmpty()) {
            return post;
        }
        List<ContentProblem> warnings = new ArrayList<>(post.warnings());
        int reported = 0;
        for (String url : missing) {
            if (reported++ == MAX_WARNINGS) {
                warnings.add(new ContentProblem(
                        path,
                        null,
                        null,
                        Severity.WARNING,
                        (missing.size() - MAX_WARNINGS) + " more links lead to files that do not exist",
                        "run validate to see them all after fixing these",
                        "link-missing-target"));
                break;
            }
            warnings.add(new ContentProblem(
                    path,
                    line(document, url),
                    null,
                    Severity.WARNING,
                    "'" + url + "' leads to a file that does not exist: the link is left as written",
                    "check the path: it is relative to this file's folder, or to the content root when it"
                            + " starts with /",
                    "link-missing-target"));
        }
        return post.withLinks(List.copyOf(dependencies), List.copyOf(warnings));
    }

    /** The file line that writes the URL first: in the front matter, then in the body; null if none. */
    static Integer line(SourceDocument document, String url) {
        Integer line = lineOf(document.yaml(), document.yamlFirstLine(), url);
        return line != null ? line : lineOf(document.body(), document.bodyFirstLine(), url);
    }

    private static Integer lineOf(String text, int firstLine, String url) {
        if (text == null) {
            return null;
        }
        int at = text.indexOf(url);
        if (at < 0) {
            return null;
        }
        int line = firstLine;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
