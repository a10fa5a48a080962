package io.quire.content.render.dialect;

import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.parser.PostProcessor;

/**
 * Groups consecutive {@link DefinitionTerm}s and {@link DefinitionDescription}s into {@link
 * DefinitionList}s. A paragraph right before a definition that follows a blank line gives the
 * terms (one per line).
 */
final class DefinitionLists implements PostProcessor {

    @Override
    public Node process(Node document) {
        for (Node node : Nodes.preOrder(document)) {
            if (node instanceof DefinitionDescription description
                    && description.getParent() != null
                    && !(description.getParent() instanceof DefinitionList)) {
                group(description);
            }
        }
        return document;
    }

    private static void group(DefinitionDescription first) {
        Node start = first;
        while (start.getPrevious() instanceof DefinitionTerm) {
            start = start.getPrevious();
        }
        if (start == first && first.getPrevious() instanceof Paragraph paragraph) {
            start = terms(paragraph);
        }
        DefinitionList list = new DefinitionList();
        start.insertBefore(list);
        Node n = start;
        while (true) {
            if (n instanceof DefinitionTerm || n instanceof DefinitionDescription) {
                Node next = n.getNext();
                list.appendChild(n);
                n = next;
            } else if (n instanceof Paragraph paragraph && paragraph.getNext() instanceof DefinitionDescription) {
                n = terms(paragraph);
            } else {
                break;
            }
        }
    }

    /** Replaces a paragraph by one term per line; returns the first term. */
    private static Node terms(Paragraph paragraph) {
        DefinitionTerm term = new DefinitionTerm();
        paragraph.insertBefore(term);
        Node first = term;
        for (Node c : Nodes.children(paragraph)) {
            if (c instanceof SoftLineBreak) {
                DefinitionTerm next = new DefinitionTerm();
                paragraph.insertBefore(next);
                term = next;
                c.unlink();
            } else {
                term.appendChild(c);
            }
        }
        paragraph.unlink();
        return first;
    }
}
