package io.quire.post.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.quire.shared.TocEntry;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One post with its rendered body, table of contents, neighbours and related posts. */
@Schema(
        name = "PostDetail",
        description = "Every field of PostSummary (and the post's other front matter keys), plus the body, the"
                + " neighbours and related posts.",
        allOf = PostSummaryResponse.class)
public record PostDetailResponse(
        @JsonUnwrapped @Schema(hidden = true) PostSummaryResponse summary,

        @Schema(description = "Sanitised HTML rendered from the Markdown body")
        String html,

        @Schema(description = "Headings h2-h4 in document order; ids match the ids in html")
        List<TocEntry> toc,

        @Schema(description = "The previous (older) published post, or null", nullable = true)
        NavLinkResponse prev,

        @Schema(description = "The next (newer) published post, or null", nullable = true)
        NavLinkResponse next,

        @Schema(
                description = "The post in the other languages it is published in, by language: posts with the same"
                        + " translationKey, or the same path under another locale folder or language suffix. Empty"
                        + " when there is none.")
        List<TranslationResponse> translations,

        @Schema(
                description = "Up to 5 published posts most like this one, best first: by shared tags (rarer tags"
                        + " count more) and by similar title, tags and text; equal scores ordered by slug. Never the"
                        + " post itself; empty when nothing is related.")
        List<NavLinkResponse> related,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The raw Markdown body; only with ?include=markdown")
        String markdown) {}
