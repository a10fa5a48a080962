package io.quire.post.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quire.post.view.PostIds;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A post in a list: its front matter under the author's own key names (a superset of it), plus the
 * fields Quire computes. No body.
 */
@Schema(
        name = "PostSummary",
        description = "A post without its body. The post's other front matter keys are in frontMatter, and once"
                + " more at the top level under their own names (additional properties that this schema cannot"
                + " name).")
@JsonPropertyOrder({
    "id",
    "slug",
    "title",
    "excerpt",
    "date",
    "readTime",
    "tags",
    "featured",
    "updated",
    "readingMinutes",
    "wordCount",
    "lang",
    "frontMatter"
})
public record PostSummaryResponse(
        @Schema(ref = PostIds.SCHEMA) Object id,

        @Schema(examples = "the-art-of-blameless-postmortems")
        String slug,

        @Schema(examples = "The Art of Blameless Postmortems")
        String title,

        @Schema(
                description =
                        "Front matter excerpt (or description, summary), else the text before <!--more-->, else"
                                + " the first paragraph cut near 200 characters; null when the body has no text to take it from",
                examples = "How to conduct effective postmortems that focus on learning rather than blame.",
                nullable = true)
        String excerpt,

        @Schema(
                description = "Publication date as written, ISO-8601 (date or date-time); null when the post has none",
                examples = "2025-02-28",
                nullable = true)
        String date,

        @Schema(examples = "3 min") String readTime,

        @Schema(description = "Tag names as written", examples = "[\"culture\", \"incidents\"]")
        List<String> tags,

        boolean featured,

        @Schema(description = "Last update as written, ISO-8601, or null", nullable = true)
        String updated,

        @Schema(examples = "3") int readingMinutes,
        @Schema(examples = "412") int wordCount,

        @Schema(
                description = "The post's language, a lower-case BCP 47 tag: from its front matter (lang, language,"
                        + " locale), a Hugo file suffix (post.de.md) or a locale folder (de/), else"
                        + " quire.content.default-language",
                examples = "en")
        String lang,

        @Schema(
                description = "The post's other front matter keys (every key that is not a field above), under the"
                        + " author's names, in file order, with their JSON types. The same keys also appear at the"
                        + " top level of the post; this object is where typed clients find them.",
                examples = "{\"author\": \"Dana Kim\", \"series\": {\"name\": \"Caching 101\", \"part\": 2}}")
        Map<String, Object> frontMatter) {

    /**
     * The fields every summary has, in response order (the record's components, which
     * {@code @JsonPropertyOrder} lists in the same order); front matter keys follow them.
     */
    public static final List<String> FIELDS = Arrays.stream(PostSummaryResponse.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    /** The other front matter keys once more, at the top level: a post stays a superset of its front matter. */
    @JsonAnyGetter
    Map<String, Object> topLevelFrontMatter() {
        return frontMatter;
    }
}
