package io.quire.post.api;

import io.quire.web.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI schema of a {@link Page} of {@link PostSummaryResponse}s: what post lists answer. */
@Schema(name = "PostPage", description = "One page of posts")
public record PostPage(
        @Schema(description = "The posts of this page (empty past the last page)")
        List<PostSummaryResponse> items,

        @Schema(description = "1-based page number", examples = "1")
        int page,

        @Schema(description = "Page size asked for", examples = "20")
        int size,

        @Schema(description = "Posts on all pages (the same as X-Total-Count)", examples = "57")
        long totalItems,

        @Schema(description = "Number of pages (0 when there are no posts)", examples = "3")
        long totalPages) {}
