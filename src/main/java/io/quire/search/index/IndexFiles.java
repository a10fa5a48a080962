package io.quire.search.index;

import io.quire.search.analysis.StemLanguage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * Search indexes kept on disk, so that a restart over unchanged content opens the index instead of
 * building it again (at 10,000 posts: well under a second instead of 8 to 18 s of a core).
 *
 * <p>One folder per index, named by the {@link #FORMAT}, the database ({@code content_state.database_id}:
 * a database created again starts its versions again) and the content version:
 * {@code f3-1a2b3c-v42/}. Each holds the public index ({@value #MAIN}/), the drafts' index
 * ({@value #DRAFTS}/), both Lucene indexes opened with memory-mapped files, and what sorting and
 * facets read beside them ({@value #CONTENTS}). An index is built in a folder of its own ({@code
 * .build-*}) and renamed to its name once complete, so a folder with an index's name is always a
 * complete index, whatever crashed when. Publishing one deletes the other indexes (and builds left
 * by a crash): only the newest content is ever searched after it. Instances that share a database
 * each keep their own folder; two processes sharing one folder at worst build the same index twice,
 * and the second rename finds the first's in place and keeps it.
 *
 * <p>A folder that cannot be opened (files missing or damaged, another Lucene version) is deleted and
 * the index built again: a broken folder never stops the server.
 */
public final class IndexFiles {

    /**
     * Bumped whenever what is indexed or how it is analysed changes (fields, analysers, stemmers,
     * {@value #CONTENTS}): an index of another format is never opened, so a new release rebuilds.
     */
    static final int FORMAT = 2;

    static final String MAIN = "main";
    static final String DRAFTS = "drafts";
    static final String CONTENTS = "contents.bin";

    private static final String BUILD_PREFIX = ".build-";

    /** A build folder older than this was left by a crash, not by a build still running elsewhere. */
    private static final Duration ABANDONED = Duration.ofHours(6);

    private static final Logger LOG = Logger.getLogger(IndexFiles.class);

    private final Path root;

    public IndexFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The folder of the index of one content version of one database. */
    Path folder(long databaseId, long version) {
        return root.resolve("f" + FORMAT + "-" + Long.toHexString(databaseId) + "-v" + version);
    }

    /**
     * The index of this content version of this database, if a previous build left it; a folder that
     * cannot be opened is deleted (and the caller builds the index again).
     */
    public Optional<IndexSnapshot> open(long databaseId, long version) {
        Path folder = folder(databaseId, version);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        try {
            IndexContents contents = readContents(folder.resolve(CONTENTS));
            if (contents.version() != version) {
                throw new IOException("it holds content version " + contents.version());
            }
            IndexSnapshot snapshot = openFolder(folder, contents, 0, IndexSnapshot.Origin.OPENED);
            try {
                // Every file's checksum: a damaged byte that opening does not read would otherwise fail
                // searches later (reads the index once, which also brings it into the page cache).
                for (LeafReaderContext leaf :
                        snapshot.previewSearcher().getIndexReader().leaves()) {
                    leaf.reader().checkIntegrity();
                }
            } catch (IOException | RuntimeException e) {
                snapshot.previewSearcher().getIndexReader().close();
                throw e;
            }
            return Optional.of(snapshot.withMillis((System.nanoTime() - started) / 1_000_000));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The search index in %s cannot be opened (%s); it is built again", folder, e.toString());
            delete(folder);
            return Optional.empty();
        }
    }

    /** An index kept on disk: its folder and what it holds beside its Lucene indexes. */
    public record Kept(Path folder, IndexContents contents) {}

    /**
     * The newest index of this database in this {@link #FORMAT}, to derive the next version's from;
     * empty when there is none, or its contents cannot be read (the caller builds in full).
     */
    public Optional<Kept> newest(long databaseId) {
        String prefix = "f" + FORMAT + "-" + Long.toHexString(databaseId) + "-v";
        Path newest = null;
        long newestVersion = Long.MIN_VALUE;
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith(prefix) && name.substring(prefix.length()).matches("\\d{1,18}")) {
                    long version = Long.parseLong(name.substring(prefix.length()));
                    if (version > newestVersion) {
                        newest = child;
                        newestVersion = version;
                    }
                }
            }
            if (newest == null) {
                return Optional.empty();
            }
            IndexContents contents = readContents(newest.resolve(CONTENTS));
            return contents.version() == newestVersion ? Optional.of(new Kept(newest, contents)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debugf("No previous search index to update in %s: %s", root, e.toString());
            return Optional.empty();
        }
    }

    /**
     * A new folder to build an index in, for {@link #publish}, holding the Lucene indexes of a kept
     * one to update. Lucene never changes a file it has written, so the files are hard links to the
     * kept index's (copies where the file system has none): the update costs no copying, and deleting
     * either folder later leaves the other's files whole.
     */
    public Path newBuildFrom(Kept kept) throws IOException {
        Path build = newBuild();
        try {
            for (String index : List.of(MAIN, DRAFTS)) {
                Path from = kept.folder().resolve(index);
                Path to = Files.createDirectory(build.resolve(index));
                try (Stream<Path> files = Files.list(from)) {
                    for (Path file : files.toList()) {
                        if (!file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
                            link(file, to.resolve(file.getFileName()));
                        }
                    }
                }
            }
            return build;
        } catch (IOException | RuntimeException e) {
            delete(build);
            throw e;
        }
    }

    private static void link(Path existing, Path link) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(existing, link);
        }
    }

    /** A new, empty folder to build an index in, for {@link #publish}. */
    public Path newBuild() throws IOException {
        Files.createDirectories(root);
        return Files.createTempDirectory(root, BUILD_PREFIX);
    }

    /**
     * Gives a complete build its name (atomically: until then no one opens it), deletes every other
     * index, and opens it.
     *
     * @param build a folder from {@link #newBuild} or {@link #newBuildFrom} whose Lucene indexes are
     *     written and closed
     * @param origin whether the build was updated from a kept index or built in full
     */
    public IndexSnapshot publish(Path build, long databaseId, IndexContents contents, IndexSnapshot.Origin origin)
            throws IOException {
        writeContents(build.resolve(CONTENTS), contents);
        Path target = folder(databaseId, contents.version());
        try {
            try {
                Files.move(build, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(build, target);
            }
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // Another process sharing the folder published the same index first.
            delete(build);
        }
        prune(target);
        return openFolder(target, contents, contents.buildMillis(), origin);
    }

    /** Deletes a build that will not be published. */
    public void discard(Path build) {
        delete(build);
    }

    /**
     * Opens the indexes of a folder with these contents; checks that they hold as many documents as
     * there are posts.
     */
    private static IndexSnapshot openFolder(
            Path folder, IndexContents contents, long millis, IndexSnapshot.Origin origin) throws IOException {
        Directory main = FSDirectory.open(folder.resolve(MAIN));
        Directory drafts = FSDirectory.open(folder.resolve(DRAFTS));
        IndexSnapshot snapshot = IndexSnapshot.open(main, drafts, contents, millis, origin);
        if (snapshot.previewSearcher().getIndexReader().maxDoc()
                != contents.posts().size()) {
            throw new IOException("its indexes and its list of posts disagree");
        }
        return snapshot;
    }

    /** Deletes every index but this one, and builds abandoned by a crash. */
    private void prune(Path keep) {
        try (Stream<Path> children = Files.list(root)) {
            Instant abandoned = Instant.now().minus(ABANDONED);
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                boolean oldIndex = name.matches("f\\d+-.*") && !child.equals(keep);
                boolean crashedBuild = name.startsWith(BUILD_PREFIX)
                        && Files.getLastModifiedTime(child).toInstant().isBefore(abandoned);
                if (oldIndex || crashedBuild) {
                    delete(child);
                }
            }
        } catch (IOException e) {
            LOG.warnf("Old search indexes in %s could not be listed for deletion: %s", root, e.toString());
        }
    }

    /**
     * Deletes a folder and what it holds. Searches still running on an old index keep reading its
     * files: they are only unlinked, and their space is freed when the last reader is gone.
     */
    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", folder, e.toString());
        }
    }

    private static final int CONTENTS_MAGIC = 0x51495843; // "QIXC"

    /** Longer than any slug, title or tag the import accepts: a larger length is a damaged file. */
    private static final int MAX_STRING_BYTES = 16 << 20;

    private static void writeContents(Path file, IndexContents contents) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            out.writeInt(CONTENTS_MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(contents.version());
            out.writeLong(contents.buildMillis());
            out.writeInt(contents.stemLanguages().size());
            for (StemLanguage language : contents.stemLanguages()) {
                writeString(out, language.name());
            }
            out.writeInt(contents.tags().size());
            for (TagInfo tag : contents.tags().values()) {
                out.writeLong(tag.id());
                writeString(out, tag.slug());
                writeString(out, tag.name());
            }
            out.writeInt(contents.posts().size());
            for (PostMeta post : contents.posts()) {
                out.writeLong(post.postId());
                writeString(out, post.slug());
                writeString(out, post.titleKey());
                writeNullable(out, post.publishedAt());
                writeNullable(out, post.updatedOrPublished());
                out.writeBoolean(post.draft());
                out.writeLong(post.visibleFrom());
                out.writeLong(post.visibleUntil());
                out.writeInt(post.tagIds().length);
                for (long tagId : post.tagIds()) {
                    out.writeLong(tagId);
                }
                writeString(out, post.lang());
                writeString(out, post.stemming().name());
                out.writeLong(post.hash());
            }
            out.writeInt(CONTENTS_MAGIC);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static IndexContents readContents(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != CONTENTS_MAGIC || in.readInt() != FORMAT) {
                throw new IOException(file + " is not an index's contents of format " + FORMAT);
            }
            long version = in.readLong();
            long buildMillis = in.readLong();
            Set<StemLanguage> languages = EnumSet.noneOf(StemLanguage.class);
            for (int i = in.readInt(); i > 0; i--) {
                languages.add(StemLanguage.valueOf(readString(in)));
            }
            int tagCount = in.readInt();
            Map<Long, TagInfo> tags = new HashMap<>(tagCount * 2);
            for (int i = 0; i < tagCount; i++) {
                TagInfo tag = new TagInfo(in.readLong(), readString(in), readString(in));
                tags.put(tag.id(), tag);
            }
            int postCount = in.readInt();
            List<PostMeta> posts = new ArrayList<>(postCount);
            for (int i = 0; i < postCount; i++) {
                long id = in.readLong();
                String slug = readString(in);
                String titleKey = readString(in);
                Long published = readNullable(in);
                Long updated = readNullable(in);
                boolean draft = in.readBoolean();
                long visibleFrom = in.readLong();
                long visibleUntil = in.readLong();
                long[] tagIds = new long[in.readInt()];
                for (int t = 0; t < tagIds.length; t++) {
                    tagIds[t] = in.readLong();
                }
                posts.add(new PostMeta(
                        id,
                        slug,
                        titleKey,
                        published,
                        updated,
                        draft,
                        visibleFrom,
                        visibleUntil,
                        tagIds,
                        readString(in),
                        StemLanguage.valueOf(readString(in)),
                        in.readLong()));
            }
            if (in.readInt() != CONTENTS_MAGIC) {
                throw new IOException(file + " is truncated");
            }
            return new IndexContents(version, List.copyOf(posts), Map.copyOf(tags), Set.copyOf(languages), buildMillis);
        }
    }

    /** As UTF-8 with its length: {@code writeUTF} fails beyond 64 KiB. */
    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("a string of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void writeNullable(DataOutputStream out, Long value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeLong(value);
        }
    }

    private static Long readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readLong() : null;
    }
}
