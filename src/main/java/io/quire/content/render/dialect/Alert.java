package io.quire.content.render.dialect;

import org.commonmark.node.CustomBlock;

/**
 * A GitHub alert ({@code > [!NOTE]}), also Hugo's and Obsidian's: rendered with GitHub's markup,
 * {@code <div class="markdown-alert markdown-alert-note"><p class="markdown-alert-title">Note</p>...</div>}.
 *
 * @see Alerts
 */
public final class Alert extends CustomBlock {

    private final String type;
    private final String title;

    Alert(String type, String title) {
        this.type = type;
        this.title = title;
    }

    /** The type in lower case ({@code note}, {@code warning}, ...). */
    public String type() {
        return type;
    }

    /** The title shown: the author's ({@code > [!TIP] Pro tip}) or the type's name. */
    public String title() {
        return title;
    }
}
