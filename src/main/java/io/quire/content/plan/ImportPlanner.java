package io.quire.content.plan;

import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.assemble.DescribedPost;
import io.quire.content.frontmatter.Slugs;
import io.quire.content.store.StoredPost;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 5 of an import: compares the files with what is stored and decides what to create, update
 * and delete. It also gives every post a unique public id and slug, seeing all files at once: posts
 * that did not change keep theirs; the others claim theirs in path order.
 */
public final class ImportPlanner {

    /** Generated ids stay below 2^53 so JavaScript reads them exactly. */
    static final long MAX_GENERATED_ID = (1L << 53) - 1;

    /**
     * @param scanComplete whether every file was seen; if not, stored posts whose files were not seen
     *     are kept rather than deleted
     */
    public ImportPlan plan(List<FileOutcome> outcomes, Map<String, StoredPost> stored, boolean scanComplete) {
        Map<String, String> idOwners = new HashMap<>();
        Map<String, String> slugOwners = new HashMap<>();
        Set<String> scannedPaths = new HashSet<>();
        List<ContentProblem> problems = new ArrayList<>();
        int unchanged = 0;
        int failed = 0;
        List<FileOutcome.Parsed> parsed = new ArrayList<>();

        for (FileOutcome outcome : outcomes) {
            scannedPaths.add(outcome.path());
            StoredPost previous = stored.get(outcome.path());
            if (outcome instanceof FileOutcome.Parsed p) {
                parsed.add(p);
                problems.addAll(p.post().warnings());
                continue;
            }
            if (outcome instanceof FileOutcome.Failed f) {
                failed++;
                problems.add(f.problem());
            } else {
                unchanged++;
            }
            // Unchanged files, and failed files with a last good version, keep their id and slug.
            if (previous != null) {
                idOwners.put(previous.publicId(), previous.path());
                slugOwners.put(previous.slug(), previous.path());
            }
        }

        if (!scanComplete) {
            for (StoredPost post : stored.values()) {
                if (!scannedPaths.contains(post.path())) {
                    idOwners.putIfAbsent(post.publicId(), post.path());
                    slugOwners.putIfAbsent(post.slug(), post.path());
                }
            }
        }

        List<ParsedClaim> claims = new ArrayList<>();
        for (FileOutcome.Parsed p : parsed) {
            DescribedPost post = p.post();
            StoredPost previous = stored.get(post.path());
            String explicitId =
                    post.explicitId() == null ? null : post.explicitId().toString();
            if (explicitId != null && !claim(idOwners, explicitId, post.path())) {
                failed++;
                problems.add(duplicate(post, "id", explicitId, idOwners.get(explicitId)));
                keepPrevious(previous, idOwners, slugOwners);
                continue;
            }
            if (post.slugExplicit() && !post.slug().isEmpty() && !claim(slugOwners, post.slug(), post.path())) {
                failed++;
                problems.add(duplicate(post, "slug", post.slug(), slugOwners.get(post.slug())));
                if (explicitId != null) {
                    idOwners.remove(explicitId);
                }
                keepPrevious(previous, idOwners, slugOwners);
                continue;
            }
            claims.add(new ParsedClaim(post, previous, explicitId));
        }

        List<PlannedPost> creates = new ArrayList<>();
        List<PlannedPost> updates = new ArrayList<>();
        for (ParsedClaim claim : claims) {
            DescribedPost post = claim.post();
            String publicId = claim.explicitId();
            boolean numeric = post.explicitId() instanceof Long;
            if (publicId == null) {
                publicId = generatedId(post.path(), idOwners);
                numeric = true;
            }
            String slug = post.slug();
            if (!post.slugExplicit() || slug.isEmpty()) {
                slug = uniqueSlug(post, publicId, slugOwners, problems);
            }
            PlannedPost planned = new PlannedPost(post, publicId, numeric, slug, claim.previous());
            (claim.previous() == null ? creates : updates).add(planned);
        }

        List<StoredPost> removed = new ArrayList<>();
        for (StoredPost post : stored.values()) {
            if (scanComplete && !scannedPaths.contains(post.path())) {
                removed.add(post);
            }
        }
        List<StoredPost> deletes = followMoves(removed, creates, updates);
        return new ImportPlan(creates, updates, deletes, unchanged, failed, problems);
    }

    /**
     * A new file that has the bytes, or the explicit id, of a file that is gone is that post moved:
     * it updates the stored post instead of replacing it, so its old slug keeps redirecting.
     *
     * @return the removed posts that really are gone
     */
    private static List<StoredPost> followMoves(
            List<StoredPost> removed, List<PlannedPost> creates, List<PlannedPost> updates) {
        if (removed.isEmpty() || creates.isEmpty()) {
            return removed;
        }
        Map<String, StoredPost> byHash = new HashMap<>();
        Map<String, StoredPost> byId = new HashMap<>();
        for (StoredPost post : removed) {
            byHash.putIfAbsent(post.contentHash(), post);
            byId.putIfAbsent(post.publicId(), post);
        }
        Set<Long> moved = new HashSet<>();
        List<PlannedPost> stillNew = new ArrayList<>();
        for (PlannedPost create : creates) {
            StoredPost origin = byHash.get(create.post().contentHash());
            if (origin == null || moved.contains(origin.id())) {
                origin = create.post().explicitId() == null ? null : byId.get(create.publicId());
            }
            if (origin != null && moved.add(origin.id())) {
                updates.add(new PlannedPost(
                        create.post(), create.publicId(), create.publicIdNumeric(), create.slug(), origin));
            } else {
                stillNew.add(create);
            }
        }
        creates.clear();
        creates.addAll(stillNew);
        return removed.stream().filter(post -> !moved.contains(post.id())).toList();
    }

    private record ParsedClaim(DescribedPost post, StoredPost previous, String explicitId) {}

    private static boolean claim(Map<String, String> owners, String key, String path) {
        String owner = owners.putIfAbsent(key, path);
        return owner == null || owner.equals(path);
    }

    private static void keepPrevious(
            StoredPost previous, Map<String, String> idOwners, Map<String, String> slugOwners) {
        if (previous != null) {
            idOwners.putIfAbsent(previous.publicId(), previous.path());
            slugOwners.putIfAbsent(previous.slug(), previous.path());
        }
    }

    private static ContentProblem duplicate(DescribedPost post, String key, String value, String owner) {
        return new ContentProblem(
                post.path(),
                null,
                null,
                Severity.ERROR,
                "duplicate " + key + " '" + value + "': already used by " + owner,
                "give this post another " + key + "; the file that comes first in path order keeps it");
    }

    /** A number derived from the path, so it survives re-imports and a rebuilt database. */
    private static String generatedId(String path, Map<String, String> idOwners) {
        long candidate = Math.floorMod(hash64(path), MAX_GENERATED_ID) + 1;
        while (!claim(idOwners, Long.toString(candidate), path)) {
            candidate = candidate == MAX_GENERATED_ID ? 1 : candidate + 1;
        }
        return Long.toString(candidate);
    }

    /**
     * A derived slug that another post already has is made unique from the file's folder (so {@code
     * en/intro.md} and {@code fr/intro.md} both survive), then with a counter.
     */
    private static String uniqueSlug(
            DescribedPost post, String publicId, Map<String, String> slugOwners, List<ContentProblem> problems) {
        String base = post.slug().isEmpty() ? Slugs.slugify(publicId) : post.slug();
        if (claim(slugOwners, base, post.path())) {
            return base;
        }
        List<String> candidates = new ArrayList<>();
        int slash = post.path().lastIndexOf('/');
        if (slash > 0) {
            String folder = Slugs.slugify(post.path().substring(0, slash));
            if (!folder.isEmpty()) {
                candidates.add(base + "-" + folder);
            }
        }
        for (int n = 2; candidates.size() < 1000; n++) {
            candidates.add(base + "-" + n);
        }
        for (String candidate : candidates) {
            if (claim(slugOwners, candidate, post.path())) {
                problems.add(new ContentProblem(
                        post.path(),
                        null,
                        null,
                        Severity.WARNING,
                        "slug '" + base + "' is already used by " + slugOwners.get(base) + "; this post is served as '"
                                + candidate + "'",
                        "set a unique 'slug:' in the front matter to choose the URL yourself"));
                return candidate;
            }
        }
        throw new IllegalStateException("no free slug for " + post.path());
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
