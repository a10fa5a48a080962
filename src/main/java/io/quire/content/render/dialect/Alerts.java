package io.quire.content.render.dialect;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Block quotes whose first line is {@code [!TYPE]} (GitHub's NOTE, TIP, IMPORTANT, WARNING, CAUTION,
 * or any other word, as Hugo and Obsidian allow), optionally followed by a title and Obsidian's
 * fold marker ({@code [!NOTE]- Title}), become {@link Alert}s. commonmark-java 0.30 has no alerts
 * extension (it came with a later version, not published for this one).
 */
final class Alerts implements PostProcessor {

    private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z]{1,32})\\][+-]?(?:[ \\t]+(.*))?");

    @Override
    public Node process(Node document) {
        for (Node node : Nodes.preOrder(document)) {
            if (node instanceof BlockQuote quote && quote.getParent() != null) {
                convert(quote);
            }
        }
        return document;
    }

    private static void convert(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first) || !(first.getFirstChild() instanceof Text text)) {
            return;
        }
        Node afterText = text.getNext();
        if (afterText != null && !(afterText instanceof SoftLineBreak) && !(afterText instanceof HardLineBreak)) {
            return;
        }
        Matcher m = MARKER.matcher(text.getLiteral());
        if (!m.matches()) {
            return;
        }
        String type = m.group(1).toLowerCase(Locale.ROOT);
        String title = m.group(2) != null && !m.group(2).isBlank()
                ? m.group(2).strip()
                : Character.toUpperCase(type.charAt(0)) + type.substring(1);
        text.unlink();
        if (afterText != null) {
            afterText.unlink();
        }
        if (first.getFirstChild() == null) {
            first.unlink();
        }
        Alert alert = new Alert(type, title);
        Nodes.appendChildren(quote, alert);
        Nodes.replace(quote, alert);
    }
}
