package io.quire.content.frontmatter;

import static io.quire.support.CpuBudget.assertWithinCpu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.content.ContentException;
import io.quire.content.ContentProblem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterReaderTest {

    private static final FrontMatterReader READER = new FrontMatterReader();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PostMetadata read(String text) throws ContentException {
        return READER.read(FrontMatterSplitter.split(text));
    }

    private static ContentException fails(String text) {
        return assertThrows(ContentException.class, () -> read(text));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FrontMatterReaderTest.class.getResourceAsStream("/frontmatter/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String json(Object value) throws IOException {
        return JSON.writeValueAsString(value);
    }

    private static ContentProblem warning(int line, int column, String message, String hint) {
        return new ContentProblem(null, line, column, ContentProblem.Severity.WARNING, message, hint);
    }

    // ---- the reference post ----

    @Test
    void referencePost() throws Exception {
        PostMetadata post = read(resource("reference-post.md"));
        assertEquals(2L, post.id());
        assertEquals("Caching strategies: what we learned", post.title());
        assertEquals("How three cache layers cut our API latency in half.", post.excerpt());
        assertEquals(new DateValue("2025-02-28", Instant.parse("2025-02-28T00:00:00Z")), post.date());
        assertEquals("3 min", post.readTime());
        assertEquals(List.of("Caching", "Performance", "Java"), post.tags());
        assertTrue(post.featured());
        assertFalse(post.draft());
        assertNull(post.slug());
        assertNull(post.updated());
        assertNull(post.expiryDate());
        assertEquals(List.of(), post.aliases());
        assertEquals("Ada Lovelace", post.authors());
        assertEquals("{\"author\":\"Ada Lovelace\"}", json(post.extra()));
        assertEquals(List.of(), post.warnings());
    }

    // ---- dates ----

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2025-02-28|2025-02-28|2025-02-28T00:00:00Z",
                "2025-02-28T14:32:00Z|2025-02-28T14:32:00Z|2025-02-28T14:32:00Z",
                "2025-02-28T14:32:00+02:00|2025-02-28T14:32:00+02:00|2025-02-28T12:32:00Z",
                "2025-02-28 14:32:00 +0200|2025-02-28T14:32:00+02:00|2025-02-28T12:32:00Z",
                "2025-02-28 14:32:00 +02:00|2025-02-28T14:32:00+02:00|2025-02-28T12:32:00Z",
                "2025-02-28 14:32|2025-02-28T14:32:00Z|2025-02-28T14:32:00Z",
                "2025-02-28T14:32:00.123Z|2025-02-28T14:32:00.123Z|2025-02-28T14:32:00.123Z",
                "2025-02-28 14:32:00|2025-02-28T14:32:00Z|2025-02-28T14:32:00Z",
            })
    void dateForms(String written, String text, String instant) throws Exception {
        DateValue expected = new DateValue(text, Instant.parse(instant));
        assertEquals(expected, read("---\ndate: " + written + "\n---\n").date(), "unquoted");
        assertEquals(expected, read("---\ndate: \"" + written + "\"\n---\n").date(), "double-quoted");
        assertEquals(expected, read("---\ndate: '" + written + "'\n---\n").date(), "single-quoted");
        assertEquals(expected, read("---\nupdated: " + written + "\n---\n").updated(), "updated");
        assertEquals(expected, read("---\nexpiryDate: " + written + "\n---\n").expiryDate(), "expiryDate");
    }

    @Test
    void impossibleDateIsAnErrorAtTheKey() {
        var e = fails("---\ntitle: Leap\ndate: 2021-02-29\n---\nBody\n");
        assertEquals("date '2021-02-29' is not a real calendar date", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(1, e.column());
        assertEquals(Dates.ACCEPTED_FORMS, e.hint());
    }

    @Test
    void impossibleMonthInAFlowMapping() {
        var e = fails("---\n{title: x, updated: 2025-13-01}\n---\n");
        assertEquals("updated '2025-13-01' is not a real calendar date", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(12, e.column());
    }

    @Test
    void impossibleQuotedDateAfterCommentsAndBlankLines() {
        var e = fails("---\n# a comment\n\ntitle: x\nlastmod: \"2025-02-30\"\n---\n");
        assertEquals("lastmod '2025-02-30' is not a real calendar date", e.getMessage());
        assertEquals(5, e.line());
        assertEquals(1, e.column());
    }

    @Test
    void unreadableDates() {
        var e = fails("---\npublishDate: next tuesday\n---\n");
        assertEquals("publishDate 'next tuesday' is not a date", e.getMessage());
        assertEquals(2, e.line());
        assertTrue(e.hint().contains("2025-02-28 14:32:00 +0200"), e.hint());

        e = fails("---\ntitle: x\ndate: 20250228\n---\n");
        assertEquals("date '20250228' is not a date", e.getMessage());
        assertEquals(3, e.line());

        e = fails("---\ndate: [2025-02-28]\n---\n");
        assertEquals("date a list is not a date", e.getMessage());
    }

    @Test
    void emptyDateIsAbsentAndTheNextKeyWins() throws Exception {
        PostMetadata post = read("---\ndate:\npublishDate: 2025-02-28 14:32:00 +0200\n---\n");
        assertEquals(new DateValue("2025-02-28T14:32:00+02:00", Instant.parse("2025-02-28T12:32:00Z")), post.date());
        assertNull(read("---\ndate: \"\"\n---\n").date());
    }

    @Test
    void firstPresentDateKeyWins() throws Exception {
        PostMetadata post = read("---\npubDate: 2024-01-01\ndate: 2025-02-28\npublishDate: 2023-01-01\n---\n");
        assertEquals("2025-02-28", post.date().text());
    }

    // ---- published / draft ----

    @Test
    void publishedFalseMeansDraftNotADate() throws Exception {
        PostMetadata post = read("---\ntitle: x\npublished: false\n---\n");
        assertTrue(post.draft());
        assertNull(post.date());
        assertEquals(false, post.extra().get("published"));
    }

    @Test
    void publishedTrueIsNotADraft() throws Exception {
        PostMetadata post = read("---\npublished: true\ndate: 2025-01-02\n---\n");
        assertFalse(post.draft());
        assertEquals("2025-01-02", post.date().text());
    }

    @Test
    void publishedWithADateIsTheDate() throws Exception {
        PostMetadata post = read("---\npublished: 2025-03-01T08:00:00Z\n---\n");
        assertEquals(new DateValue("2025-03-01T08:00:00Z", Instant.parse("2025-03-01T08:00:00Z")), post.date());
        assertFalse(post.draft());
        assertEquals("2025-03-01T08:00:00Z", post.extra().get("published"));
    }

    @Test
    void draftFlag() throws Exception {
        assertTrue(read("---\ndraft: true\n---\n").draft());
        assertTrue(read("---\ndraft: \"true\"\n---\n").draft());
        assertTrue(read("---\npublished: \"false\"\n---\n").draft());
        assertTrue(read("---\npublished: no\n---\n").draft());
        assertTrue(read("---\ndraft: false\npublished: false\n---\n").draft());
        assertFalse(read("---\ndraft: false\n---\n").draft());
        PostMetadata post = read("---\ndraft: true\n---\n");
        assertEquals(Map.of("draft", true), post.extra());
    }

    // ---- alias keys, extra ----

    @Test
    void aliasKeysAreAlsoKeptInExtraUnderTheirOwnNames() throws Exception {
        PostMetadata post = read("""
                ---
                title: Hugo post
                publishDate: 2025-02-28 14:32:00 +0200
                lastmod: 2025-03-01
                description: A Hugo description
                keywords: hugo, go
                expirydate: 2026-01-01
                aliases: [/old/path/, old-slug]
                draft: false
                ---
                """);
        assertEquals("2025-02-28T14:32:00+02:00", post.date().text());
        assertEquals("2025-03-01", post.updated().text());
        assertEquals("A Hugo description", post.excerpt());
        assertEquals(List.of("hugo", "go"), post.tags());
        assertEquals("2026-01-01", post.expiryDate().text());
        assertEquals(List.of("/old/path/", "old-slug"), post.aliases());
        assertEquals(
                "{\"publishDate\":\"2025-02-28T14:32:00+02:00\",\"lastmod\":\"2025-03-01\","
                        + "\"description\":\"A Hugo description\",\"keywords\":\"hugo, go\","
                        + "\"expirydate\":\"2026-01-01\",\"aliases\":[\"/old/path/\",\"old-slug\"],"
                        + "\"draft\":false}",
                json(post.extra()));
    }

    @Test
    void canonicalKeysAreConsumed() throws Exception {
        PostMetadata post = read("""
                ---
                id: 7
                title: T
                slug: S
                date: 2025-01-01
                updated: 2025-01-02
                excerpt: E
                tags: [a]
                featured: true
                readTime: 5 min
                expiryDate: 2030-01-01
                ---
                """);
        assertEquals(List.of("expiryDate"), new ArrayList<>(post.extra().keySet()));
        assertEquals("2030-01-01", post.extra().get("expiryDate"));
    }

    @Test
    void unknownKeysKeepTheirJsonTypesInFileOrder() throws Exception {
        PostMetadata post = read("""
                ---
                title: Extra
                series:
                  name: Caching
                  part: 2
                links: [a, b]
                count: 42
                big: 123456789012345678901234567890
                ratio: 0.75
                comments: yes
                share: false
                nothing:
                seen: 2025-02-28
                seenAt: 2025-02-28 14:32:00 +02:00
                seenUtc: 2025-02-28t14:32:00Z
                notATimestamp: 2025-02-28T14:32:00z
                quoted: "2025-02-28"
                quotedAt: "2025-02-28 14:32:00 +02:00"
                time: 10:30
                zip: 01234
                hex: 0x1F
                notANumber: .nan
                infinite: -.inf
                blob: !!binary aGVs bG8=
                set: !!set {a, b}
                1: one
                true: yes key
                ---
                """);
        assertEquals(
                "{\"series\":{\"name\":\"Caching\",\"part\":2},\"links\":[\"a\",\"b\"],\"count\":42,"
                        + "\"big\":123456789012345678901234567890,\"ratio\":0.75,\"comments\":true,"
                        + "\"share\":false,\"nothing\":null,\"seen\":\"2025-02-28\","
                        + "\"seenAt\":\"2025-02-28T14:32:00+02:00\",\"seenUtc\":\"2025-02-28T14:32:00Z\","
                        + "\"notATimestamp\":\"2025-02-28T14:32:00z\","
                        + "\"quoted\":\"2025-02-28\",\"quotedAt\":\"2025-02-28 14:32:00 +02:00\","
                        + "\"time\":\"10:30\",\"zip\":\"01234\",\"hex\":31,\"notANumber\":\".nan\","
                        + "\"infinite\":\"-.inf\",\"blob\":\"aGVsbG8=\",\"set\":[\"a\",\"b\"],\"1\":\"one\","
                        + "\"true\":\"yes key\"}",
                json(post.extra()));
        Map<String, Object> extra = post.extra();
        assertInstanceOf(LinkedHashMap.class, extra.get("series"));
        assertInstanceOf(Long.class, ((Map<?, ?>) extra.get("series")).get("part"));
        assertInstanceOf(List.class, extra.get("links"));
        assertInstanceOf(Long.class, extra.get("count"));
        assertEquals(new BigInteger("123456789012345678901234567890"), extra.get("big"));
        assertInstanceOf(Double.class, extra.get("ratio"));
        assertInstanceOf(Boolean.class, extra.get("comments"));
        assertTrue(extra.containsKey("nothing"));
        assertNull(extra.get("nothing"));
        assertInstanceOf(String.class, extra.get("seen"));
        assertEquals(List.of(), post.warnings());
    }

    @Test
    void impossibleTimestampInAnUnknownKeyIsKeptAsTextWithAWarning() throws Exception {
        PostMetadata post = read("---\ntitle: x\nlaunch: 2021-02-29\n---\n");
        assertEquals("2021-02-29", post.extra().get("launch"));
        assertEquals(
                List.of(warning(3, 9, "'2021-02-29' is not a real calendar date; kept as text", Dates.ACCEPTED_FORMS)),
                post.warnings());
    }

    @Test
    void mergeKeys() throws Exception {
        PostMetadata post = read("""
                ---
                defaults: &defaults
                  layout: post
                  comments: true
                page:
                  <<: *defaults
                  comments: false
                  extra: 1
                ---
                """);
        assertEquals(
                "{\"layout\":\"post\",\"comments\":false,\"extra\":1}",
                json(post.extra().get("page")));
    }

    @Test
    void computedKeysAreDroppedWithAWarning() throws Exception {
        PostMetadata post = read("---\ntitle: x\nhtml: <p>mine</p>\nnext: other-post\nkeep: 1\n---\n");
        assertEquals(Map.of("keep", 1L), post.extra());
        assertEquals(
                List.of(
                        warning(
                                3,
                                1,
                                "front matter key 'html' is computed by Quire; your value is ignored",
                                "rename the key if your front-end needs this value"),
                        warning(
                                4,
                                1,
                                "front matter key 'next' is computed by Quire; your value is ignored",
                                "rename the key if your front-end needs this value")),
                post.warnings());
    }

    @Test
    void aFrontMatterKeyNamedFrontMatterIsDroppedSinceTheApiComputesThatObject() throws Exception {
        PostMetadata post = read("---\ntitle: x\nfrontMatter:\n  a: 1\nkeep: 1\n---\n");
        assertEquals(Map.of("keep", 1L), post.extra());
        assertEquals(
                List.of(warning(
                        3,
                        1,
                        "front matter key 'frontMatter' is computed by Quire; your value is ignored",
                        "rename the key if your front-end needs this value")),
                post.warnings());
    }

    @Test
    void authorsStayInExtra() throws Exception {
        PostMetadata post = read("---\nauthors:\n  - name: Ada\n  - name: Grace\n---\n");
        assertEquals("[{\"name\":\"Ada\"},{\"name\":\"Grace\"}]", json(post.authors()));
        assertEquals(post.authors(), post.extra().get("authors"));
    }

    // ---- id, title, slug, excerpt, readTime, featured ----

    @Test
    void idIsALongOrAString() throws Exception {
        assertEquals(2L, read("---\nid: 2\n---\n").id());
        assertEquals("2", read("---\nid: \"2\"\n---\n").id());
        assertEquals("post-abc", read("---\nid: post-abc\n---\n").id());
        assertNull(read("---\nid:\n---\n").id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "1.5", "true", "[1]", "\"  \"", "99999999999999999999"})
    void badIdIsAnError(String value) {
        var e = fails("---\ntitle: x\nid: " + value + "\n---\n");
        assertEquals("id must be a positive integer or a string", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(1, e.column());
    }

    @Test
    void scalarsAreTextAsWritten() throws Exception {
        PostMetadata post = read("---\ntitle: 1984\nexcerpt: No\nreadTime: 3\n---\n");
        assertEquals("1984", post.title());
        assertEquals("No", post.excerpt());
        assertEquals("3", post.readTime());
        assertEquals(List.of(), post.warnings());
    }

    @Test
    void titleListIsIgnoredWithAWarning() throws Exception {
        PostMetadata post = read("---\ntitle: [a, b]\n---\n");
        assertNull(post.title());
        assertEquals(1, post.warnings().size());
        assertEquals(
                "'title' should be text, not a list; it was ignored",
                post.warnings().get(0).message());
    }

    @Test
    void excerptAlternatives() throws Exception {
        // the order of the keys in the spec decides, not the order in the file
        assertEquals("D", read("---\nsummary: S\ndescription: D\n---\n").excerpt());
        assertEquals("E", read("---\nsummary: S\nexcerpt: E\n---\n").excerpt());
    }

    @Test
    void slugIsSlugified() throws Exception {
        assertEquals("hello-world", read("---\nslug: \"Hello, World!\"\n---\n").slug());
        PostMetadata post = read("---\ntitle: x\nslug: \"🎉\"\n---\n");
        assertNull(post.slug());
        assertEquals(
                List.of(warning(
                        3,
                        1,
                        "slug '🎉' has no letters or digits; it was ignored",
                        "write a slug such as my-first-post")),
                post.warnings());
    }

    @Test
    void featured() throws Exception {
        assertTrue(read("---\nfeatured: true\n---\n").featured());
        assertTrue(read("---\nfeatured: \"True\"\n---\n").featured());
        assertFalse(read("---\nfeatured: \"false\"\n---\n").featured());
        assertFalse(read("---\n---\n").featured());
        PostMetadata post = read("---\nfeatured: maybe\n---\n");
        assertFalse(post.featured());
        assertEquals(
                List.of(warning(
                        2,
                        1,
                        "'featured' should be true or false; it was read as false",
                        "write featured: true or featured: false")),
                post.warnings());
    }

    // ---- tags and aliases ----

    @Test
    void tagsAsACommaSeparatedString() throws Exception {
        assertEquals(
                List.of("a", "b", "c"), read("---\ntags: \"a, b, c\"\n---\n").tags());
        assertEquals(List.of("a", "b c"), read("---\ntags: a,, b c ,\n---\n").tags());
    }

    @Test
    void tagsAsAList() throws Exception {
        PostMetadata post = read("""
                ---
                tags:
                  - " Java "
                  - java
                  - JAVA!
                  - 2025
                  -
                  - ""
                  - [nested]
                  - Spring Boot
                  - spring-boot
                ---
                """);
        assertEquals(List.of("Java", "2025", "Spring Boot"), post.tags());
        assertEquals(
                List.of(warning(
                        9,
                        5,
                        "a tag must be a name, not a list; it was dropped",
                        "list tags as names: tags: [java, yaml]")),
                post.warnings());
    }

    @Test
    void tagAlternatives() throws Exception {
        assertEquals(List.of("x"), read("---\ntag: x\n---\n").tags());
        assertEquals(List.of("k"), read("---\nkeywords: [k]\n---\n").tags());
        assertEquals(List.of("t"), read("---\ntags:\nkeywords: [t]\n---\n").tags());
    }

    @Test
    void aliasesAsOneString() throws Exception {
        assertEquals(List.of("/old/"), read("---\naliases: /old/\n---\n").aliases());
    }

    // ---- YAML errors and limits ----

    @Test
    void yamlSyntaxErrorHasTheFileLine() {
        var e = fails("---\ntitle: Java: the good parts\n---\n");
        assertEquals("invalid YAML in front matter: mapping values are not allowed here", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(12, e.column());
        assertTrue(e.hint().startsWith("quote values that contain ': '"), e.hint());
    }

    @Test
    void yamlSyntaxErrorFurtherDown() {
        var e = fails("---\ntitle: ok\ntags:\n  - a\n\t- b\n---\n");
        assertEquals(5, e.line());
        assertEquals(1, e.column());
        assertEquals("indent with spaces; YAML does not allow tabs for indentation", e.hint());
    }

    @Test
    void unclosedQuotePointsAtTheQuote() {
        var e = fails("---\ntitle: ok\nexcerpt: \"unclosed\nx: 1\n---\n");
        assertEquals(3, e.line());
        assertEquals(10, e.column());
    }

    @Test
    void duplicateKeyIsAnError() {
        var e = fails("---\ntitle: One\ndate: 2025-01-01\ntitle: Two\n---\n");
        assertEquals("duplicate key 'title' (first on line 2)", e.getMessage());
        assertEquals(4, e.line());
        assertEquals(1, e.column());
    }

    @Test
    void nestedDuplicateKeyIsAnError() {
        var e = fails("---\nseries:\n  name: a\n  name: b\n---\n");
        assertEquals("duplicate key 'name' (first on line 3)", e.getMessage());
        assertEquals(4, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void billionLaughsFailsFast() throws Exception {
        String text = resource("billion-laughs.md");
        var e = assertWithinCpu(Duration.ofSeconds(5), () -> fails(text));
        assertEquals("front matter uses more than 50 aliases (*name) to lists or maps", e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void aliasExpansionUnderTheAliasLimitIsStillBounded() {
        String ten = "[*X,*X,*X,*X,*X,*X,*X,*X,*X,*X]";
        String text = "---\n"
                + "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
                + "b: &b " + ten.replace("X", "a") + "\n"
                + "c: &c " + ten.replace("X", "b") + "\n"
                + "d: &d " + ten.replace("X", "c") + "\n"
                + "e: " + ten.replace("X", "d") + "\n"
                + "---\n";
        // The byte budget (below) stops this first; without it, the count of values still does.
        FrontMatterReader unbudgeted = new FrontMatterReader(50, 50, 1 << 20, Integer.MAX_VALUE);
        var e = assertWithinCpu(
                Duration.ofSeconds(5),
                () -> assertThrows(ContentException.class, () -> unbudgeted.read(FrontMatterSplitter.split(text))));
        assertEquals("front matter expands to more than 100000 values", e.getMessage());
        var budgeted = assertWithinCpu(Duration.ofSeconds(5), () -> fails(text));
        assertEquals(
                "front matter is larger than 65536 bytes as JSON once YAML aliases (*name) are expanded;"
                        + " 'e' is where it crossed the limit",
                budgeted.getMessage());
        assertEquals(6, budgeted.line());
    }

    @Test
    void oneLongStringUsedManyTimesIsBoundedByBytesNotValues() {
        // 2,000 uses of one 40 KB anchor: a few thousand values, but 80 MB of JSON in every post list.
        String text = "---\ntitle: Amplified\nbig: &big " + "x".repeat(40_000) + "\n" + "copies: ["
                + "*big, ".repeat(1999) + "*big]\n---\nBody.\n";
        var e = assertWithinCpu(Duration.ofSeconds(5), () -> fails(text));
        assertEquals(
                "front matter is larger than 65536 bytes as JSON once YAML aliases (*name) are expanded;"
                        + " 'copies' is where it crossed the limit",
                e.getMessage());
        assertEquals(4, e.line());
        assertEquals(1, e.column());
        assertTrue(e.hint().contains("quire.content.max-front-matter-bytes"), e.hint());
    }

    @Test
    void frontMatterUnderTheByteBudgetIsReadAndItsSizeKnown() throws Exception {
        FrontMatterReader reader = new FrontMatterReader(50, 50, 10_000, 40);
        PostMetadata post = reader.read(FrontMatterSplitter.split("---\ntitle: T\nx: &a ab\ny: [*a, *a]\n---\n"));
        // {"title":"T","x":"ab","y":["ab","ab"]}: keys, values and separators, estimated from above
        assertTrue(post.expandedBytes() >= 38 && post.expandedBytes() <= 40, String.valueOf(post.expandedBytes()));
        var e = assertThrows(
                ContentException.class,
                () -> reader.read(FrontMatterSplitter.split("---\ntitle: T\nx: &a ab\ny: [*a, *a, *a, *a]\n---\n")));
        assertEquals(4, e.line());
    }

    @Test
    void aNulCharacterInFrontMatterTextIsAnError() {
        var e = fails("---\ntitle: T\nnote: \"a\\0b\"\n---\n");
        assertEquals("front matter text contains a NUL character (\\0)", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void valuesTheDatabaseCannotHoldAreRefusedOrDropped() throws Exception {
        var e = fails("---\nid: " + "i".repeat(201) + "\n---\n");
        assertEquals("id is longer than 200 characters", e.getMessage());
        PostMetadata post = read("---\nreadTime: " + "r".repeat(201) + "\ntags: [ok, " + "t".repeat(201) + "]\n---\n");
        assertNull(post.readTime());
        assertEquals(List.of("ok"), post.tags());
        assertEquals(
                List.of(
                        "'readTime' is longer than 200 characters; it was ignored",
                        "a tag is longer than 200 characters; it was dropped"),
                post.warnings().stream().map(w -> w.message()).toList());
    }

    @Test
    void deepNestingIsAnError() {
        String text = "---\na: " + "[".repeat(60) + "]".repeat(60) + "\n---\n";
        var e = fails(text);
        assertEquals("front matter is nested more than 50 levels deep", e.getMessage());
    }

    @Test
    void nestingLimitCountsTheRootMapping() throws Exception {
        FrontMatterReader reader = new FrontMatterReader(50, 3, 10_000);
        assertEquals(
                "{\"a\":{\"b\":{\"c\":1}}}",
                json(reader.read(FrontMatterSplitter.split("---\na: {b: {c: 1}}\n---\n"))
                        .extra()));
        var e = assertThrows(
                ContentException.class,
                () -> reader.read(FrontMatterSplitter.split("---\na: {b: {c: {d: 1}}}\n---\n")));
        assertEquals("front matter is nested more than 3 levels deep", e.getMessage());
    }

    @Test
    void nestingLimitAppliesAfterAliasExpansion() {
        FrontMatterReader reader = new FrontMatterReader(50, 3, 10_000);
        var e = assertThrows(
                ContentException.class,
                () -> reader.read(FrontMatterSplitter.split("---\na: &a {b: {c: 1}}\nx: [*a]\n---\n")));
        assertEquals("front matter is nested more than 3 levels deep", e.getMessage());
        // the position is that of the too-deep map, inside the anchored value (nodes do not know the alias)
        assertEquals(2, e.line());
    }

    @Test
    void codePointLimit() {
        FrontMatterReader reader = new FrontMatterReader(50, 50, 20);
        var e = assertThrows(
                ContentException.class,
                () -> reader.read(FrontMatterSplitter.split("---\nexcerpt: " + "x".repeat(30) + "\n---\n")));
        assertEquals("front matter is longer than 20 characters", e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void recursiveAliasIsAnError() {
        var e = fails("---\na: &a [1, *a]\n---\n");
        assertEquals("an alias (*name) refers to a list or map that contains it", e.getMessage());
    }

    @Test
    void javaTypeTagsAreRejected() {
        var e = fails("---\nx: !!javax.script.ScriptEngineManager [a]\n---\n");
        assertTrue(
                e.getMessage().startsWith("invalid YAML in front matter: Global tag is not allowed"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void unknownLocalTagIsIgnoredWithAWarning() throws Exception {
        PostMetadata post = read("---\nx: !shout hello\n---\n");
        assertEquals("hello", post.extra().get("x"));
        assertEquals(
                "YAML tag '!shout' is not supported; it was ignored",
                post.warnings().get(0).message());
    }

    @Test
    void topLevelMustBeAMap() {
        var e = fails("---\n- a\n- b\n---\n");
        assertEquals("front matter must be a map of keys and values, not a list", e.getMessage());
        assertEquals(2, e.line());
        e = fails("---\n\njust text\n---\n");
        assertEquals("front matter must be a map of keys and values, not a single value", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void collectionKeyIsAnError() {
        var e = fails("---\ntitle: x\n? [a, b]\n: c\n---\n");
        assertEquals("a key must be a single value, not a list or map", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(3, e.column());
    }

    // ---- document shapes ----

    @Test
    void blockScalarContainingDashes() throws Exception {
        PostMetadata post = read("---\nnote: |\n  before\n  ---\n  after\ntitle: T\n---\nBody\n");
        assertEquals("before\n---\nafter\n", post.extra().get("note"));
        assertEquals("T", post.title());
    }

    @Test
    void dotsTerminator() throws Exception {
        assertEquals("T", read("---\ntitle: T\n...\nBody\n").title());
    }

    @Test
    void crlfFile() throws Exception {
        PostMetadata post = read("---\r\ntitle: T\r\nnote: |\r\n  a\r\n  b\r\ndate: 2025-02-28\r\n---\r\nBody\r\n");
        assertEquals("T", post.title());
        assertEquals("a\nb\n", post.extra().get("note"));
        assertEquals("2025-02-28", post.date().text());
    }

    @Test
    void errorLinesInACrlfFile() {
        var e = fails("---\r\ntitle: T\r\ndate: 2021-02-29\r\n---\r\n");
        assertEquals(3, e.line());
    }

    @Test
    void noFrontMatter() throws Exception {
        PostMetadata post = read("# Title\n\nText\n");
        assertEquals(PostMetadata.empty(), post);
        assertEquals(List.of(), post.tags());
        assertEquals(Map.of(), post.extra());
    }

    @Test
    void emptyFrontMatter() throws Exception {
        assertEquals(PostMetadata.empty(), read("---\n---\nBody\n"));
        assertEquals(PostMetadata.empty(), read("---\n# only a comment\n---\nBody\n"));
    }

    @Test
    void unclosedFrontMatterIsAnErrorAtLine1() {
        var e = fails("---\ntitle: Hi\n\nBody without a closing line\n");
        assertEquals(
                "front matter is not closed: the first line is --- but no later line is --- or ...", e.getMessage());
        assertEquals(1, e.line());
        assertEquals(1, e.column());
        assertEquals("add a line containing only --- after the last front matter line", e.hint());
    }

    @Test
    void hugoTomlFrontMatterMeansWhatTheSameYamlMeans() throws ContentException {
        PostMetadata toml = read("""
                +++
                title = "Hello, TOML"
                date = 2024-01-15T10:30:00+02:00
                lastmod = 2024-02-01
                draft = false
                tags = ["go", "Hugo"]
                aliases = ["/old/hello/"]
                weight = 3
                ratio = 0.5

                [params]
                author = "Ann"
                +++

                Body
                """);
        PostMetadata yaml = read("""
                ---
                title: "Hello, TOML"
                date: "2024-01-15T10:30:00+02:00"
                lastmod: "2024-02-01"
                draft: false
                tags: ["go", "Hugo"]
                aliases: ["/old/hello/"]
                weight: 3
                ratio: 0.5
                params:
                  author: "Ann"
                ---

                Body
                """);
        assertEquals(yaml, toml);
        assertEquals("Hello, TOML", toml.title());
        assertEquals(List.of("go", "Hugo"), toml.tags());
        assertEquals("2024-01-15T10:30:00+02:00", toml.date().text());
    }

    @Test
    void invalidTomlIsAnErrorAtItsLine() {
        var e = fails("+++\ntitle = \"Hi\"\ntags = [\"a\",\n+++\nBody\n");
        assertTrue(e.getMessage().startsWith("invalid TOML in front matter: "), e.getMessage());
        assertEquals(4, e.line());
        assertEquals("write one 'key = value' per line; text needs quotes: title = \"My post\"", e.hint());
    }

    @Test
    void aWrongTomlValueIsReportedAtTheBlocksFirstLineWithItsKey() {
        // Jackson's TOML parser keeps no positions for values.
        var e = fails("+++\ntitle = \"Hi\"\ndate = \"2025-02-30\"\n+++\nBody\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("2025-02-30"), e.getMessage());
    }

    @Test
    void anUnclosedTomlBlockIsAnError() {
        var e = fails("+++\ntitle = \"Hi\"\nBody\n");
        assertEquals("front matter is not closed: the first line is +++ but no later line is +++", e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void readerIsSharedAcrossThreads() throws Exception {
        String text = resource("reference-post.md");
        PostMetadata expected = read(text);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 200; i++) {
                        assertEquals(expected, read(text));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
    }
}
