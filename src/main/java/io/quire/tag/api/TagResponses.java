package io.quire.tag.api;

import io.quire.tag.domain.TagCount;
import java.util.List;

/** Tags as the API shows them: the one mapping from the counts of the repository and of search. */
public final class TagResponses {

    private TagResponses() {}

    public static TagCountResponse of(TagCount count) {
        return new TagCountResponse(count.slug(), count.name(), count.count());
    }

    /** Counts in the order given. */
    public static List<TagCountResponse> of(List<TagCount> counts) {
        return counts.stream().map(TagResponses::of).toList();
    }
}
