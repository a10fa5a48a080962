package io.quire.search.service;

import io.quire.link.HtmlEscaping;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as short HTML: the text escaped (a post's {@code <script>} comes out
 * as {@code &lt;script&gt;}), runs of white space as one space, each match in {@code <mark>}, and a
 * passage longer than the limit cut around its first match at word boundaries, with "…" where text
 * was cut. The only markup in the result is {@code <mark>} and {@code </mark>}.
 */
final class SnippetFormatter extends PassageFormatter {

    static final String ELLIPSIS = "…";
    private static final String SEPARATOR = " " + ELLIPSIS + " ";

    private final int maxChars;

    SnippetFormatter(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Passage passage : passages) {
            if (!out.isEmpty()) {
                out.append(SEPARATOR);
            }
            append(passage, content, out);
        }
        return out.toString();
    }

    private void append(Passage passage, String content, StringBuilder out) {
        int start = passage.getStartOffset();
        int end = Math.min(passage.getEndOffset(), content.length());
        int matches = passage.getNumMatches();
        int[] matchStarts = passage.getMatchStarts();
        int[] matchEnds = passage.getMatchEnds();
        int from = start;
        int to = end;
        if (end - start > maxChars && matches > 0) {
            int firstStart = matchStarts[0];
            int firstEnd = Math.min(matchEnds[0], end);
            from = Math.max(start, firstStart - maxChars / 3);
            if (from > start) {
                from = wordStartAtOrAfter(content, from, firstStart);
            }
            to = Math.min(end, Math.max(from + maxChars, firstEnd));
            if (to < end) {
                to = wordEndAtOrBefore(content, to, firstEnd);
            }
        }
        String body = marked(content, from, to, matches, matchStarts, matchEnds);
        if (from > start) {
            out.append(ELLIPSIS).append(' ');
        }
        out.append(body);
        if (to < end) {
            out.append(' ').append(ELLIPSIS);
        }
    }

    private static String marked(String content, int from, int to, int matches, int[] starts, int[] ends) {
        StringBuilder out = new StringBuilder(to - from + 32);
        int position = from;
        for (int i = 0; i < matches; i++) {
            int matchStart = Math.max(starts[i], position);
            int matchEnd = Math.min(ends[i], to);
            if (matchStart >= to) {
                break;
            }
            if (matchEnd <= matchStart) {
                continue; // inside a match already marked, or before the cut
            }
            escape(content, position, matchStart, out);
            out.append("<mark>");
            escape(content, matchStart, matchEnd, out);
            out.append("</mark>");
            position = matchEnd;
        }
        escape(content, position, to, out);
        return out.toString().strip();
    }

    /** Where to start a cut snippet: after the white space at or after {@code index}, if before {@code limit}. */
    private static int wordStartAtOrAfter(String content, int index, int limit) {
        for (int i = index; i < limit; i++) {
            if (Character.isWhitespace(content.charAt(i))) {
                return i + 1;
            }
        }
        return safeBoundary(content, index);
    }

    /** Where to end a cut snippet: at the white space at or before {@code index}, if after {@code limit}. */
    private static int wordEndAtOrBefore(String content, int index, int limit) {
        for (int i = index; i > limit; i--) {
            if (Character.isWhitespace(content.charAt(i))) {
                return i;
            }
        }
        return safeBoundary(content, index);
    }

    /** Never cut between the two halves of a surrogate pair. */
    private static int safeBoundary(String content, int index) {
        if (index > 0 && index < content.length() && Character.isLowSurrogate(content.charAt(index))) {
            return index - 1;
        }
        return index;
    }

    /** HTML-escapes {@code content[from, to)} with white space runs collapsed to one space. */
    static void escape(String content, int from, int to, StringBuilder out) {
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (c == '\'') {
                out.append("&#39;");
            } else {
                HtmlEscaping.append(c, out);
            }
        }
        if (space) {
            out.append(' ');
        }
    }
}
