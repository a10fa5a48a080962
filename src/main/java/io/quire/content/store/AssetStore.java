package io.quire.content.store;

import io.quire.asset.domain.Asset;
import io.quire.content.asset.AssetInfo;
import io.quire.content.asset.AssetPlan;
import io.quire.content.asset.AssetReader;
import io.quire.content.asset.StoredAsset;
import io.quire.post.domain.PostLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.StatelessSession;

/**
 * Stage 7 (store) for assets and links: the index of assets, what each written post's links lead to, and
 * the posts whose answers change because a file they link to changed. Runs inside {@link
 * PostStore#apply}'s transaction.
 */
@ApplicationScoped
public class AssetStore {

    private final EntityManager em;
    private final StatelessSession rows;

    public AssetStore(EntityManager em, StatelessSession rows) {
        this.em = em;
        this.rows = rows;
    }

    /** Every indexed asset by path, with what tells whether its file changed. */
    @Transactional
    public Map<String, StoredAsset> index() {
        Map<String, StoredAsset> index = new HashMap<>();
        em.createQuery(
                        "select new io.quire.content.asset.StoredAsset(a.path, a.sizeBytes, a.modifiedMillis,"
                                + " a.revision) from Asset a",
                        StoredAsset.class)
                .getResultStream()
                .forEach(asset -> index.put(asset.path(), asset));
        return index;
    }

    /** Writes the plan's assets: changed ones replaced, gone ones deleted. */
    void apply(AssetPlan plan) {
        List<String> replaced = new ArrayList<>(plan.deletes());
        plan.upserts().forEach(asset -> replaced.add(asset.path()));
        for (List<String> chunk : Chunks.of(replaced)) {
            em.createQuery("delete from Asset a where a.path in :paths")
                    .setParameter("paths", chunk)
                    .executeUpdate();
        }
        List<Asset> assets = new ArrayList<>(plan.upserts().size());
        for (AssetInfo info : plan.upserts()) {
            Asset asset = new Asset();
            asset.path = info.path();
            asset.hash = info.hash();
            asset.mediaType = info.mediaType();
            asset.sizeBytes = info.size();
            asset.modifiedMillis = info.modifiedMillis();
            asset.width = info.width();
            asset.height = info.height();
            asset.revision = AssetReader.REVISION;
            assets.add(asset);
        }
        rows.insertMultiple(assets);
    }

    /**
     * Replaces what the links of these (just written) posts lead to. Of an updated post, only the rows
     * that changed are written: an edit that keeps a post's links writes none (deleting and inserting
     * every link row was most of the store's work in a full re-import, benchmarks.md 2026-12-02).
     */
    void writeLinks(Map<Long, List<String>> linksByPost, boolean replacing) {
        if (linksByPost.isEmpty()) {
            return;
        }
        Map<Long, Set<String>> stored = replacing ? storedLinks(linksByPost.keySet()) : Map.of();
        List<PostLink> gone = new ArrayList<>();
        List<PostLink> added = new ArrayList<>();
        linksByPost.forEach((postId, targets) -> {
            Set<String> before = stored.getOrDefault(postId, Set.of());
            Set<String> after = new HashSet<>(targets);
            before.stream()
                    .filter(target -> !after.contains(target))
                    .forEach(target -> gone.add(PostLink.of(postId, target)));
            after.stream()
                    .filter(target -> !before.contains(target))
                    .forEach(target -> added.add(PostLink.of(postId, target)));
        });
        rows.deleteMultiple(gone);
        rows.insertMultiple(added);
    }

    private Map<Long, Set<String>> storedLinks(Collection<Long> postIds) {
        Map<Long, Set<String>> stored = new HashMap<>();
        for (List<Long> chunk : Chunks.of(new ArrayList<>(postIds))) {
            em.createQuery("select l.key from PostLink l where l.key.postId in :ids", PostLink.Key.class)
                    .setParameter("ids", chunk)
                    .getResultStream()
                    .forEach(key -> stored.computeIfAbsent(key.postId(), id -> new HashSet<>())
                            .add(key.target()));
        }
        return stored;
    }

    /**
     * Marks the posts that link to any of these paths or names as changed in {@code version}: their
     * links resolve differently now, so sync clients must fetch them again.
     */
    void touchLinkingPosts(List<String> targets, long version) {
        for (List<String> chunk : Chunks.of(targets)) {
            em.createQuery("update Post p set p.changedVersion = :version where p.changedVersion <> :version and"
                            + " p.id in (select l.key.postId from PostLink l where l.key.target in :targets)")
                    .setParameter("version", version)
                    .setParameter("targets", chunk)
                    .executeUpdate();
        }
    }
}
