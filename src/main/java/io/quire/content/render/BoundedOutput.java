package io.quire.content.render;

import io.quire.content.OutputBudget;

/**
 * Where the HTML renderer writes: a buffer that refuses to grow over a number of UTF-8 bytes, so that a
 * small file that expands enormously (one long reference link used a hundred thousand times) is
 * stopped at the budget instead of filling the heap.
 */
final class BoundedOutput implements Appendable {

    /** Thrown (internally) when the next character would take the output over its budget. */
    static final class Full extends RuntimeException {
        Full() {
            super(null, null, false, false);
        }
    }

    private final StringBuilder out;
    private final long maxBytes;
    private long bytes;

    BoundedOutput(StringBuilder out, long maxBytes) {
        this.out = out;
        this.maxBytes = maxBytes;
    }

    @Override
    public Appendable append(CharSequence text) {
        return append(text, 0, text.length());
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) {
        bytes += OutputBudget.utf8Length(text, start, end);
        if (bytes > maxBytes) {
            throw new Full();
        }
        out.append(text, start, end);
        return this;
    }

    @Override
    public Appendable append(char c) {
        bytes += OutputBudget.utf8Length(c);
        if (bytes > maxBytes) {
            throw new Full();
        }
        out.append(c);
        return this;
    }

    long bytes() {
        return bytes;
    }
}
