package io.quire.content.scan;

import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Stage 1 of an import: finds the posts under the content root. Every {@code *.md} and {@code
 * *.markdown} file is a post, except dot files and folders, Hugo section files ({@code _index.md}),
 * and anything reached through a link that leads outside the root.
 */
public final class ContentScanner {

    private final int maxFiles;

    public ContentScanner(int maxFiles) {
        this.maxFiles = maxFiles;
    }

    public ScanResult scan(Path root) throws IOException {
        Path realRoot = root.toRealPath();
        List<SourceFile> files = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        Instant[] lastModified = {null};
        Files.walkFileTree(
                realRoot, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        if (!dir.equals(realRoot) && isHidden(dir)) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (!dir.toRealPath().startsWith(realRoot)) {
                            problems.add(skipped(realRoot, dir, "a link to a folder outside the content root"));
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        lastModified[0] =
                                later(lastModified[0], attrs.lastModifiedTime().toInstant());
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        if (!attrs.isRegularFile() || isHidden(file) || !isMarkdown(file) || isSectionFile(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (!file.toRealPath().startsWith(realRoot)) {
                            problems.add(skipped(realRoot, file, "a link to a file outside the content root"));
                            return FileVisitResult.CONTINUE;
                        }
                        files.add(
                                new SourceFile(relative(realRoot, file), file, attrs.size(), inDrafts(realRoot, file)));
                        lastModified[0] =
                                later(lastModified[0], attrs.lastModifiedTime().toInstant());
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        problems.add(new ContentProblem(
                                relative(realRoot, file),
                                null,
                                null,
                                Severity.ERROR,
                                "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage(),
                                "check the file's permissions, or for a link, where it points"));
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(Comparator.comparing(SourceFile::path));
        if (files.size() > maxFiles) {
            problems.add(new ContentProblem(
                    files.get(maxFiles).path(),
                    null,
                    null,
                    Severity.ERROR,
                    "too many files: " + files.size() + " Markdown files, at most " + maxFiles
                            + " are imported; this and every later file (in path order) was skipped, and no post"
                            + " was deleted",
                    "raise quire.content.max-files, or point quire.content.dir at a smaller folder"));
            return new ScanResult(List.copyOf(files.subList(0, maxFiles)), problems, false, lastModified[0]);
        }
        boolean complete = problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
        return new ScanResult(List.copyOf(files), problems, complete, lastModified[0]);
    }

    private static Instant later(Instant current, Instant candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }

    private static ContentProblem skipped(Path root, Path path, String what) {
        return new ContentProblem(
                relative(root, path),
                null,
                null,
                Severity.WARNING,
                "not imported: " + what,
                "links that leave the content root are not followed; copy the file into the content root instead");
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private static boolean isSectionFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals("_index.md") || name.equals("_index.markdown");
    }

    private static boolean inDrafts(Path root, Path file) {
        for (Path part : root.relativize(file.getParent() == null ? root : file.getParent())) {
            if (part.toString().equals("_drafts")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path file) {
        StringBuilder path = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (!path.isEmpty()) {
                path.append('/');
            }
            path.append(part);
        }
        return path.toString();
    }
}
