package io.quire.content.plan;

import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.shared.Languages;
import io.quire.shared.Slugs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Who gets a contested public id or slug: one rule, computed from the claims of every post at once,
 * so that the same files give the same ids and slugs however they got into the database (a fresh
 * import, or any history of edits and incremental imports).
 *
 * <p>Ids are unique across the content root, slugs within each language: the election of a slug
 * runs among the posts of one language, and no language's slugs depend on another's. The post
 * published first keeps a contested key: the earliest date first, posts without a date after every
 * dated one, then path order. A later claimant of an explicit {@code id} or {@code slug} is refused
 * (an error for its file); a later claimant of a derived slug gets a suffix (a warning): the nearest
 * folder that tells it apart from the keeper ({@link #distinguishingFolder}), else {@code -2}, {@code
 * -3}, ... A suffix never takes a slug that some post of the language claims as its own. Ids without
 * an explicit one are generated from the path.
 *
 * <p>Why the first published post: its URL is the one readers have had longest, so a new file can
 * neither take it over nor make it depend on the order files were seen, and a rebuilt database
 * serves the same URLs (docs/content-format.md, "Slug collisions").
 */
public final class KeyElection {

    /** Generated ids stay below 2^53 so JavaScript reads them exactly. */
    static final long MAX_GENERATED_ID = (1L << 53) - 1;

    /**
     * The order in which claims win: earliest date (undated last), then path; posts an incomplete
     * scan did not see keep what they have, before all others.
     */
    public static final Comparator<Claim> FIRST_PUBLISHED = Comparator.comparing((Claim claim) -> !claim.unseen())
            .thenComparing(firstPublished(Claim::date, Claim::path));

    /** The order in which claims of anything win (ids, slugs, aliases): earliest date (undated last), then path. */
    public static <T> Comparator<T> firstPublished(Function<T, Instant> date, Function<T, String> path) {
        return Comparator.comparing(date, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                .thenComparing(path);
    }

    /**
     * What one version of one post claims.
     *
     * @param explicitId the front matter {@code id} as text ({@code 2} and {@code "2"} are one id), or null
     * @param explicitIdNumeric whether that id is a number
     * @param slug the slug the post asks for: its front matter slug, else the one derived from its
     *     path; empty when neither has letters or digits (the id then stands in)
     * @param lang the post's language: slugs are unique per language, ids across the content root
     * @param unseen a stored post whose file an incomplete scan did not see: it keeps its keys (an
     *     incomplete view of the folder never takes anything away)
     */
    public record Claim(
            String path,
            Instant date,
            String explicitId,
            boolean explicitIdNumeric,
            String slug,
            boolean slugExplicit,
            String lang,
            boolean unseen) {

        public Claim(
                String path,
                Instant date,
                String explicitId,
                boolean explicitIdNumeric,
                String slug,
                boolean slugExplicit,
                String lang) {
            this(path, date, explicitId, explicitIdNumeric, slug, slugExplicit, lang, false);
        }
    }

    /** What a claim got. */
    public sealed interface Outcome {}

    /**
     * @param warning why the slug is not the one claimed, or null
     */
    public record Elected(String publicId, boolean publicIdNumeric, String slug, ContentProblem warning)
            implements Outcome {}

    /** The claim lost an explicit id or slug to a post published earlier. */
    public record Refused(ContentProblem error) implements Outcome {}

    private KeyElection() {}

    /** The outcome of every claim (by identity), for one set of claims. */
    public static Map<Claim, Outcome> elect(List<Claim> claims) {
        List<Claim> ordered = new ArrayList<>(claims);
        ordered.sort(FIRST_PUBLISHED);
        Map<Claim, Outcome> outcomes = new IdentityHashMap<>();

        Map<String, Claim> idOwners = new HashMap<>();
        for (Claim claim : ordered) {
            if (claim.explicitId() != null) {
                Claim owner = idOwners.putIfAbsent(claim.explicitId(), claim);
                if (owner != null) {
                    outcomes.put(claim, new Refused(duplicate(claim, "id", claim.explicitId(), owner)));
                }
            }
        }
        Map<Claim, String> ids = new IdentityHashMap<>();
        Set<String> takenIds = new HashSet<>(idOwners.keySet());
        for (Claim claim : ordered) {
            if (claim.explicitId() != null && !outcomes.containsKey(claim)) {
                ids.put(claim, claim.explicitId());
            }
        }
        List<Claim> byPath = new ArrayList<>(claims);
        byPath.sort(Comparator.comparing(Claim::path));
        for (Claim claim : byPath) {
            if (claim.explicitId() == null) {
                ids.put(claim, generatedId(claim.path(), takenIds));
            }
        }

        Map<String, Claim> slugOwners = new HashMap<>();
        List<Claim> suffixed = new ArrayList<>();
        Map<Claim, String> bases = new IdentityHashMap<>();
        for (Claim claim : ordered) {
            if (outcomes.containsKey(claim)) {
                continue;
            }
            String base = claim.slug().isEmpty() ? Slugs.slugify(ids.get(claim)) : claim.slug();
            bases.put(claim, base);
            Claim owner = slugOwners.putIfAbsent(slugKey(claim.lang(), base), claim);
            if (owner == null) {
                outcomes.put(claim, elected(claim, ids.get(claim), base, null));
            } else if (claim.slugExplicit()) {
                outcomes.put(claim, new Refused(duplicate(claim, "slug", base, owner)));
            } else {
                suffixed.add(claim);
            }
        }
        Set<String> taken = new HashSet<>(slugOwners.keySet());
        for (Claim claim : suffixed) {
            String base = bases.get(claim);
            Claim owner = slugOwners.get(slugKey(claim.lang(), base));
            String slug = suffix(claim.lang(), base, distinguishingFolder(claim, owner), taken);
            outcomes.put(
                    claim,
                    elected(
                            claim,
                            ids.get(claim),
                            slug,
                            new ContentProblem(
                                    claim.path(),
                                    null,
                                    null,
                                    Severity.WARNING,
                                    "slug '" + base + "' is already used by " + owner.path()
                                            + "; this post is served as '" + slug + "'",
                                    "set a unique 'slug:' in the front matter to choose the URL yourself; a"
                                            + " contested slug belongs to the post published first")));
        }
        return outcomes;
    }

    /** Where slugs must be unique: within one language (the same slug in two languages is no collision). */
    private static String slugKey(String lang, String slug) {
        return lang + "\n" + slug;
    }

    /**
     * The folder that tells a later claimant of a derived slug apart from the post that keeps it: the
     * nearest folder of its path that the keeper's path does not have ({@code docs/setup/intro.md}
     * beside {@code docs/api/intro.md} is {@code setup}), leaving out the folder of a page bundle
     * (whose name the slug already is) and a locale folder of the post's language. Empty when every
     * folder is shared (two Jekyll posts of one name in {@code _posts/}): a number is added instead.
     * So a suffix never repeats folder names that add nothing.
     */
    static String distinguishingFolder(Claim claim, Claim owner) {
        List<String> mine = folders(claim);
        List<String> theirs = folders(owner);
        for (int i = mine.size() - 1; i >= 0; i--) {
            if (!theirs.contains(mine.get(i))) {
                return Slugs.slugify(mine.get(i));
            }
        }
        return "";
    }

    private static List<String> folders(Claim claim) {
        List<String> segments = new ArrayList<>(List.of(claim.path().split("/", -1)));
        String file = segments.remove(segments.size() - 1).toLowerCase(java.util.Locale.ROOT);
        if ((file.startsWith("index.")) && !segments.isEmpty()) {
            segments.remove(segments.size() - 1); // a page bundle: its folder is its name
        }
        if (!segments.isEmpty() && claim.lang().equals(Languages.ofName(segments.get(0)))) {
            segments.remove(0);
        }
        return segments;
    }

    private static Elected elected(Claim claim, String publicId, String slug, ContentProblem warning) {
        boolean numeric = claim.explicitId() == null || claim.explicitIdNumeric();
        return new Elected(publicId, numeric, slug, warning);
    }

    /** The first of {@code base-folder}, {@code base-2}, {@code base-3}, ... that no post of the language claims. */
    private static String suffix(String lang, String base, String folder, Set<String> taken) {
        List<String> candidates = new ArrayList<>();
        if (!folder.isEmpty()) {
            candidates.add(base + "-" + folder);
        }
        for (int n = 2; candidates.size() < 10_000; n++) {
            candidates.add(base + "-" + n);
        }
        for (String candidate : candidates) {
            String slug = Slugs.slugify(candidate);
            if (taken.add(slugKey(lang, slug))) {
                return slug;
            }
        }
        throw new IllegalStateException("no free slug for " + base);
    }

    private static ContentProblem duplicate(Claim claim, String key, String value, Claim owner) {
        return new ContentProblem(
                claim.path(),
                null,
                null,
                Severity.ERROR,
                "duplicate " + key + " '" + value + "': already used by " + owner.path(),
                "give this post another " + key + "; the post published first (the earliest date, undated"
                        + " after dated, then path order) keeps it");
    }

    /** A number derived from the path, so it survives re-imports and a rebuilt database. */
    private static String generatedId(String path, Set<String> taken) {
        long candidate = Math.floorMod(hash64(path), MAX_GENERATED_ID) + 1;
        while (!taken.add(Long.toString(candidate))) {
            candidate = candidate == MAX_GENERATED_ID ? 1 : candidate + 1;
        }
        return Long.toString(candidate);
    }

    private static long hash64(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xFF);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
