package io.quire.search.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a hit matched, as short snippets: the text HTML-escaped, each match wrapped in {@code
 * <mark>}, a long body passage cut with "…". A field is absent when the query did not match it.
 */
@Schema(name = "Highlights")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HitHighlights(
        @Schema(description = "The title with its matches marked", examples = "Hello, <mark>Quarkus</mark>")
        String title,

        @Schema(
                description = "The excerpt with its matches marked",
                examples = "A first look at <mark>Quarkus</mark> from a Java developer&#39;s point of view.")
        String excerpt,

        @Schema(
                description = "The best passage of the body (at most about 200 characters) with its matches marked",
                examples = "<mark>Quarkus</mark> starts fast and uses little memory, which makes it a good fit for"
                        + " small services.")
        String body) {}
