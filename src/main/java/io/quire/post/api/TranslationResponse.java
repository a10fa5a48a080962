package io.quire.post.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The same post in another language: fetch it as {@code /api/posts/{slug}?lang={lang}}. */
@Schema(name = "Translation", description = "The same post in another language")
public record TranslationResponse(
        @Schema(description = "Its language, a lower-case BCP 47 tag", examples = "de")
        String lang,

        @Schema(description = "Its slug in that language", examples = "ruby-3-3-0-released")
        String slug) {}
