package io.quire.content.frontmatter;

import io.quire.content.ContentException;
import io.quire.content.ContentProblem;
import io.quire.shared.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The field rules of front matter: one mapping's entries into {@link PostMetadata}.
 *
 * <p>Canonical keys and the keys they also accept, first present (non-empty) one wins:
 *
 * <ul>
 *   <li>consumed, not in {@code extra}: {@code id}, {@code title}, {@code slug}, {@code date},
 *       {@code updated}, {@code excerpt}, {@code tags}, {@code featured}, {@code readTime};
 *   <li>kept in {@code extra} under their own names as well: the alternative keys ({@code
 *       publishDate}, {@code published}, {@code pubDate}, {@code lastmod}, {@code lastModified},
 *       {@code modified}, {@code description}, {@code summary}, {@code tag}, {@code keywords}) and
 *       {@code draft}, {@code aliases}, {@code expiryDate}/{@code expirydate}/{@code expires},
 *       {@code author}/{@code authors}. The date key that supplied a date is kept with the
 *       normalised ISO text.
 * </ul>
 *
 * Keys match exactly (case-sensitive). Keys naming fields Quire computes ({@link #COMPUTED_KEYS}) are
 * dropped with a warning. Wrong-typed canonical values are warnings (the value is ignored), except
 * {@code id} and the dates, which are errors. One instance reads one mapping.
 */
final class FrontMatterFields {

    /**
     * Longest explicit {@code id}, {@code readTime} and tag name, in characters: what the database
     * stores them in (a longer value would fail the whole import's transaction, not just its file).
     */
    static final int MAX_ID_LENGTH = 200;

    static final int MAX_READ_TIME_LENGTH = 200;
    static final int MAX_TAG_LENGTH = 200;

    /** Fields the API computes; front matter keys with these names are dropped with a warning. */
    static final Set<String> COMPUTED_KEYS =
            Set.of("html", "toc", "wordCount", "readingMinutes", "prev", "next", "markdown", "related", "frontMatter");

    static final List<String> DATE_KEYS = List.of("date", "publishDate", "published", "pubDate");
    static final List<String> UPDATED_KEYS = List.of("updated", "lastmod", "lastModified", "modified");
    static final List<String> EXPIRY_KEYS = List.of("expiryDate", "expirydate", "expires");
    static final List<String> EXCERPT_KEYS = List.of("excerpt", "description", "summary");
    static final List<String> TAG_KEYS = List.of("tags", "tag", "keywords");
    static final List<String> AUTHOR_KEYS = List.of("author", "authors");

    /** Canonical keys: read into typed fields and left out of {@code extra}. */
    static final Set<String> CONSUMED_KEYS =
            Set.of("id", "title", "slug", "date", "updated", "excerpt", "tags", "featured", "readTime");

    private static final String ID_MESSAGE = "id must be a positive integer or a string";

    private final YamlValues values;
    private final List<YamlValues.Entry> entries;
    private final List<ContentProblem> warnings;
    private final Map<String, YamlValues.Entry> byKey = new LinkedHashMap<>();
    /** Alternative date keys that supplied a date: kept in extra with the normalised text. */
    private final Map<String, String> normalisedDates = new LinkedHashMap<>();

    FrontMatterFields(YamlValues values, List<YamlValues.Entry> entries, List<ContentProblem> warnings) {
        this.values = values;
        this.entries = entries;
        this.warnings = warnings;
        for (YamlValues.Entry entry : entries) {
            byKey.put(entry.key(), entry);
        }
    }

    PostMetadata read(long expandedBytes) throws ContentException {
        Object id = id(byKey.get("id"));
        String title = text(first(List.of("title")));
        String slug = slug(first(List.of("slug")));
        DateValue date = date(DATE_KEYS);
        DateValue updated = date(UPDATED_KEYS);
        DateValue expiryDate = date(EXPIRY_KEYS);
        String excerpt = text(first(EXCERPT_KEYS));
        List<String> tags = tags(first(TAG_KEYS));
        boolean featured = flag(byKey.get("featured"));
        boolean draft = flag(byKey.get("draft"));
        YamlValues.Entry published = byKey.get("published");
        if (published != null && isFlag(published.valueNode()) && !flag(published)) {
            draft = true;
        }
        List<String> aliases = aliases(byKey.get("aliases"));
        String readTime = readTime(first(List.of("readTime")));

        LinkedHashMap<String, Object> extra = new LinkedHashMap<>();
        for (YamlValues.Entry entry : entries) {
            String key = entry.key();
            if (CONSUMED_KEYS.contains(key)) {
                continue;
            }
            if (COMPUTED_KEYS.contains(key)) {
                values.warn(
                        entry.keyNode(),
                        "front matter key '" + key + "' is computed by Quire; your value is ignored",
                        "rename the key if your front-end needs this value");
                continue;
            }
            extra.put(
                    key,
                    normalisedDates.containsKey(key) ? normalisedDates.get(key) : values.toJson(entry.valueNode()));
        }
        Object authors = null;
        for (String key : AUTHOR_KEYS) {
            if (extra.get(key) != null) {
                authors = extra.get(key);
                break;
            }
        }
        List<ContentProblem> sorted = new ArrayList<>(warnings);
        sorted.sort(Comparator.comparing(ContentProblem::line, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ContentProblem::column, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new PostMetadata(
                id,
                slug,
                title,
                date,
                updated,
                expiryDate,
                excerpt,
                tags,
                featured,
                draft,
                aliases,
                readTime,
                authors,
                extra,
                sorted,
                expandedBytes);
    }

    /** The first of {@code keys} with a non-empty value, or null. */
    private YamlValues.Entry first(List<String> keys) {
        for (String key : keys) {
            YamlValues.Entry entry = byKey.get(key);
            if (entry != null && !isEmpty(entry.valueNode())) {
                return entry;
            }
        }
        return null;
    }

    private static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar
                && (scalar.getTag().equals(Tag.NULL)
                        || (scalar.getTag().equals(Tag.STR) && scalar.getValue().isBlank()));
    }

    private Object id(YamlValues.Entry entry) throws ContentException {
        if (entry == null || isNull(entry.valueNode())) {
            return null;
        }
        String hint = "write a number such as id: 42, or text such as id: my-first-post";
        if (entry.valueNode() instanceof ScalarNode scalar) {
            if (scalar.getTag().equals(Tag.INT)) {
                Number number = values.integer(scalar);
                if (number instanceof Long id && id > 0) {
                    return id;
                }
            } else if (scalar.getTag().equals(Tag.STR) && !scalar.getValue().isBlank()) {
                String id = scalar.getValue().strip();
                if (id.length() > MAX_ID_LENGTH) {
                    throw values.error(
                            entry.keyNode(),
                            "id is longer than " + MAX_ID_LENGTH + " characters",
                            "use a short id such as id: my-first-post");
                }
                return id;
            }
        }
        throw values.error(entry.keyNode(), ID_MESSAGE, hint);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    /** A scalar as written (numbers and booleans included), or null; lists and maps warn. */
    private String text(YamlValues.Entry entry) {
        if (entry == null) {
            return null;
        }
        if (entry.valueNode() instanceof ScalarNode scalar) {
            return isEmpty(scalar) ? null : scalar.getValue();
        }
        values.warn(
                entry.keyNode(),
                "'" + entry.key() + "' should be text, not a " + kind(entry.valueNode()) + "; it was ignored",
                "write " + entry.key() + ": followed by the text, quoted if it contains ': '");
        return null;
    }

    private String readTime(YamlValues.Entry entry) {
        String written = text(entry);
        if (written != null && written.length() > MAX_READ_TIME_LENGTH) {
            values.warn(
                    entry.keyNode(),
                    "'readTime' is longer than " + MAX_READ_TIME_LENGTH + " characters; it was ignored",
                    "write a short reading time such as readTime: 5 min");
            return null;
        }
        return written;
    }

    private String slug(YamlValues.Entry entry) {
        String written = text(entry);
        if (written == null) {
            return null;
        }
        String slug = Slugs.slugify(written);
        if (slug.isEmpty()) {
            values.warn(
                    entry.keyNode(),
                    "slug '" + written + "' has no letters or digits; it was ignored",
                    "write a slug such as my-first-post");
            return null;
        }
        return slug;
    }

    private DateValue date(List<String> keys) throws ContentException {
        for (String key : keys) {
            YamlValues.Entry entry = byKey.get(key);
            if (entry == null || isEmpty(entry.valueNode())) {
                continue;
            }
            if (key.equals("published") && isFlag(entry.valueNode())) {
                continue; // published: true/false is the draft flag
            }
            DateValue date = parseDate(entry);
            if (!CONSUMED_KEYS.contains(key)) {
                normalisedDates.put(key, date.text());
            }
            return date;
        }
        return null;
    }

    private DateValue parseDate(YamlValues.Entry entry) throws ContentException {
        Node node = entry.valueNode();
        String hint = Dates.ACCEPTED_FORMS;
        if (node instanceof ScalarNode scalar
                && (scalar.getTag().equals(Tag.STR) || scalar.getTag().equals(Tag.TIMESTAMP))) {
            try {
                return Dates.parse(scalar.getValue());
            } catch (Dates.InvalidDate e) {
                throw values.error(entry.keyNode(), entry.key() + " " + e.getMessage(), hint);
            }
        }
        String what = node instanceof ScalarNode scalar ? "'" + scalar.getValue() + "'" : "a " + kind(node);
        throw values.error(entry.keyNode(), entry.key() + " " + what + " is not a date", hint);
    }

    /** A flag by {@link FrontMatterBooleans#flag}. */
    private static boolean isFlag(Node node) {
        return FrontMatterBooleans.flag(node) != null;
    }

    private boolean flag(YamlValues.Entry entry) {
        if (entry == null || isEmpty(entry.valueNode())) {
            return false;
        }
        Boolean value = FrontMatterBooleans.flag(entry.valueNode());
        if (value == null) {
            values.warn(
                    entry.keyNode(),
                    "'" + entry.key() + "' should be true or false; it was read as false",
                    "write " + entry.key() + ": true or " + entry.key() + ": false");
            return false;
        }
        return value;
    }

    private List<String> tags(YamlValues.Entry entry) {
        if (entry == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Node node = entry.valueNode();
        if (node instanceof ScalarNode scalar) {
            names.addAll(List.of(scalar.getValue().split(",")));
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    if (!isNull(scalar)) {
                        names.add(scalar.getValue());
                    }
                } else {
                    values.warn(
                            item,
                            "a tag must be a name, not a " + kind(item) + "; it was dropped",
                            "list tags as names: tags: [java, yaml]");
                }
            }
        } else {
            values.warn(
                    entry.keyNode(),
                    "'" + entry.key() + "' should be a list of names, not a map; it was ignored",
                    "list tags as names: tags: [java, yaml]");
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> tags = new ArrayList<>();
        for (String name : names) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String slug = Slugs.slugify(trimmed);
            if (slug.isEmpty()) {
                values.warn(
                        entry.keyNode(),
                        "tag '" + trimmed + "' has no letters or digits; it was dropped",
                        "give the tag a name with letters or digits");
                continue;
            }
            if (trimmed.length() > MAX_TAG_LENGTH) {
                values.warn(
                        entry.keyNode(),
                        "a tag is longer than " + MAX_TAG_LENGTH + " characters; it was dropped",
                        "give the tag a short name");
                continue;
            }
            if (seen.add(slug)) {
                tags.add(trimmed);
            }
        }
        return tags;
    }

    private List<String> aliases(YamlValues.Entry entry) {
        if (entry == null) {
            return List.of();
        }
        List<String> aliases = new ArrayList<>();
        Node node = entry.valueNode();
        if (node instanceof ScalarNode scalar) {
            if (!isEmpty(scalar)) {
                aliases.add(scalar.getValue().strip());
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    if (!isEmpty(scalar)) {
                        aliases.add(scalar.getValue().strip());
                    }
                } else {
                    values.warn(
                            item,
                            "an alias must be a slug or path, not a " + kind(item) + "; it was dropped",
                            "list aliases as text: aliases: [old-slug, /2019/old-path/]");
                }
            }
        } else {
            values.warn(
                    entry.keyNode(),
                    "'aliases' should be a list, not a map; it was ignored",
                    "list aliases as text: aliases: [old-slug, /2019/old-path/]");
        }
        return aliases;
    }

    private static String kind(Node node) {
        return node instanceof SequenceNode ? "list" : node instanceof MappingNode ? "map" : "value";
    }
}
