package io.quire.content.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quire.content.ContentException;
import io.quire.content.ContentProblem;
import io.quire.content.assemble.PostAssembler;
import io.quire.content.frontmatter.FrontMatterReader;
import io.quire.content.frontmatter.FrontMatterSplitter;
import io.quire.content.frontmatter.LanguageRules;
import io.quire.content.plan.ImportPlan.Rekey;
import io.quire.content.render.MarkdownRenderer;
import io.quire.content.scan.SourceFile;
import io.quire.shared.Languages;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stage 4 (plan) on its own, table-driven and without Quarkus: a folder as it was (imported into an
 * empty index, which gives the stored index) and as it is now, in; the plan, written one line per
 * decision, out. Files are read by the real front matter stage; a file whose text did not change is
 * {@code Unchanged}, as its hash would tell.
 */
class ImportPlannerTest {

    /** One row of the table: {@code before} and {@code after} map paths to front matter. */
    record Case(String name, Map<String, String> before, Map<String, String> after, boolean complete, String plan) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(
                        "a new file is created under the slug of its name",
                        files(),
                        files("posts/hello.md", "title: Hi"),
                        true,
                        """
                        create posts/hello.md slug=hello
                        unchanged=0 failed=0"""),
                new Case(
                        "an unchanged file changes nothing",
                        files("posts/hello.md", "title: Hi"),
                        files("posts/hello.md", "title: Hi"),
                        true,
                        "unchanged=1 failed=0"),
                new Case(
                        "a changed file updates its stored post and keeps its keys",
                        files("posts/hello.md", "title: Hi"),
                        files("posts/hello.md", "title: Hello"),
                        true,
                        """
                        update posts/hello.md #1 slug=hello
                        unchanged=0 failed=0"""),
                new Case(
                        "a new explicit slug updates the post under it",
                        files("posts/hello.md", "title: Hi"),
                        files("posts/hello.md", "slug: greetings"),
                        true,
                        """
                        update posts/hello.md #1 slug=greetings
                        unchanged=0 failed=0"""),
                new Case(
                        "a file gone from a complete scan is deleted",
                        files("posts/a.md", "title: A", "posts/b.md", "title: B"),
                        files("posts/a.md", "title: A"),
                        true,
                        """
                        delete posts/b.md #2
                        unchanged=1 failed=0"""),
                new Case(
                        "a file an incomplete scan did not see is kept",
                        files("posts/a.md", "title: A", "posts/b.md", "title: B"),
                        files("posts/a.md", "title: A"),
                        false,
                        "unchanged=1 failed=0"),
                new Case(
                        "the same bytes under a new path are the post moved",
                        files("posts/old.md", "title: Moving"),
                        files("posts/new.md", "title: Moving"),
                        true,
                        """
                        update posts/new.md #1 slug=new (moved from posts/old.md)
                        unchanged=0 failed=0"""),
                new Case(
                        "an explicit id under a new path and new bytes is the post moved",
                        files("posts/old.md", "id: 42\ntitle: Moving"),
                        files("posts/new.md", "id: 42\ntitle: Moved"),
                        true,
                        """
                        update posts/new.md #1 id=42 slug=new (moved from posts/old.md)
                        unchanged=0 failed=0"""),
                new Case(
                        "of two new files claiming a derived slug the one published first keeps it",
                        files(),
                        files(
                                "a/hello.md", "date: 2024-01-01",
                                "b/hello.md", "date: 2020-01-01"),
                        true,
                        """
                        create a/hello.md slug=hello-a
                        create b/hello.md slug=hello
                        warning a/hello.md: slug 'hello' is already used by b/hello.md; this post is served as 'hello-a'
                        unchanged=0 failed=0"""),
                new Case(
                        "undated claimants of an explicit slug are ordered by path: the later one fails",
                        files(),
                        files("posts/a.md", "slug: same", "posts/b.md", "slug: same"),
                        true,
                        """
                        create posts/a.md slug=same
                        error posts/b.md: duplicate slug 'same': already used by posts/a.md
                        unchanged=0 failed=1"""),
                new Case(
                        "a changed file that loses its explicit slug keeps its last good version",
                        files("posts/a.md", "slug: taken\ndate: 2020-01-01", "posts/b.md", "slug: mine"),
                        files("posts/a.md", "slug: taken\ndate: 2020-01-01", "posts/b.md", "slug: taken"),
                        true,
                        """
                        error posts/b.md: duplicate slug 'taken': already used by posts/a.md
                        unchanged=1 failed=1"""),
                new Case(
                        "an unchanged post whose explicit slug a post published earlier takes is evicted",
                        files("posts/b.md", "slug: taken\ndate: 2024-01-01"),
                        files(
                                "posts/a.md", "slug: taken\ndate: 2020-01-01",
                                "posts/b.md", "slug: taken\ndate: 2024-01-01"),
                        true,
                        """
                        create posts/a.md slug=taken
                        evict posts/b.md #1
                        error posts/b.md: duplicate slug 'taken': already used by posts/a.md, a post published\
                         earlier; this post is not served until that changes
                        unchanged=0 failed=1"""),
                new Case(
                        "an unchanged post whose derived slug a post published earlier takes is rekeyed",
                        files("b/hello.md", "date: 2024-01-01"),
                        files("a/hello.md", "date: 2020-01-01", "b/hello.md", "date: 2024-01-01"),
                        true,
                        """
                        create a/hello.md slug=hello
                        rekey b/hello.md #1 slug=hello-b
                        warning b/hello.md: slug 'hello' is already used by a/hello.md; this post is served as 'hello-b'
                        unchanged=0 failed=0"""),
                new Case(
                        "a file that fails keeps its stored version",
                        files("posts/a.md", "title: A"),
                        files("posts/a.md", "date: yesterday"),
                        true,
                        """
                        error posts/a.md: date 'yesterday' is not a date
                        unchanged=0 failed=1"""),
                new Case(
                        "claimants published at the same moment are ordered by path",
                        files(),
                        files("b/hello.md", "date: 2020-01-01", "a/hello.md", "date: 2020-01-01"),
                        true,
                        """
                        create a/hello.md slug=hello
                        create b/hello.md slug=hello-b
                        warning b/hello.md: slug 'hello' is already used by a/hello.md; this post is served as 'hello-b'
                        unchanged=0 failed=0"""),
                new Case(
                        "a duplicate explicit id fails the file published later",
                        files(),
                        files("posts/a.md", "id: 7\ndate: 2024-01-01", "posts/b.md", "id: 7\ndate: 2020-01-01"),
                        true,
                        """
                        create posts/b.md id=7 slug=b
                        error posts/a.md: duplicate id '7': already used by posts/b.md
                        unchanged=0 failed=1"""),
                new Case(
                        "the same slug in two languages is no collision",
                        files(),
                        files("en/about.md", "title: About", "de/about.md", "title: Über"),
                        true,
                        """
                        create de/about.md slug=about
                        create en/about.md slug=about
                        unchanged=0 failed=0"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plansWhatTheFilesSay(Case c) {
        Map<String, StoredPost> index = importInto(c.before());
        List<FileOutcome> outcomes = new ArrayList<>();
        c.after()
                .forEach((path, frontMatter) -> outcomes.add(
                        frontMatter.equals(c.before().get(path))
                                ? new FileOutcome.Unchanged(path)
                                : read(path, frontMatter, c.after())));
        ImportPlan plan = new ImportPlanner().plan(outcomes, index, c.complete());
        assertEquals(c.plan(), describe(plan, index));
    }

    /** The stored index a fresh import of {@code files} leaves: its creates, numbered in plan order. */
    private static Map<String, StoredPost> importInto(Map<String, String> files) {
        List<FileOutcome> outcomes = new ArrayList<>();
        files.forEach((path, frontMatter) -> outcomes.add(read(path, frontMatter, files)));
        ImportPlan plan = new ImportPlanner().plan(outcomes, Map.of(), true);
        Map<String, StoredPost> index = new HashMap<>();
        long id = 1;
        for (PlannedPost post : plan.creates()) {
            var described = post.post();
            Instant date = described.date() == null ? null : described.date().instant();
            index.put(
                    post.post().path(),
                    new StoredPost(
                            id++,
                            described.path(),
                            post.publicId(),
                            post.publicIdNumeric(),
                            described.explicitId() != null,
                            post.slug(),
                            described.slug(),
                            described.slugExplicit(),
                            date,
                            described.contentHash(),
                            false,
                            null,
                            Instant.EPOCH,
                            1,
                            null,
                            null,
                            described.language().lang()));
        }
        return index;
    }

    /** Stage 3 of one file, as the pipeline runs it; its hash stands for its bytes. */
    private static FileOutcome read(String path, String frontMatter, Map<String, String> folder) {
        String text = "---\n" + frontMatter + "\n---\nBody.\n";
        LanguageRules languages = LanguageRules.of(List.copyOf(folder.keySet()), Languages.DEFAULT_LANGUAGE);
        try {
            return new FileOutcome.Parsed(
                    path,
                    ASSEMBLER.describe(
                            new SourceFile(path, Path.of(path), text.length(), false),
                            FrontMatterSplitter.split(text),
                            "hash:" + frontMatter,
                            languages));
        } catch (ContentException e) {
            return new FileOutcome.Failed(path, ContentProblem.error(path, e));
        }
    }

    private static final PostAssembler ASSEMBLER =
            new PostAssembler(new FrontMatterReader(), new MarkdownRenderer(Set.of()));

    /** One line per decision, in the plan's order; ids only where the front matter chose them. */
    private static String describe(ImportPlan plan, Map<String, StoredPost> index) {
        List<String> lines = new ArrayList<>();
        for (PlannedPost post : plan.creates()) {
            lines.add("create " + post.post().path() + keys(post.post().explicitId(), post.publicId(), post.slug()));
        }
        for (PlannedPost post : plan.updates()) {
            String moved = post.previous().path().equals(post.post().path())
                    ? ""
                    : " (moved from " + post.previous().path() + ")";
            lines.add("update " + post.post().path() + " #" + post.previous().id()
                    + keys(post.post().explicitId(), post.publicId(), post.slug()) + moved);
        }
        for (Rekey rekey : plan.rekeys()) {
            boolean idChanged = !rekey.publicId().equals(rekey.post().publicId());
            lines.add("rekey " + rekey.post().path() + " #" + rekey.post().id()
                    + (idChanged ? " id=" + rekey.publicId() : "") + " slug=" + rekey.slug());
        }
        plan.deletes().forEach(post -> lines.add("delete " + post.path() + " #" + post.id()));
        plan.evictions().forEach(post -> lines.add("evict " + post.path() + " #" + post.id()));
        for (ContentProblem problem : plan.problems()) {
            lines.add(problem.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + problem.path() + ": "
                    + problem.message());
        }
        lines.add("unchanged=" + plan.unchanged() + " failed=" + plan.failed());
        return String.join("\n", lines);
    }

    private static String keys(Object explicitId, String publicId, String slug) {
        return (explicitId == null ? "" : " id=" + publicId) + " slug=" + slug;
    }

    /** Paths and front matter, alternating; in path order, as the scan lists files. */
    private static Map<String, String> files(String... pathsAndFrontMatter) {
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < pathsAndFrontMatter.length; i += 2) {
            files.put(pathsAndFrontMatter[i], pathsAndFrontMatter[i + 1]);
        }
        return files;
    }
}
