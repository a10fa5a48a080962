package io.quire.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A content folder that an author edits at random (seeded): creates, edits, renames, moves and
 * deletes posts; breaks and fixes them; changes their slug, id, date, draft flag and expiry; makes
 * slugs collide and stop colliding; and moves the clock past scheduled dates. Every step leaves the
 * files on disk as the model holds them.
 */
final class ContentModel {

    private static final List<String> FOLDERS = List.of("", "a/", "b/", "a/c/");
    private static final List<String> NAMES = List.of("hello", "intro", "about", "notes", "news");
    private static final List<String> SLUGS = List.of("hello", "intro", "about", "notes", "custom", "other");
    /** Never a post's slug, so a redirect from one is never a former slug (history a fresh import lacks). */
    static final List<String> ALIASES = List.of("old-a", "/blog/old-b.html", "legacy/");

    private static final List<String> IDS = List.of("1", "2", "3", "\"x\"");
    private static final List<String> TAGS = List.of("java", "Java", "go", "rust", "C++", "c", "Go");
    private static final List<String> WORDS =
            List.of("cache", "deploy", "index", "quarkus", "schema", "stream", "token", "vector", "window");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssX");

    /** One post file as the author last wrote it. */
    record Doc(
            String title,
            String word,
            String slug,
            String id,
            String date,
            String expiry,
            boolean draft,
            List<String> tags,
            List<String> aliases,
            String body,
            boolean broken) {

        String text() {
            if (broken) {
                return "---\ntitle: \"" + title + "\n---\nThe front matter of this file is not closed properly.\n";
            }
            StringBuilder text =
                    new StringBuilder("---\ntitle: \"").append(title).append("\"\n");
            if (slug != null) {
                text.append("slug: ").append(slug).append('\n');
            }
            if (id != null) {
                text.append("id: ").append(id).append('\n');
            }
            if (date != null) {
                text.append("date: \"").append(date).append("\"\n");
            }
            if (expiry != null) {
                text.append("expiryDate: \"").append(expiry).append("\"\n");
            }
            if (draft) {
                text.append("draft: true\n");
            }
            if (!aliases.isEmpty()) {
                text.append("aliases: [").append(String.join(", ", aliases)).append("]\n");
            }
            text.append("tags: [").append(String.join(", ", tags)).append("]\n---\n\n");
            return text.append(body).toString();
        }
    }

    private final Path root;
    private final Random random;
    private final Map<String, Doc> files = new TreeMap<>();
    private int counter;

    ContentModel(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    Set<String> paths() {
        return files.keySet();
    }

    Map<String, Doc> files() {
        return files;
    }

    /** Applies one random edit; returns what it did. */
    String step() {
        int size = files.size();
        int roll = random.nextInt(100);
        if (size < 4 || (size < 12 && roll < 18)) {
            return create(pickPath(newName()));
        }
        if (size >= 12 && roll < 18) {
            return delete(pick());
        }
        String path = pick();
        Doc doc = files.get(path);
        if (roll < 22) {
            return collide();
        }
        if (roll < 32) {
            return write(
                    path,
                    new Doc(
                            doc.word() + " " + WORDS.get(random.nextInt(WORDS.size())) + " "
                                    + doc.word().length(),
                            doc.word(),
                            doc.slug(),
                            doc.id(),
                            doc.date(),
                            doc.expiry(),
                            doc.draft(),
                            doc.tags(),
                            doc.aliases(),
                            body(doc.word()),
                            doc.broken()),
                    "edit");
        }
        if (roll < 38) {
            return move(path, pickPath(fileName(path)), false);
        }
        if (roll < 43) {
            return move(path, pickPath(newName()), false);
        }
        if (roll < 46) {
            return move(path, pickPath(newName()), true);
        }
        if (roll < 52) {
            return delete(path);
        }
        if (roll < 57) {
            return write(path, broken(doc, true), "break");
        }
        if (roll < 65) {
            String broken = files.entrySet().stream()
                    .filter(e -> e.getValue().broken())
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(path);
            return write(broken, broken(files.get(broken), false), "fix");
        }
        if (roll < 70) {
            return write(path, slug(doc, SLUGS.get(random.nextInt(SLUGS.size()))), "slug");
        }
        if (roll < 75) {
            return write(path, slug(doc, null), "unslug");
        }
        if (roll < 78) {
            return write(path, id(doc, IDS.get(random.nextInt(IDS.size()))), "id");
        }
        if (roll < 82) {
            return write(path, id(doc, null), "unid");
        }
        if (roll < 89) {
            return write(path, date(doc, randomDate()), "date");
        }
        if (roll < 93) {
            return write(path, draft(doc, !doc.draft()), "draft");
        }
        if (roll < 95) {
            String expiry = random.nextBoolean()
                    ? null
                    : DATE_TIME.format(MovableClockAccess.now()
                            .plus(Duration.ofHours(random.nextInt(96) - 24))
                            .atOffset(ZoneOffset.UTC));
            return write(path, expiry(doc, expiry), "expiry");
        }
        if (roll < 98) {
            List<String> aliases = new ArrayList<>();
            for (String alias : ALIASES) {
                if (random.nextInt(3) == 0) {
                    aliases.add(alias);
                }
            }
            return write(path, aliases(doc, aliases), "aliases " + aliases);
        }
        Duration step = Duration.ofHours(1 + random.nextInt(36));
        MovableClockAccess.advance(step);
        return "clock +" + step.toHours() + "h";
    }

    /** Undoes what may make a file fail (a broken front matter, a contested explicit slug or id). */
    String repair(String path) {
        Doc doc = files.get(path);
        if (doc == null) {
            return "repair of gone " + path;
        }
        Doc fixed = new Doc(
                doc.title(),
                doc.word(),
                null,
                null,
                doc.date(),
                doc.expiry(),
                doc.draft(),
                doc.tags(),
                doc.aliases(),
                doc.body(),
                false);
        return write(path, fixed, "repair");
    }

    private String create(String path) {
        String word = "w" + (++counter) + "z";
        Doc doc = new Doc(
                word + " " + WORDS.get(random.nextInt(WORDS.size())),
                word,
                random.nextInt(6) == 0 ? SLUGS.get(random.nextInt(SLUGS.size())) : null,
                random.nextInt(8) == 0 ? IDS.get(random.nextInt(IDS.size())) : null,
                randomDate(),
                null,
                random.nextInt(8) == 0,
                tags(),
                List.of(),
                body(word),
                false);
        return write(path, doc, "create");
    }

    /** A new file whose derived slug is the one an existing file has, in another folder. */
    private String collide() {
        String name = NAMES.get(random.nextInt(NAMES.size()));
        return create(pickPath(name));
    }

    private String write(String path, Doc doc, String what) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, doc.text(), StandardCharsets.UTF_8);
            files.put(path, doc);
            return what + " " + path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String move(String from, String to, boolean edit) {
        if (files.containsKey(to) || from.equals(to)) {
            return "no move " + from;
        }
        try {
            Path target = root.resolve(to);
            Files.createDirectories(target.getParent());
            Files.move(root.resolve(from), target);
            Doc doc = files.remove(from);
            files.put(to, doc);
            if (edit) {
                write(
                        to,
                        new Doc(
                                doc.title() + " moved",
                                doc.word(),
                                doc.slug(),
                                doc.id(),
                                doc.date(),
                                doc.expiry(),
                                doc.draft(),
                                doc.tags(),
                                doc.aliases(),
                                doc.body(),
                                doc.broken()),
                        "edit");
            }
            return (edit ? "move+edit " : "move ") + from + " -> " + to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String delete(String path) {
        try {
            Files.delete(root.resolve(path));
            files.remove(path);
            return "delete " + path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String pick() {
        List<String> paths = new ArrayList<>(files.keySet());
        return paths.get(random.nextInt(paths.size()));
    }

    private String newName() {
        return random.nextInt(3) == 0 ? NAMES.get(random.nextInt(NAMES.size())) : "post-" + (++counter);
    }

    /** A free path for a file called {@code name}: in a folder, or as a page bundle. */
    private String pickPath(String name) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String folder = FOLDERS.get(random.nextInt(FOLDERS.size()));
            String path = random.nextInt(6) == 0 ? folder + name + "/index.md" : folder + name + ".md";
            if (!files.containsKey(path) && files.keySet().stream().noneMatch(p -> p.startsWith(path + "/"))) {
                return path;
            }
        }
        return "z/" + name + "-" + (++counter) + ".md";
    }

    private static String fileName(String path) {
        String name = path.endsWith("/index.md") ? path.substring(0, path.length() - "/index.md".length()) : path;
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private String randomDate() {
        return switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 ->
                DATE_TIME.format(MovableClockAccess.now()
                        .plus(Duration.ofHours(1 + random.nextInt(60)))
                        .atOffset(ZoneOffset.UTC));
            case 2 -> "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            default -> "2025-0" + (1 + random.nextInt(9)) + "-0" + (1 + random.nextInt(9));
        };
    }

    private List<String> tags() {
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            tags.add(TAGS.get(random.nextInt(TAGS.size())));
        }
        return tags;
    }

    private String body(String word) {
        return "## " + WORDS.get(random.nextInt(WORDS.size())) + "\n\nThis post is about " + word + " and "
                + WORDS.get(random.nextInt(WORDS.size())) + ", " + WORDS.get(random.nextInt(WORDS.size())) + ".\n";
    }

    private static Doc broken(Doc d, boolean broken) {
        return new Doc(
                d.title(),
                d.word(),
                d.slug(),
                d.id(),
                d.date(),
                d.expiry(),
                d.draft(),
                d.tags(),
                d.aliases(),
                d.body(),
                broken);
    }

    private static Doc slug(Doc d, String slug) {
        return new Doc(
                d.title(),
                d.word(),
                slug,
                d.id(),
                d.date(),
                d.expiry(),
                d.draft(),
                d.tags(),
                d.aliases(),
                d.body(),
                d.broken());
    }

    private static Doc id(Doc d, String id) {
        return new Doc(
                d.title(),
                d.word(),
                d.slug(),
                id,
                d.date(),
                d.expiry(),
                d.draft(),
                d.tags(),
                d.aliases(),
                d.body(),
                d.broken());
    }

    private static Doc date(Doc d, String date) {
        return new Doc(
                d.title(),
                d.word(),
                d.slug(),
                d.id(),
                date,
                d.expiry(),
                d.draft(),
                d.tags(),
                d.aliases(),
                d.body(),
                d.broken());
    }

    private static Doc draft(Doc d, boolean draft) {
        return new Doc(
                d.title(),
                d.word(),
                d.slug(),
                d.id(),
                d.date(),
                d.expiry(),
                draft,
                d.tags(),
                d.aliases(),
                d.body(),
                d.broken());
    }

    private static Doc aliases(Doc d, List<String> aliases) {
        return new Doc(
                d.title(),
                d.word(),
                d.slug(),
                d.id(),
                d.date(),
                d.expiry(),
                d.draft(),
                d.tags(),
                aliases,
                d.body(),
                d.broken());
    }

    private static Doc expiry(Doc d, String expiry) {
        return new Doc(
                d.title(),
                d.word(),
                d.slug(),
                d.id(),
                d.date(),
                expiry,
                d.draft(),
                d.tags(),
                d.aliases(),
                d.body(),
                d.broken());
    }

    /** The clock the server reads; moved by the model to cross scheduled dates. */
    static final class MovableClockAccess {
        private MovableClockAccess() {}

        static Instant now() {
            return io.quire.support.MovableClock.now();
        }

        static void advance(Duration duration) {
            io.quire.support.MovableClock.advance(duration);
        }
    }
}
