package io.quire.search.api;

import io.quire.tag.api.TagCountResponse;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts over the whole result (every page), to narrow a search down. */
@Schema(name = "SearchFacets")
public record SearchFacets(
        @Schema(description = "Tags of the hits with how many hits have each: most hits first, then by name")
        List<TagCountResponse> tags) {}
