package io.quire.content.plan;

import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.assemble.DescribedPost;
import io.quire.content.frontmatter.DateValue;
import io.quire.content.plan.ImportPlan.Rekey;
import io.quire.content.plan.KeyElection.Claim;
import io.quire.content.plan.KeyElection.Elected;
import io.quire.content.plan.KeyElection.Outcome;
import io.quire.content.plan.KeyElection.Refused;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 4 (plan) of an import, after the front matter of every file was read and before any body is
 * rendered: compares the files with what is stored and decides what to create, update,
 * rekey and delete. Public ids and slugs are elected by {@link KeyElection} over the claims of every
 * post at once: the new version of each changed file, and the stored version of every other one
 * (unchanged files, files that failed and keep their last good version, and files an incomplete
 * scan did not see). So the keys depend on the files alone, not on the order they were imported in.
 */
public final class ImportPlanner {

    /**
     * One post in the election: the new version of a changed file, or a stored version.
     *
     * @param parsed the new version, or null for a stored one
     * @param stored the stored version: the one the new version replaces, or the one that stays
     */
    private record Candidate(Claim claim, DescribedPost parsed, StoredPost stored) {}

    /**
     * @param scanComplete whether every file was seen; if not, stored posts whose files were not seen
     *     are kept rather than deleted
     */
    public ImportPlan plan(List<FileOutcome> outcomes, Map<String, StoredPost> stored, boolean scanComplete) {
        Set<String> scannedPaths = new HashSet<>();
        Set<String> failedPaths = new HashSet<>();
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, Candidate> candidates = new LinkedHashMap<>();

        for (FileOutcome outcome : outcomes) {
            scannedPaths.add(outcome.path());
            StoredPost previous = stored.get(outcome.path());
            if (outcome instanceof FileOutcome.Parsed p) {
                problems.addAll(p.post().warnings());
                candidates.put(p.path(), parsed(p.post(), previous));
                continue;
            }
            if (outcome instanceof FileOutcome.Failed f) {
                failedPaths.add(f.path());
                problems.add(f.problem());
            }
            if (previous != null) {
                candidates.put(previous.path(), stored(previous, false));
            }
        }
        if (!scanComplete) {
            for (StoredPost post : stored.values()) {
                if (!scannedPaths.contains(post.path())) {
                    candidates.put(post.path(), stored(post, true));
                }
            }
        }

        // A new version that loses an explicit id or slug is an error for its file, whose last good
        // version stays and takes part in the election instead (a file has one stored version, so this
        // ends).
        Map<Claim, Outcome> elected;
        while (true) {
            elected = KeyElection.elect(
                    candidates.values().stream().map(Candidate::claim).toList());
            boolean replaced = false;
            for (Candidate candidate : List.copyOf(candidates.values())) {
                if (candidate.parsed() != null && elected.get(candidate.claim()) instanceof Refused refused) {
                    failedPaths.add(candidate.claim().path());
                    problems.add(refused.error());
                    if (candidate.stored() != null) {
                        candidates.put(candidate.claim().path(), stored(candidate.stored(), false));
                        replaced = true;
                    } else {
                        candidates.remove(candidate.claim().path());
                    }
                }
            }
            if (!replaced) {
                break;
            }
        }

        List<PlannedPost> creates = new ArrayList<>();
        List<PlannedPost> updates = new ArrayList<>();
        List<Rekey> rekeys = new ArrayList<>();
        List<StoredPost> evictions = new ArrayList<>();
        Set<String> changedPaths = new HashSet<>();
        for (Candidate candidate : candidates.values()) {
            Outcome outcome = elected.get(candidate.claim());
            if (outcome instanceof Refused refused) {
                // Only a stored version gets here: its file did not change, or failed, but a post
                // published earlier now has its explicit id or slug.
                evictions.add(candidate.stored());
                problems.add(evicted(refused.error()));
                if (scannedPaths.contains(candidate.claim().path())) {
                    failedPaths.add(candidate.claim().path());
                }
                continue;
            }
            Elected keys = (Elected) outcome;
            if (keys.warning() != null) {
                problems.add(keys.warning());
            }
            if (candidate.parsed() != null) {
                PlannedPost planned = new PlannedPost(
                        candidate.parsed(), keys.publicId(), keys.publicIdNumeric(), keys.slug(), candidate.stored());
                (candidate.stored() == null ? creates : updates).add(planned);
                changedPaths.add(candidate.claim().path());
            } else if (!candidate.stored().publicId().equals(keys.publicId())
                    || !candidate.stored().slug().equals(keys.slug())) {
                rekeys.add(new Rekey(candidate.stored(), keys.publicId(), keys.publicIdNumeric(), keys.slug()));
                changedPaths.add(candidate.claim().path());
            }
        }

        int unchanged = 0;
        for (FileOutcome outcome : outcomes) {
            if (!failedPaths.contains(outcome.path()) && !changedPaths.contains(outcome.path())) {
                unchanged++;
            }
        }
        List<StoredPost> removed = new ArrayList<>();
        for (StoredPost post : stored.values()) {
            if (scanComplete && !scannedPaths.contains(post.path())) {
                removed.add(post);
            }
        }
        List<StoredPost> deletes = followMoves(removed, creates, updates);
        return new ImportPlan(creates, updates, rekeys, deletes, evictions, unchanged, failedPaths.size(), problems);
    }

    private static Candidate parsed(DescribedPost post, StoredPost previous) {
        Object explicitId = post.explicitId();
        DateValue date = post.date();
        return new Candidate(
                new Claim(
                        post.path(),
                        date == null ? null : date.instant(),
                        explicitId == null ? null : explicitId.toString(),
                        explicitId instanceof Long,
                        post.slug(),
                        post.slugExplicit(),
                        post.language().lang()),
                post,
                previous);
    }

    /** @param unseen its file was not seen by an incomplete scan */
    private static Candidate stored(StoredPost post, boolean unseen) {
        return new Candidate(
                new Claim(
                        post.path(),
                        post.publishedAt(),
                        unseen || post.publicIdExplicit() ? post.publicId() : null,
                        post.publicIdNumeric(),
                        unseen ? post.slug() : post.slugClaim(),
                        unseen || post.slugExplicit(),
                        post.lang(),
                        unseen),
                null,
                post);
    }

    /** The error of a stored post that loses its explicit id or slug: it is removed until that changes. */
    private static ContentProblem evicted(ContentProblem refusal) {
        return new ContentProblem(
                refusal.path(),
                refusal.line(),
                refusal.column(),
                Severity.ERROR,
                refusal.message() + ", a post published earlier; this post is not served until that changes",
                refusal.hint());
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
}
