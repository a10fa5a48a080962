package io.quire.content.render;

import io.quire.content.render.dialect.BlockAttributes;
import io.quire.shared.TocEntry;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commonmark.node.DefinitionMap;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The headings of a body and the footnotes that compete with them for ids, as {@link BodyScan}
 * meets them; then every heading's id and the table of contents. Not thread-safe: one per body.
 */
final class HeadingOutline {

    private final List<Heading> headings = new ArrayList<>();
    private final List<String> headingTexts = new ArrayList<>();
    private final List<Boolean> headingInFootnote = new ArrayList<>();
    private final List<String> footnoteDefinitionLabels = new ArrayList<>();
    /**
     * References per footnote label, matched as the footnotes extension matches them to their
     * definitions (the library's own label map: Unicode case fold, runs of spaces, tabs and line
     * endings as one space), so that every {@code fnref-label-n} the renderer writes is reserved.
     */
    private final DefinitionMap<ReferenceCount> footnoteReferenceCounts = new DefinitionMap<>(ReferenceCount.class);

    private int footnoteReferences;

    void heading(Heading heading, String text, boolean inFootnote) {
        headings.add(heading);
        headingTexts.add(text);
        headingInFootnote.add(inFootnote);
    }

    void footnoteDefinition(String label) {
        footnoteDefinitionLabels.add(label);
    }

    void footnoteReference(String label) {
        ReferenceCount added = new ReferenceCount();
        ReferenceCount existing = footnoteReferenceCounts.putIfAbsent(label, added);
        (existing == null ? added : existing).count++;
        footnoteReferences++;
    }

    /** How many footnote references ({@code [^label]}) the document has. */
    int footnoteReferences() {
        return footnoteReferences;
    }

    /**
     * Assigns every heading its id (footnote ids and the ids authors gave headings, {@code ## Title
     * {#id}}, reserved first so that no other heading takes one) and fills {@code toc} with the h2-h4
     * headings outside footnotes.
     */
    Map<Node, String> headingIds(List<TocEntry> toc, Function<Node, BlockAttributes> explicit) {
        HeadingIds ids = new HeadingIds();
        for (Heading heading : headings) {
            BlockAttributes attributes = explicit.apply(heading);
            if (attributes != null && attributes.id() != null) {
                ids.reserve(attributes.id());
            }
        }
        for (String label : footnoteDefinitionLabels) {
            ids.reserve("fn-" + label);
            ids.reserve("fnref-" + label);
            ReferenceCount counted = footnoteReferenceCounts.get(label);
            int refs = counted == null ? 0 : counted.count;
            for (int n = 2; n <= refs; n++) {
                ids.reserve("fnref-" + label + "-" + n);
            }
        }
        Map<Node, String> byNode = new IdentityHashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            String text = headingTexts.get(i);
            BlockAttributes attributes = explicit.apply(heading);
            String id = attributes != null && attributes.id() != null ? attributes.id() : ids.next(text);
            byNode.put(heading, id);
            if (heading.getLevel() >= 2 && heading.getLevel() <= 4 && !headingInFootnote.get(i)) {
                toc.add(new TocEntry(heading.getLevel(), text, id));
            }
        }
        return byNode;
    }

    private static final class ReferenceCount {
        int count;
    }
}
