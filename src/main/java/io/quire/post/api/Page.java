package io.quire.post.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to page through the rest. */
@Schema(name = "Page")
public record Page<T>(
        List<T> items,

        @Schema(description = "1-based page number", examples = "1")
        int page,

        @Schema(description = "Page size asked for", examples = "20")
        int size,

        @Schema(description = "Items on all pages", examples = "57")
        long totalItems,

        @Schema(description = "Number of pages (0 when there are no items)", examples = "3")
        long totalPages) {

    public static <T> Page<T> of(List<T> items, int page, int size, long totalItems) {
        return new Page<>(items, page, size, totalItems, (totalItems + size - 1) / size);
    }
}
