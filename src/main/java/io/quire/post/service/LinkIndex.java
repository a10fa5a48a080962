package io.quire.post.service;

import io.quire.content.ContentVersion;
import io.quire.link.ContentPaths;
import io.quire.link.LinkTargets;
import io.quire.link.LinkTargets.AssetTarget;
import io.quire.link.LinkTargets.PostTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The posts and assets of one content version as link targets, kept in memory while that version is
 * served: resolving the links of a page of posts is then a few map look-ups per link. It is built in
 * the caller's transaction, from the snapshot the rest of the answer comes from, so links always agree
 * with the posts they are served with.
 */
@ApplicationScoped
public class LinkIndex {

    private final EntityManager em;
    private final ContentVersion contentVersion;
    private volatile Targets current;

    public LinkIndex(EntityManager em, ContentVersion contentVersion) {
        this.em = em;
        this.contentVersion = contentVersion;
    }

    /**
     * The targets of the version the caller's transaction reads. The first request after an import
     * builds them; requests of the same version arriving meanwhile wait for that build rather than
     * repeat it.
     */
    public LinkTargets targets() {
        long version = contentVersion.storedVersionInTransaction();
        Targets targets = current;
        if (targets != null && targets.version == version) {
            return targets;
        }
        synchronized (this) {
            targets = current;
            if (targets != null && targets.version == version) {
                return targets;
            }
            if (targets != null && targets.version > version) {
                return build(version); // a transaction that began before the last import: not kept
            }
            targets = build(version);
            current = targets;
            return targets;
        }
    }

    private Targets build(long version) {
        Targets targets = new Targets(version);
        em.createQuery(
                        "select p.sourcePath, p.publicId, p.slug, p.draft, p.lang from Post p order by p.sourcePath",
                        Object[].class)
                .getResultStream()
                .forEach(row -> {
                    PostTarget post = new PostTarget(
                            (String) row[0], (String) row[1], (String) row[2], (Boolean) row[3], (String) row[4]);
                    targets.posts.put(post.path(), post);
                    targets.stems.putIfAbsent(ContentPaths.stem(post.path()), post);
                });
        em.createQuery("select a.path, a.hash, a.width, a.height from Asset a", Object[].class)
                .getResultStream()
                .forEach(row -> targets.assets.put(
                        (String) row[0],
                        new AssetTarget((String) row[0], (String) row[1], (Integer) row[2], (Integer) row[3])));
        return targets;
    }

    private static final class Targets implements LinkTargets {
        final long version;
        final Map<String, PostTarget> posts = new HashMap<>();
        final Map<String, PostTarget> stems = new HashMap<>();
        final Map<String, AssetTarget> assets = new HashMap<>();

        Targets(long version) {
            this.version = version;
        }

        @Override
        public PostTarget post(String path) {
            return posts.get(path);
        }

        @Override
        public PostTarget postByStem(String stem) {
            return stems.get(stem);
        }

        @Override
        public AssetTarget asset(String path) {
            return assets.get(path);
        }
    }
}
