package io.quire.content.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quire.content.ContentProblem;
import io.quire.content.ContentState;
import io.quire.content.StageTimes;
import io.quire.content.VersionNotifications;
import io.quire.content.asset.AssetPlan;
import io.quire.content.plan.AssembledPost;
import io.quire.content.plan.ImportPlan;
import io.quire.content.plan.ImportPlan.Rekey;
import io.quire.content.plan.PlannedPost;
import io.quire.content.plan.StoredPost;
import io.quire.link.ContentPaths;
import io.quire.link.LinkResolver;
import io.quire.post.domain.Post;
import io.quire.post.domain.PostBody;
import io.quire.tag.domain.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.hibernate.StatelessSession;
import org.jboss.logging.Logger;

/**
 * Stage 7 (store) of an import: writes a plan in one transaction, so readers see the content before the
 * import or after it, never a mix. This class is the transaction script (deletes, chunks of rows,
 * rekeys, the version bump); each rule it applies has a class of its own: {@link KeyParking} (slugs and
 * ids that change hands), {@link PostRows} (row mapping), {@link PostTags} (tags and their display
 * names), {@link Aliases} (redirects), {@link Tombstones} (deleted ids for sync, and their pruning),
 * {@link AssetStore} (assets and links).
 */
@ApplicationScoped
public class PostStore {

    private static final Logger LOG = Logger.getLogger(PostStore.class);

    /** A first import of a large folder on a slow disk may take minutes; the default timeout is one. */
    private static final int IMPORT_TIMEOUT_SECONDS = 1800;

    private final EntityManager em;
    private final StatelessSession rows;
    private final PostRows postRows;
    private final PostTags tags;
    private final Aliases aliases;
    private final KeyParking keys;
    private final Tombstones tombstones;
    private final AssetStore assets;
    private final VersionNotifications notifications;
    private final BodyGenerations bodies;

    public PostStore(
            EntityManager em,
            StatelessSession rows,
            ObjectMapper json,
            PostTags tags,
            Aliases aliases,
            KeyParking keys,
            Tombstones tombstones,
            AssetStore assets,
            VersionNotifications notifications,
            BodyGenerations bodies) {
        this.em = em;
        this.rows = rows;
        this.postRows = new PostRows(json);
        this.tags = tags;
        this.aliases = aliases;
        this.keys = keys;
        this.tombstones = tombstones;
        this.assets = assets;
        this.notifications = notifications;
        this.bodies = bodies;
    }

    /** Every stored post by its source path. */
    @Transactional
    public Map<String, StoredPost> index() {
        Map<String, StoredPost> index = new HashMap<>();
        em.createQuery(
                        "select new io.quire.content.plan.StoredPost(p.id, p.sourcePath, p.publicId,"
                                + " p.publicIdNumeric, p.publicIdExplicit, p.slug, p.slugClaim, p.slugExplicit,"
                                + " p.publishedAt, p.contentHash, p.draft, p.expiresAt, p.changedAt,"
                                + " p.changedVersion, p.exposedVersion, p.exposedSlug, p.lang) from Post p",
                        StoredPost.class)
                .getResultStream()
                .forEach(post -> index.put(post.path(), post));
        return index;
    }

    /**
     * Renders and writes the plan chunk by chunk and moves the shared content version.
     *
     * @param changedAt when this import runs: the time of its writes and deletions
     * @param contentModified when the files last changed, as the content root's modification times
     *     tell (null if unknown): what the content version is dated (Last-Modified), so that a
     *     database rebuilt from unchanged files dates the same content the same
     *
     * <p>Post rows are written with a {@link StatelessSession} in JDBC batches: an entity manager would
     * load each updated post (its HTML, Markdown and text) only to overwrite it, and keep every
     * written post for dirty checking. What the plan knows of the stored posts is enough.
     */
    @Transactional
    @TransactionConfiguration(timeout = IMPORT_TIMEOUT_SECONDS)
    public StoreResult apply(
            ImportPlan plan, AssetPlan assetPlan, PostAssembly assembly, Instant changedAt, Instant contentModified) {
        StageTimes times = new StageTimes();
        ContentState state = em.find(ContentState.class, ContentState.ROW);
        long version = state.version + 1;
        delete(plan.deletes(), version, changedAt);
        delete(plan.evictions(), version, changedAt);
        times.lap("deletes");
        assets.apply(assetPlan);
        Set<Long> parked = keys.park(plan.updates(), plan.rekeys());
        times.lap("assets and parked keys");

        Map<String, Tag> knownTags = tags.bySlug();
        List<List<PlannedPost>> chunks = Chunks.of(plan.updates());
        chunks.addAll(Chunks.of(plan.creates()));
        List<WrittenPost> written = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        List<StoredPost> failedUpdates = new ArrayList<>();
        int failedCreates = 0;
        CompletableFuture<List<AssembledPost>> next = chunks.isEmpty() ? null : assembly.start(chunks.get(0));
        for (int i = 0; i < chunks.size(); i++) {
            List<AssembledPost> chunk = next.join();
            times.lap("waiting for render (5, 6)");
            if (i + 1 < chunks.size()) {
                next = assembly.start(chunks.get(i + 1));
            }
            List<AssembledPost> ready = new ArrayList<>(chunk.size());
            for (AssembledPost assembled : chunk) {
                if (!assembled.failed()) {
                    ready.add(assembled);
                    problems.addAll(assembled.post().warnings());
                    continue;
                }
                problems.add(assembled.failure());
                if (assembled.planned().previous() == null) {
                    failedCreates++;
                } else {
                    failedUpdates.add(assembled.planned().previous());
                }
            }
            write(ready, version, changedAt, knownTags, written, times);
        }
        rekey(plan.rekeys(), version, changedAt, written);
        times.lap("rekeys");
        for (StoredPost taken : keys.giveBack(failedUpdates, parked)) {
            delete(List.of(taken), version, changedAt);
            problems.add(KeyParking.removed(taken));
        }
        aliases.write(written, problems);
        em.flush();
        times.lap("aliases");
        assets.touchLinkingPosts(changedTargets(plan, assetPlan, written), version);
        times.lap("linking posts");
        tags.refreshDisplayNames();
        times.lap("tag names");
        state.changedAt = contentDate(state, changedAt, contentModified);
        state.version = version;
        // Delivered to every listening instance when this transaction commits, and only then.
        notifications.announce(em, version);
        tombstones.prune(state, changedAt);
        times.lap("version, tombstones");
        LOG.debugf("Stored version %d (before the commit): %s", version, times);
        return new StoreResult(problems, failedCreates, failedUpdates.size(), version);
    }

    /**
     * The date of the new content: when its files last changed (never later than now), so that it
     * does not depend on when the database was built. Only if that is not after the date of the
     * previous version (files restored with old modification times) is it the time of this import,
     * so that the date still moves forward and no client is told "not modified" about new content.
     */
    static Instant contentDate(ContentState previous, Instant importedAt, Instant contentModified) {
        Instant files = contentModified == null || contentModified.isAfter(importedAt) ? importedAt : contentModified;
        if (previous.version == 0 || files.isAfter(previous.changedAt)) {
            return files;
        }
        return importedAt;
    }

    /**
     * Writes one chunk: all updates or all new posts. A post whose public id changes leaves a tombstone
     * for sync clients that know it by the old one.
     */
    private void write(
            List<AssembledPost> chunk,
            long version,
            Instant changedAt,
            Map<String, Tag> knownTags,
            List<WrittenPost> written,
            StageTimes times) {
        if (chunk.isEmpty()) {
            return;
        }
        List<Post> posts = new ArrayList<>(chunk.size());
        List<PostBody> rendered = new ArrayList<>(chunk.size());
        for (AssembledPost assembled : chunk) {
            posts.add(postRows.post(assembled, version, changedAt));
            rendered.add(postRows.body(assembled.post()));
        }
        if (chunk.get(0).planned().previous() == null) {
            bodies.writeNew(rendered);
            times.lap("body rows");
            for (int i = 0; i < posts.size(); i++) {
                posts.get(i).bodyId = rendered.get(i).id;
            }
            rows.insertMultiple(posts);
            times.lap("post rows");
        } else {
            List<Long> ids = new ArrayList<>(chunk.size());
            for (AssembledPost assembled : chunk) {
                StoredPost previous = assembled.planned().previous();
                ids.add(previous.id());
                if (!previous.publicId().equals(assembled.planned().publicId())) {
                    tombstones.write(previous, version, changedAt);
                }
            }
            aliases.dropClaims(ids);
            writeChangedBodies(posts, rendered);
            times.lap("body rows");
            rows.updateMultiple(posts);
            times.lap("post rows");
        }
        boolean replacing = chunk.get(0).planned().previous() != null;
        tags.write(chunk, posts, knownTags, replacing);
        times.lap("tags");
        Map<Long, List<String>> links = new HashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            links.put(posts.get(i).id, chunk.get(i).post().links());
        }
        assets.writeLinks(links, replacing);
        times.lap("links");
        for (int i = 0; i < chunk.size(); i++) {
            AssembledPost assembled = chunk.get(i);
            Post post = posts.get(i);
            StoredPost previous = assembled.planned().previous();
            written.add(new WrittenPost(
                    post.id,
                    post.slug,
                    post.sourcePath,
                    previous == null ? null : previous.slug(),
                    aliases.claim(post.id, assembled.post().aliases())));
        }
    }

    /**
     * Points each updated post at its body: the stored one if it holds the same (its front matter's
     * layout changed, or a rendering setting that does not touch it), which costs no body write, the
     * largest row an update writes; else a new row written outside this transaction, the stored one
     * retired with this transaction.
     */
    private void writeChangedBodies(List<Post> posts, List<PostBody> rendered) {
        Map<Long, BodyGenerations.Current> stored =
                bodies.current(posts.stream().map(post -> post.id).toList());
        List<PostBody> changed = new ArrayList<>();
        List<Long> replaced = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            BodyGenerations.Current current = stored.get(posts.get(i).id);
            if (current != null && rendered.get(i).bodyHash.equals(current.hash())) {
                posts.get(i).bodyId = current.bodyId();
                continue;
            }
            changed.add(rendered.get(i));
            if (current != null) {
                replaced.add(current.bodyId());
            }
        }
        bodies.writeNew(changed);
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i).bodyId == null) {
                posts.get(i).bodyId = rendered.get(i).id;
            }
        }
        bodies.retire(replaced);
    }

    /**
     * The paths and names whose posts or assets appeared, changed or went in this import: posts whose
     * links lead there answer differently now.
     */
    private static List<String> changedTargets(ImportPlan plan, AssetPlan assetPlan, List<WrittenPost> written) {
        Set<String> targets = new HashSet<>(assetPlan.changedPaths());
        for (WrittenPost post : written) {
            targets.add(post.path());
            targets.add(LinkResolver.stemKey(ContentPaths.stem(post.path())));
        }
        for (PlannedPost update : plan.updates()) {
            targets.add(update.previous().path());
            targets.add(LinkResolver.stemKey(ContentPaths.stem(update.previous().path())));
        }
        for (List<StoredPost> gone : List.of(plan.deletes(), plan.evictions())) {
            for (StoredPost deleted : gone) {
                targets.add(deleted.path());
                targets.add(LinkResolver.stemKey(ContentPaths.stem(deleted.path())));
            }
        }
        return new ArrayList<>(targets);
    }

    private void delete(List<StoredPost> deletes, long version, Instant changedAt) {
        for (List<StoredPost> chunk : Chunks.of(deletes)) {
            List<Long> ids = chunk.stream().map(StoredPost::id).toList();
            for (StoredPost post : chunk) {
                tombstones.write(post, version, changedAt);
            }
            em.createQuery("delete from PostAlias a where a.postId in :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
            tags.drop(ids);
            bodies.retireBodiesOf(ids);
            em.createQuery("delete from Post p where p.id in :ids")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
    }

    /**
     * Posts whose file did not change get the id or slug the election gave them: their old slug
     * redirects, an old public id leaves a tombstone.
     */
    private void rekey(List<Rekey> rekeys, long version, Instant changedAt, List<WrittenPost> written) {
        for (Rekey rekey : rekeys) {
            StoredPost post = rekey.post();
            boolean sameId = post.publicId().equals(rekey.publicId());
            if (!sameId) {
                tombstones.write(post, version, changedAt);
            }
            em.createQuery("update Post p set p.slug = :slug, p.publicId = :publicId, p.publicIdNumeric = :numeric,"
                            + " p.changedVersion = :version, p.changedAt = :changedAt,"
                            + " p.exposedVersion = :exposedVersion, p.exposedSlug = :exposedSlug where p.id = :id")
                    .setParameter("slug", rekey.slug())
                    .setParameter("publicId", rekey.publicId())
                    .setParameter("numeric", rekey.publicIdNumeric())
                    .setParameter("version", version)
                    .setParameter("changedAt", changedAt)
                    .setParameter("exposedVersion", sameId ? post.exposedVersionUntil(changedAt) : null)
                    .setParameter("exposedSlug", sameId ? post.exposedSlugUntil(changedAt) : null)
                    .setParameter("id", post.id())
                    .executeUpdate();
            written.add(new WrittenPost(post.id(), rekey.slug(), post.path(), post.slug(), List.of()));
        }
    }
}
