package io.quire.archive.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many posts were published in one month (UTC). */
@Schema(name = "ArchiveMonth")
public record ArchiveMonthResponse(
        @Schema(examples = "2025") int year,

        @Schema(description = "1-12", examples = "2") int month,

        @Schema(description = "Published posts dated in this month", examples = "3")
        long count) {}
