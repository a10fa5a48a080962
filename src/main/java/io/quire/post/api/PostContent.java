package io.quire.post.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.quire.content.render.TocEntry;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A post with its body, for clients that keep posts offline: the detail without neighbours. */
@Schema(
        name = "PostContent",
        description = "Every field of PostSummary (including the post's other front matter keys), plus html and toc.",
        additionalProperties = Schema.True.class,
        allOf = PostSummary.class)
public record PostContent(
        @JsonUnwrapped @Schema(hidden = true) PostSummary summary,

        @Schema(description = "Sanitised HTML rendered from the Markdown body")
        String html,

        @Schema(description = "Headings h2-h4 in document order")
        List<TocEntry> toc) {}
