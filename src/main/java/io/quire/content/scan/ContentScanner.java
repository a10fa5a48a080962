package io.quire.content.scan;

import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stage 1 (scan) of an import: finds the posts under the content root. Every {@code *.md} and {@code
 * *.markdown} file is a post, except dot files and folders and Hugo section files ({@code
 * _index.md}). Files of the types Quire serves ({@link AssetTypes}) are listed as assets, under the
 * same rules.
 *
 * <p>Every folder and file is imported once, from its own place, whatever links point at it: the
 * tree is walked first without following links, then each link is looked at in path order. A link
 * to something the walk already reached (a folder of the root, an enclosing folder: a loop) is
 * skipped with a warning, as are links that lead outside the root or nowhere and entries that are
 * not regular files; none of these makes the scan incomplete. A link to a folder or file that the
 * walk did not reach (under a dot folder) is imported under the link's path. Folders are told apart
 * by their file key (device and inode), so a folder mounted twice is also imported once.
 */
public final class ContentScanner {

    /** Longest path (relative to the root) the database stores; longer paths are skipped. */
    public static final int MAX_PATH_LENGTH = 4000;

    private final int maxFiles;

    public ContentScanner(int maxFiles) {
        this.maxFiles = maxFiles;
    }

    public ScanResult scan(Path root) throws IOException {
        return new Walk(root.toRealPath()).run();
    }

    /** One scan: the tree first, then the links it found, so that a place beats a link to it. */
    private final class Walk {

        private final Path root;
        private final List<SourceFile> files = new ArrayList<>();
        private final List<AssetFile> assets = new ArrayList<>();
        private final List<ContentProblem> problems = new ArrayList<>();
        /** File keys (or real paths) of the folders walked so far, with the path each was walked at. */
        private final Map<Object, String> folders = new HashMap<>();
        /** File keys (or real paths) of the Markdown files found so far, with their paths. */
        private final Map<Object, String> markdown = new HashMap<>();
        /** Links met while walking, looked at after the walk, in path order. */
        private final List<Path> links = new ArrayList<>();
        /** The latest modification time of the folders walked and the Markdown files found. */
        private Instant lastModified;

        Walk(Path root) {
            this.root = root;
        }

        ScanResult run() throws IOException {
            BasicFileAttributes rootAttributes = Files.readAttributes(root, BasicFileAttributes.class);
            folders.put(identity(root, rootAttributes), "");
            modified(rootAttributes);
            walk(root);
            // Links in path order; links inside linked folders come as a later batch.
            for (int done = 0; done < links.size(); ) {
                List<Path> batch = new ArrayList<>(links.subList(done, links.size()));
                batch.sort(Comparator.comparing(link -> relative(root, link)));
                done = links.size();
                for (Path link : batch) {
                    follow(link);
                }
            }
            files.sort(Comparator.comparing(SourceFile::path));
            assets.sort(Comparator.comparing(AssetFile::path));
            if (files.size() > maxFiles) {
                problems.add(new ContentProblem(
                        files.get(maxFiles).path(),
                        null,
                        null,
                        Severity.ERROR,
                        "too many files: " + files.size() + " Markdown files, at most " + maxFiles
                                + " are imported; this and every later file (in path order) was skipped, and no"
                                + " post was deleted",
                        "raise quire.content.max-files, or point quire.content.dir at a smaller folder"));
                return new ScanResult(
                        List.copyOf(files.subList(0, maxFiles)), problems, false, lastModified, List.copyOf(assets));
            }
            boolean complete = problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
            return new ScanResult(List.copyOf(files), problems, complete, lastModified, List.copyOf(assets));
        }

        /**
         * A folder walked or a Markdown file or asset found: a folder's time changes when a file in it is added,
         * removed or renamed, so the latest of these is when the content last changed.
         */
        private void modified(BasicFileAttributes attributes) {
            Instant time = attributes.lastModifiedTime().toInstant();
            if (lastModified == null || time.isAfter(lastModified)) {
                lastModified = time;
            }
        }

        /** Walks {@code start} and everything below it without following links. */
        private void walk(Path start) {
            Deque<Path> pending = new ArrayDeque<>();
            pending.push(start);
            while (!pending.isEmpty()) {
                Path dir = pending.pop();
                List<Path> entries = new ArrayList<>();
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                    stream.forEach(entries::add);
                } catch (IOException e) {
                    problems.add(unreadable(dir, e));
                    continue;
                }
                entries.sort(Comparator.comparing(path -> path.getFileName().toString()));
                List<Path> subfolders = new ArrayList<>();
                for (Path entry : entries) {
                    if (isHidden(entry)) {
                        continue;
                    }
                    BasicFileAttributes attributes;
                    try {
                        attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) {
                        problems.add(unreadable(entry, e));
                        continue;
                    }
                    if (attributes.isSymbolicLink()) {
                        links.add(entry);
                    } else if (attributes.isDirectory()) {
                        String first = folders.putIfAbsent(identity(entry, attributes), relative(root, entry));
                        if (first == null) {
                            subfolders.add(entry);
                            modified(attributes);
                        } else {
                            problems.add(warning(
                                    entry,
                                    "not imported again: the same folder as " + first + " (mounted twice)",
                                    "a folder is imported once, from the first place it is found"));
                        }
                    } else {
                        file(entry, entry, attributes);
                    }
                }
                for (int i = subfolders.size() - 1; i >= 0; i--) {
                    pending.push(subfolders.get(i));
                }
            }
        }

        /**
         * A Markdown file or an asset (or whatever else has such a name) at {@code path}, which may be a
         * link.
         */
        private void file(Path path, Path real, BasicFileAttributes attributes) {
            if (isAsset(path) && attributes.isRegularFile()) {
                assets.add(new AssetFile(
                        relative(root, path),
                        path,
                        attributes.size(),
                        attributes.lastModifiedTime().toMillis()));
                modified(attributes);
                return;
            }
            if (!isMarkdown(path) || isSectionFile(path)) {
                return;
            }
            if (!attributes.isRegularFile()) {
                problems.add(warning(
                        path,
                        "not imported: not a regular file (a named pipe, socket or device)",
                        "only regular files are read; replace it with a file"));
                return;
            }
            String relative = relative(root, path);
            if (relative.length() > MAX_PATH_LENGTH) {
                problems.add(warning(
                        path,
                        "not imported: its path is longer than " + MAX_PATH_LENGTH + " characters",
                        "use shorter folder and file names"));
                return;
            }
            String first = markdown.putIfAbsent(identity(real, attributes), relative);
            if (first != null) {
                problems.add(warning(
                        path,
                        "not imported again: the same file as " + first + ", which is imported from there",
                        "each file is imported once, from its own place; remove the link, or list the extra URL"
                                + " under aliases: in the post's front matter"));
                return;
            }
            files.add(new SourceFile(relative, path, attributes.size(), inDrafts(root, path)));
            modified(attributes);
        }

        private void follow(Path link) {
            Path target;
            BasicFileAttributes attributes;
            try {
                target = link.toRealPath();
                attributes = Files.readAttributes(target, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                problems.add(warning(
                        link, "not imported: a link that leads nowhere (its target does not exist)", LINK_HINT));
                return;
            } catch (IOException e) {
                if (isLinkLoop(e)) {
                    problems.add(warning(
                            link, "not imported: a link that leads back to itself (a loop of links)", LINK_HINT));
                } else {
                    // what it leads to is unknown: it could hold posts, so nothing may be deleted
                    problems.add(unreadable(link, e));
                }
                return;
            }
            if (!target.startsWith(root)) {
                if (attributes.isDirectory() || isMarkdown(link) || isAsset(link)) {
                    problems.add(warning(
                            link,
                            "not imported: a link to a " + (attributes.isDirectory() ? "folder" : "file")
                                    + " outside the content root",
                            "links that leave the content root are not followed; copy the file into the content root"
                                    + " instead"));
                }
                return;
            }
            if (!attributes.isDirectory()) {
                file(link, target, attributes);
                return;
            }
            String first = folders.putIfAbsent(identity(target, attributes), relative(root, link));
            if (first != null) {
                problems.add(warning(
                        link,
                        "not imported again: a link to the folder "
                                + (first.isEmpty() ? "that is the content root" : first)
                                + ", which is imported from there",
                        "a folder is imported once, from its own place (a link to an enclosing folder would loop);"
                                + " remove the link"));
                return;
            }
            modified(attributes);
            walk(link);
        }

        private ContentProblem unreadable(Path path, IOException e) {
            return new ContentProblem(
                    relative(root, path),
                    null,
                    null,
                    Severity.ERROR,
                    "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage(),
                    "check the file's permissions, or for a link, where it points");
        }

        private ContentProblem warning(Path path, String message, String hint) {
            return new ContentProblem(relative(root, path), null, null, Severity.WARNING, message, hint);
        }
    }

    private static final String LINK_HINT = "fix the link or remove it";

    /** ELOOP: the system gave up following links (the JDK has no exception of its own for it). */
    private static boolean isLinkLoop(IOException e) {
        return e instanceof FileSystemLoopException
                || (e instanceof FileSystemException fse
                        && fse.getReason() != null
                        && fse.getReason().contains("levels of symbolic links"));
    }

    /** What tells folders apart: the file key (device and inode) where the file system has one. */
    private static Object identity(Path realPath, BasicFileAttributes attributes) {
        return attributes.fileKey() != null ? attributes.fileKey() : realPath;
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    private static boolean isAsset(Path file) {
        return AssetTypes.isAsset(file.getFileName().toString());
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
