package io.quire.post.service;

import io.quire.content.ContentVersion;
import io.quire.link.LinkTargets;
import io.quire.link.LinkTargets.AssetTarget;
import io.quire.link.LinkTargets.PostTarget;
import io.quire.link.TargetTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

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
        if (targets != null && targets.version() == version) {
            return targets.table();
        }
        synchronized (this) {
            targets = current;
            if (targets != null && targets.version() == version) {
                return targets.table();
            }
            if (targets != null && targets.version() > version) {
                return build(version).table(); // a transaction that began before the last import: not kept
            }
            targets = build(version);
            current = targets;
            return targets.table();
        }
    }

    private Targets build(long version) {
        TargetTable table = new TargetTable();
        em.createQuery(
                        "select p.sourcePath, p.publicId, p.slug, p.draft, p.lang from Post p order by p.sourcePath",
                        Object[].class)
                .getResultStream()
                .forEach(row -> table.add(new PostTarget(
                        (String) row[0], (String) row[1], (String) row[2], (Boolean) row[3], (String) row[4])));
        em.createQuery("select a.path, a.hash, a.width, a.height from Asset a", Object[].class)
                .getResultStream()
                .forEach(row -> table.add(
                        new AssetTarget((String) row[0], (String) row[1], (Integer) row[2], (Integer) row[3])));
        return new Targets(version, table);
    }

    /** The targets of one content version. */
    private record Targets(long version, TargetTable table) {}
}
