package io.quire.content.importer;

import io.quire.content.OutputBudget;
import java.util.Set;

/**
 * The bounds and options of one content root's import, the same for the server and for the {@code
 * validate} command: what a file may be (size, count) and what it may expand to ({@link OutputBudget}).
 */
public record ImportLimits(long maxFileSize, int maxFiles, Set<String> iframeHosts, OutputBudget budget) {

    public static final long DEFAULT_MAX_FILE_SIZE = 1_048_576;
    public static final int DEFAULT_MAX_FILES = 100_000;

    /**
     * Bump when rendering changes, so that a new version re-renders stored posts. 2: Markdown
     * dialects (Liquid, Hugo shortcodes, components, alerts, TOC markers, definition lists,
     * attribute lists; see io.quire.content.render.dialect). 3: a front matter key named {@code
     * frontMatter} is dropped (the API computes that field). 4: srcset and sizes on img and source,
     * picture elements (links to posts and assets are resolved when served, see io.quire.link). 5:
     * iframe hosts are checked with a URI parser (an embed URL that browsers and Quire could read
     * differently is dropped).
     */
    static final String RENDERING_REVISION = "5";

    public ImportLimits(long maxFileSize, int maxFiles, Set<String> iframeHosts) {
        this(maxFileSize, maxFiles, iframeHosts, OutputBudget.defaults());
    }

    /** What, besides a file's bytes, decides what is made of it. */
    public String fingerprint() {
        return "quire-rendering:" + RENDERING_REVISION + ";iframe-hosts:" + new java.util.TreeSet<>(iframeHosts);
    }
}
