package io.quire.content.render.dialect;

import io.quire.content.render.dialect.TemplateTag.Syntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.PostProcessor;

/**
 * Pairs opening and closing shortcodes and components that are siblings ({@code {{< note >}}} ...
 * {@code {{< /note >}}}, {@code <Tabs>} ... {@code </Tabs>}) into one {@link Component} or {@link
 * InlineComponent} whose children are what was between them. A block opener may be the first thing
 * of a paragraph and a block closer the last (the closer written right after the text), as authors
 * often do. Closers without an opener are reported and dropped; openers without a closer stay
 * alone (most shortcodes have no closing form). Pairs nest at most {@value #MAX_DEPTH} deep.
 */
final class TagPairing implements PostProcessor {

    static final int MAX_DEPTH = 32;

    private final DialectContext context;

    TagPairing(DialectContext context) {
        this.context = context;
    }

    @Override
    public Node process(Node document) {
        if (!context.sawTags()) {
            return document;
        }
        List<Node> nodes = Nodes.preOrder(document);
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            if (n.getFirstChild() != null && n.getParent() != null && hasTags(n) && !Nodes.inside(n, RawBlock.class)) {
                pairChildren(n);
            }
        }
        pairChildren(document);
        return document;
    }

    private void pairChildren(Node parent) {
        if (parent instanceof RawBlock || !hasTags(parent)) {
            return;
        }
        Map<String, Integer> laterClosers = new HashMap<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            TemplateTag tag = tagOf(c);
            if (tag != null && tag.closing() && c instanceof TagBlock) {
                laterClosers.merge(key(tag), 1, Integer::sum);
            }
        }
        List<Node> stack = new ArrayList<>();
        for (Node child : Nodes.children(parent)) {
            if (child instanceof Paragraph paragraph) {
                promoteEdges(paragraph, stack, laterClosers);
                continue;
            }
            visit(child, stack, laterClosers);
        }
    }

    private void visit(Node child, List<Node> stack, Map<String, Integer> laterClosers) {
        TemplateTag tag = tagOf(child);
        if (tag == null) {
            return;
        }
        if (tag.opens()) {
            if (stack.size() < MAX_DEPTH) {
                stack.add(child);
            }
            return;
        }
        if (!tag.closing()) {
            return;
        }
        if (child instanceof TagBlock) {
            laterClosers.merge(key(tag), -1, Integer::sum);
        }
        int at = stack.size() - 1;
        while (at >= 0 && !key(tagOf(stack.get(at))).equals(key(tag))) {
            at--;
        }
        if (at < 0) {
            context.warn(
                    child,
                    "shortcode-unmatched",
                    "closing " + tag.source() + " has no opening tag before it at the same level",
                    "remove it, or add the opening tag; an opening and a closing tag must both be alone on their lines or both inside the same paragraph");
            child.unlink();
            return;
        }
        Node opener = stack.get(at);
        while (stack.size() > at) {
            stack.remove(stack.size() - 1);
        }
        Node component = opener instanceof TagBlock ? new Component(tagOf(opener)) : new InlineComponent(tagOf(opener));
        component.setSourceSpans(opener.getSourceSpans());
        for (Node n = opener.getNext(); n != null && n != child; ) {
            Node next = n.getNext();
            component.appendChild(n);
            n = next;
        }
        opener.insertBefore(component);
        opener.unlink();
        child.unlink();
    }

    /**
     * An opener that starts a paragraph and is closed by a block closer further down, or a closer
     * that ends a paragraph and closes a block opener above, is moved out of the paragraph.
     */
    private void promoteEdges(Paragraph paragraph, List<Node> stack, Map<String, Integer> laterClosers) {
        if (paragraph.getFirstChild() instanceof TagInline first
                && first.tag().opens()
                && laterClosers.getOrDefault(key(first.tag()), 0) > 0) {
            TagBlock block = new TagBlock(first.tag());
            block.setSourceSpans(paragraph.getSourceSpans());
            paragraph.insertBefore(block);
            first.unlink();
            visit(block, stack, laterClosers);
        }
        if (paragraph.getLastChild() instanceof TagInline last
                && last.tag().closing()
                && stack.stream().anyMatch(open -> key(tagOf(open)).equals(key(last.tag())))) {
            TagBlock block = new TagBlock(last.tag());
            block.setSourceSpans(paragraph.getSourceSpans());
            paragraph.insertAfter(block);
            last.unlink();
            Nodes.tidyInlines(paragraph);
            visit(block, stack, laterClosers);
        } else {
            Nodes.tidyInlines(paragraph);
        }
    }

    private static boolean hasTags(Node parent) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TagBlock
                    || c instanceof TagInline
                    || (c instanceof Paragraph
                            && (c.getFirstChild() instanceof TagInline || c.getLastChild() instanceof TagInline))) {
                return true;
            }
        }
        return false;
    }

    static TemplateTag tagOf(Node node) {
        if (node instanceof TagBlock b && b.tag() != null) {
            return pairable(b.tag());
        }
        if (node instanceof TagInline t) {
            return pairable(t.tag());
        }
        return null;
    }

    private static TemplateTag pairable(TemplateTag tag) {
        return tag.syntax() == Syntax.SHORTCODE || tag.syntax() == Syntax.COMPONENT ? tag : null;
    }

    /** {@code {{< x >}}} may be closed by {@code {{% /x %}}}, but never by {@code </x>}. */
    private static String key(TemplateTag tag) {
        return (tag.syntax() == Syntax.COMPONENT ? "<" : "{") + tag.name();
    }
}
