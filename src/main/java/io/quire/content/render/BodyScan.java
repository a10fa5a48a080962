package io.quire.content.render;

import io.quire.content.render.dialect.BlockAttributes;
import io.quire.shared.TocEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.owasp.html.PolicyFactory;

/**
 * One iterative (non-recursive) pass over a parsed document that checks its nesting depth and
 * collects everything but the HTML: plain text (within its budget), the excerpt and first
 * paragraph/heading, and the headings and footnotes for their ids ({@link HeadingOutline}). Not thread-safe: one instance per rendered document.
 */
final class BodyScan {

    /** Thrown (internally) when the tree is nested deeper than allowed. */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    /** Thrown (internally) when the plain text grows over its budget, at the node where it did. */
    static final class TextTooLarge extends RuntimeException {
        final transient Node node;

        TextTooLarge(Node node) {
            super(null, null, false, false);
            this.node = node;
        }
    }

    private final PolicyFactory policy;
    private final long maxTextBytes;
    private final StringBuilder text = new StringBuilder();
    private int countedChars;
    private long textBytes;

    private final HeadingOutline outline = new HeadingOutline();

    private int moreMarker = -1;
    private String firstParagraph;
    private String firstHeading;

    // Per-block state while walking.
    private int blockStart;
    private int rawTextDepth; // inside an inline <script>/<style> whose content the sanitiser drops
    private int footnoteDepth;

    private BodyScan(PolicyFactory policy, long maxTextBytes) {
        this.policy = policy;
        this.maxTextBytes = maxTextBytes;
    }

    /**
     * Walks {@code document}.
     *
     * @throws TooDeep if a node is nested more than {@code maxDepth} levels below the document
     */
    static BodyScan scan(Document document, int maxDepth, PolicyFactory policy) {
        return scan(document, maxDepth, policy, Long.MAX_VALUE);
    }

    /**
     * Walks {@code document}, stopping as soon as the plain text is over {@code maxTextBytes} (UTF-8).
     *
     * @throws TooDeep if a node is nested more than {@code maxDepth} levels below the document
     * @throws TextTooLarge if the plain text grows over {@code maxTextBytes}
     */
    static BodyScan scan(Document document, int maxDepth, PolicyFactory policy, long maxTextBytes) {
        BodyScan scan = new BodyScan(policy, maxTextBytes);
        scan.walk(document, maxDepth);
        return scan;
    }

    /** The first node nested more than {@code maxDepth} levels below the root, or null. */
    static Node firstTooDeep(Node root, int maxDepth) {
        Node node = root.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (depth > maxDepth) {
                return node;
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            if (node == null || node == root) {
                return null;
            }
            node = node.getNext();
        }
        return null;
    }

    private void walk(Document document, int maxDepth) {
        Node node = document.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (depth > maxDepth) {
                throw new TooDeep();
            }
            boolean descend = enter(node);
            checkText(node);
            if (node.getFirstChild() != null) {
                if (descend) {
                    node = node.getFirstChild();
                    depth++;
                    continue;
                }
                // Not collecting text from it (an image's alt text), but the HTML renderer
                // still recurses into it.
                if (firstTooDeep(node, maxDepth - depth) != null) {
                    throw new TooDeep();
                }
            }
            // Leave this node and every ancestor that has no next sibling.
            while (true) {
                exit(node);
                checkText(node);
                if (node.getNext() != null) {
                    node = node.getNext();
                    break;
                }
                node = node.getParent();
                depth--;
                if (node == document) {
                    node = null;
                    break;
                }
            }
        }
    }

    private void checkText(Node node) {
        if (countedChars < text.length()) {
            textBytes += io.quire.content.OutputBudget.utf8Length(text, countedChars, text.length());
            countedChars = text.length();
            if (textBytes > maxTextBytes) {
                throw new TextTooLarge(node);
            }
        }
    }

    /** Handles entering a node; returns whether to visit its children. */
    private boolean enter(Node node) {
        if (node instanceof Text t) {
            if (rawTextDepth == 0) {
                text.append(t.getLiteral());
            }
            return false;
        }
        if (node instanceof Code c) {
            text.append(c.getLiteral());
            return false;
        }
        if (node instanceof SoftLineBreak) {
            space(text);
            return false;
        }
        if (node instanceof HardLineBreak) {
            text.append('\n');
            return false;
        }
        if (node instanceof HtmlInline h) {
            trackRawText(h.getLiteral());
            return false;
        }
        if (node instanceof Image || node instanceof LinkReferenceDefinition) {
            return false; // alt text is not visible text; definitions render nothing
        }
        if (node instanceof FootnoteReference ref) {
            outline.footnoteReference(ref.getLabel());
            return false; // rendered as a number, not text
        }
        if (node instanceof TableCell) {
            if (node.getPrevious() != null) {
                space(text);
            }
            return true;
        }
        if (node instanceof TableRow) {
            newline(text);
            return true;
        }
        if (node instanceof Block) {
            newline(text);
            blockStart = text.length();
            rawTextDepth = 0;
            if (node instanceof FencedCodeBlock f) {
                appendCode(f.getLiteral());
                return false;
            }
            if (node instanceof IndentedCodeBlock i) {
                appendCode(i.getLiteral());
                return false;
            }
            if (node instanceof HtmlBlock h) {
                if (moreMarker < 0 && isMoreMarker(h.getLiteral())) {
                    moreMarker = text.length();
                } else {
                    HtmlText.extract(h.getLiteral(), policy, text);
                }
                return false;
            }
            if (node instanceof FootnoteDefinition def) {
                outline.footnoteDefinition(def.getLabel());
                footnoteDepth++;
            }
        }
        return true;
    }

    private void exit(Node node) {
        if (node instanceof Heading h) {
            String headingText = text.substring(blockStart).strip();
            outline.heading(h, headingText, footnoteDepth > 0);
            if (firstHeading == null && h.getLevel() == 1) {
                firstHeading = headingText;
            }
        } else if (node instanceof Paragraph) {
            if (firstParagraph == null && node.getParent() instanceof Document) {
                String paragraph = text.substring(blockStart).strip();
                if (!paragraph.isEmpty()) {
                    firstParagraph = paragraph;
                }
            }
        } else if (node instanceof FootnoteDefinition) {
            footnoteDepth--;
        }
        if (node instanceof Block) {
            newline(text);
            rawTextDepth = 0;
        }
    }

    private void appendCode(String literal) {
        int end = literal.length();
        while (end > 0 && literal.charAt(end - 1) == '\n') {
            end--;
        }
        text.append(literal, 0, end);
    }

    /** Inline {@code <script>}/{@code <style>}: the sanitiser drops their content, so do we. */
    private void trackRawText(String literal) {
        String tag = literal.length() > 8 ? literal.substring(0, 8) : literal;
        tag = tag.toLowerCase(Locale.ROOT);
        if (tag.startsWith("<script") || tag.startsWith("<style")) {
            if (!literal.endsWith("/>")) {
                rawTextDepth++;
            }
        } else if ((tag.startsWith("</script") || tag.startsWith("</style")) && rawTextDepth > 0) {
            rawTextDepth--;
        }
    }

    /** {@code <!--more-->} or {@code <!-- more -->} alone on its line. */
    static boolean isMoreMarker(String htmlBlock) {
        String s = htmlBlock.strip();
        if (!s.startsWith("<!--") || !s.endsWith("-->") || s.length() < 7) {
            return false;
        }
        return s.substring(4, s.length() - 3).strip().equalsIgnoreCase("more");
    }

    static void newline(StringBuilder sb) {
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) != '\n') {
            sb.append('\n');
        }
    }

    static void space(StringBuilder sb) {
        int len = sb.length();
        if (len > 0 && !Character.isWhitespace(sb.charAt(len - 1))) {
            sb.append(' ');
        }
    }

    // --- results -------------------------------------------------------------------------------

    String plainText() {
        return tidy(text, text.length());
    }

    String moreExcerpt() {
        return moreMarker < 0 ? null : tidy(text, moreMarker);
    }

    /**
     * The first {@code end} characters of {@code text} with trailing whitespace removed from every
     * line, whitespace-only lines dropped and leading whitespace of the first line removed.
     */
    static String tidy(CharSequence text, int end) {
        StringBuilder out = new StringBuilder(end);
        int lineStart = 0;
        while (lineStart < end) {
            int lineEnd = lineStart;
            while (lineEnd < end && text.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            int contentEnd = lineEnd;
            while (contentEnd > lineStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            int contentStart = lineStart;
            if (out.length() == 0) {
                while (contentStart < contentEnd && Character.isWhitespace(text.charAt(contentStart))) {
                    contentStart++;
                }
            }
            if (contentStart < contentEnd) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(text, contentStart, contentEnd);
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    /** How many footnote references ({@code [^label]}) the document has. */
    int footnoteReferences() {
        return outline.footnoteReferences();
    }

    String firstParagraph() {
        return firstParagraph;
    }

    String firstHeading() {
        return firstHeading;
    }

    /** See {@link HeadingOutline#headingIds}. */
    Map<Node, String> headingIds(List<TocEntry> toc, Function<Node, BlockAttributes> explicit) {
        return outline.headingIds(toc, explicit);
    }
}
