package io.quire.search.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One search result. The post is nested rather than merged with the score and highlights: a post's
 * front matter may use any key, including {@code score}.
 *
 * @param post the post's {@link io.quire.post.api.PostSummaryResponse}, or the {@code fields=} of it asked for
 */
@Schema(
        name = "SearchHit",
        description = "A post that matches, as in post lists (fields= applies to it), with its score and where it"
                + " matched")
public record SearchHit(
        @Schema(ref = "PostSummary") Object post,

        @Schema(
                description = "Relevance: higher is better. Only comparable within one result; not a percentage.",
                examples = "7.31")
        float score,

        HitHighlights highlights) {}
