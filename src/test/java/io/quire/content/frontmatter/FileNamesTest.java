package io.quire.content.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                // Jekyll
                "_posts/2025-02-28-my-post.md|my-post|2025-02-28",
                "2025-02-28-My Post!.markdown|my-post|2025-02-28",
                "posts/2024-02-29-leap-day.MD|leap-day|2024-02-29",
                "2021-02-30-not-a-date.md|2021-02-30-not-a-date|null",
                "2025-13-01-bad-month.md|2025-13-01-bad-month|null",
                "2025-02-28.md|2025-02-28|null",
                // plain names
                "posts/hello-world.md|hello-world|null",
                "Hello World.md|hello-world|null",
                "docs/README.md|readme|null",
                "notes.txt|notes-txt|null",
                "posts/缓存策略.md|缓存策略|null",
                // Hugo bundles
                "posts/my-post/index.md|my-post|null",
                "posts/my-post/index.markdown|my-post|null",
                "posts/my-post/index.en.md|my-post|null",
                "posts/2025-02-28-bundled/index.md|bundled|2025-02-28",
                "index.md|index|null",
                "posts/_index.md|index|null",
                // a Hugo language suffix is the post's language, not part of its slug
                "posts/my-post.fr.md|my-post|null",
                "posts/my-post.pt-br.md|my-post|null",
                "posts/notes.v2.md|notes-v2|null",
                // nothing slug-worthy
                "posts/🎉.md|null|null",
                "2025-02-28-🎉.md|null|2025-02-28",
            })
    void hints(String path, String slug, String date) {
        DateValue expected = date == null ? null : new DateValue(date, Instant.parse(date + "T00:00:00Z"));
        assertEquals(new FileNameHints(slug, expected), FileNames.fromPath(path));
    }
}
