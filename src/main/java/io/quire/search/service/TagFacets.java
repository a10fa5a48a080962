package io.quire.search.service;

import io.quire.search.index.IndexSnapshot;
import io.quire.search.index.TagInfo;
import io.quire.tag.domain.TagCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tag facets of a search result: the tags of all its hits with how many hits carry each, most
 * frequent first, then by name and slug.
 */
final class TagFacets {

    private TagFacets() {}

    /** @param counts hits per tag id, as {@link ResultCollector} counted them */
    static List<TagCount> of(Map<Long, Integer> counts, IndexSnapshot snapshot) {
        List<TagCount> facets = new ArrayList<>(counts.size());
        counts.forEach((id, count) -> {
            TagInfo tag = snapshot.tags().get(id);
            if (tag != null) {
                facets.add(new TagCount(tag.slug(), tag.name(), count));
            }
        });
        facets.sort(Comparator.comparingLong(TagCount::count)
                .reversed()
                .thenComparing(tag -> tag.name().toLowerCase(Locale.ROOT))
                .thenComparing(TagCount::slug));
        return facets;
    }
}
