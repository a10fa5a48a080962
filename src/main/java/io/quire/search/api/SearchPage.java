package io.quire.search.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quire.web.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of search hits: the envelope of post lists plus facets of the whole result. */
@Schema(name = "SearchPage")
@JsonPropertyOrder({"items", "page", "size", "totalItems", "totalPages", "facets"})
public record SearchPage(
        List<SearchHit> items,

        @Schema(description = "1-based page number", examples = "1")
        int page,

        @Schema(description = "Page size asked for", examples = "20")
        int size,

        @Schema(description = "Hits on all pages", examples = "12")
        long totalItems,

        @Schema(description = "Number of pages (0 when there are no hits)", examples = "1")
        long totalPages,

        SearchFacets facets) {

    public static SearchPage of(Page<SearchHit> page, SearchFacets facets) {
        return new SearchPage(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(), facets);
    }

    /** The paging part, for the Link and X-Total-Count headers. */
    @JsonIgnore
    public Page<SearchHit> paging() {
        return new Page<>(items, page, size, totalItems, totalPages);
    }
}
