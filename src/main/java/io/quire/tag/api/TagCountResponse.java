package io.quire.tag.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API says of a tag: its slug, its name and how many published posts carry it. */
@Schema(name = "TagCount")
public record TagCountResponse(
        @Schema(examples = "culture") String slug,

        @Schema(description = "The name as authors write it", examples = "Culture")
        String name,

        @Schema(description = "Published posts with this tag", examples = "5")
        long count) {}
