package io.quire.content.render.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code id} and classes a kramdown attribute list ({@code {: .note #intro}}) or a heading
 * attribute ({@code ## Title {#intro}}) gives a node. Other attributes are dropped: the sanitiser
 * would remove them anyway.
 *
 * @param id the last {@code #id}, or null
 * @param classes the {@code .class} names in order
 */
public record BlockAttributes(String id, List<String> classes) {

    public BlockAttributes {
        classes = List.copyOf(classes);
    }

    BlockAttributes plus(BlockAttributes later) {
        List<String> all = new ArrayList<>(classes);
        all.addAll(later.classes);
        return new BlockAttributes(later.id != null ? later.id : id, all);
    }
}
