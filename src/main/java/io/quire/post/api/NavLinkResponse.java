package io.quire.post.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to another post: a neighbour in publication order, or a related post. */
@Schema(name = "NavLink")
public record NavLinkResponse(
        @Schema(examples = "caching-at-the-edge") String slug,
        @Schema(examples = "Caching at the Edge") String title,

        @Schema(
                description = "Publication date as written, ISO-8601; null when the post has none",
                examples = "2025-03-14",
                nullable = true)
        String date) {}
