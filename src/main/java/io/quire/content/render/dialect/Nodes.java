package io.quire.content.render.dialect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** Tree helpers for the dialect post-processors; iterative, so that deep trees cannot overflow the stack. */
final class Nodes {

    private Nodes() {}

    /** Every node below {@code root}, parents before children, in document order. */
    static List<Node> preOrder(Node root) {
        List<Node> all = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        for (Node c = root.getLastChild(); c != null; c = c.getPrevious()) {
            stack.push(c);
        }
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            all.add(n);
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                stack.push(c);
            }
        }
        return all;
    }

    /** The children of {@code parent}, as a list that later changes to the tree do not affect. */
    static List<Node> children(Node parent) {
        List<Node> list = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            list.add(c);
        }
        return list;
    }

    static boolean inside(Node node, Class<? extends Node> type) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return true;
            }
        }
        return false;
    }

    /** Puts {@code replacement} where {@code node} is, with its source position. */
    static void replace(Node node, Node replacement) {
        replacement.setSourceSpans(node.getSourceSpans());
        node.insertBefore(replacement);
        node.unlink();
    }

    /** Moves the children of {@code from} to just before {@code anchor}. */
    static void moveChildrenBefore(Node from, Node anchor) {
        for (Node c : children(from)) {
            anchor.insertBefore(c);
        }
    }

    /** Moves the children of {@code from} to the end of {@code to}. */
    static void appendChildren(Node from, Node to) {
        for (Node c : children(from)) {
            to.appendChild(c);
        }
    }

    /** Text of a subtree (text and code literals), for a {@code highlight} written with Markdown inside. */
    static String text(Node root) {
        StringBuilder sb = new StringBuilder();
        for (Node n : preOrder(root)) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof org.commonmark.node.Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append('\n');
            } else if (n instanceof org.commonmark.node.Block && sb.length() > 0) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Removes line breaks and blank text at both ends of an inline container, and the container
     * itself when nothing is left (a paragraph that held only removed Liquid tags).
     */
    static void tidyInlines(Node container) {
        while (container.getFirstChild() != null && isBlankInline(container.getFirstChild())) {
            container.getFirstChild().unlink();
        }
        while (container.getLastChild() != null && isBlankInline(container.getLastChild())) {
            container.getLastChild().unlink();
        }
        if (container.getFirstChild() == null && container.getParent() != null) {
            container.unlink();
        }
    }

    private static boolean isBlankInline(Node n) {
        return n instanceof SoftLineBreak
                || n instanceof HardLineBreak
                || (n instanceof Text t && t.getLiteral().isBlank());
    }
}
