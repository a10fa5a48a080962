package io.quire.content.frontmatter;

import java.time.Instant;

/**
 * A front matter date as clients see it.
 *
 * @param text ISO-8601 as returned to clients: {@code 2025-02-28} for a date,
 *     {@code 2025-02-28T14:32:00Z} or {@code 2025-02-28T14:32:00+02:00} for a date-time (fractional
 *     seconds kept as written)
 * @param instant the moment, for sorting and filtering; a date alone is 00:00 UTC
 */
public record DateValue(String text, Instant instant) {}
