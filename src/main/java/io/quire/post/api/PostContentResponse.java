package io.quire.post.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.quire.shared.TocEntry;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A post with its body, for clients that keep posts offline: the detail without neighbours. */
@Schema(
        name = "PostContent",
        description = "Every field of PostSummary (and the post's other front matter keys), plus html and toc.",
        allOf = PostSummaryResponse.class)
public record PostContentResponse(
        @JsonUnwrapped @Schema(hidden = true) PostSummaryResponse summary,

        @Schema(description = "Sanitised HTML rendered from the Markdown body")
        String html,

        @Schema(description = "Headings h2-h4 in document order; ids match the ids in html")
        List<TocEntry> toc) {}
