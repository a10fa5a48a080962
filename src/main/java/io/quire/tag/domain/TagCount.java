package io.quire.tag.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag and how many published posts carry it. */
@Schema(name = "TagCount")
public record TagCount(
        @Schema(examples = "culture") String slug,

        @Schema(description = "The name as authors write it", examples = "Culture")
        String name,

        @Schema(description = "Published posts with this tag", examples = "5")
        long count) {}
