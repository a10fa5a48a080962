package io.quire.content.render.dialect;

import org.commonmark.node.CustomBlock;

/**
 * The lines of a Liquid {@code {% comment %}} or {@code {% capture %}} block, which Jekyll never
 * shows where they are written. Removed by {@link TagResolver}; rendered as Markdown (with a
 * warning) when the block is never closed, so that nothing is lost.
 */
final class SkippedBlock extends CustomBlock {

    private final String name;
    private String content = "";
    private boolean closed;

    SkippedBlock(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    String content() {
        return content;
    }

    boolean closed() {
        return closed;
    }

    void finish(String content, boolean closed) {
        this.content = content;
        this.closed = closed;
    }
}
