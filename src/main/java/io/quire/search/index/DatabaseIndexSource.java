package io.quire.search.index;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quire.content.ContentState;
import io.quire.post.domain.PostBody;
import io.quire.replica.ReplicaRead;
import io.quire.search.analysis.StemLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads the posts to index from the database, in batches so a large site is never all in memory. */
@ApplicationScoped
public class DatabaseIndexSource implements IndexSource {

    private static final int BATCH = 500;

    /** As long as the longest import may take (PostStore): a build reads as much as an import writes. */
    private static final int READ_TIMEOUT_SECONDS = 1800;

    private final EntityManager em;

    public DatabaseIndexSource(EntityManager em) {
        this.em = em;
    }

    @Override
    @ActivateRequestContext // called from the background build: sessions need one (routed by tenant, -Ppg)
    @Transactional
    public long databaseId() {
        return em.find(ContentState.class, ContentState.ROW).databaseId;
    }

    /**
     * One transaction, so the batches see one state of the database, the one of the content version
     * read first. At 100,000 posts a build reads for minutes, longer than the default 60 s transaction
     * timeout, which aborted it: no index, and every search and post (related posts) waiting for one.
     */
    @Override
    @ActivateRequestContext // a background build: sessions need one (routed by tenant, -Ppg)
    @ReplicaRead
    @Transactional
    @TransactionConfiguration(timeout = READ_TIMEOUT_SECONDS)
    public long read(Consumer<Map<Long, TagInfo>> tags, Consumer<IndexedPost> posts) {
        long version = em.find(ContentState.class, ContentState.ROW).version;
        Map<Long, TagInfo> allTags = new HashMap<>();
        em.createQuery("select t.id, t.slug, t.name from Tag t", Object[].class)
                .getResultStream()
                .forEach(row ->
                        allTags.put((Long) row[0], new TagInfo((Long) row[0], (String) row[1], (String) row[2])));
        tags.accept(allTags);

        Map<Long, List<IndexedPost.Tag>> postTags = new HashMap<>();
        em.createQuery(
                        "select pt.key.postId, pt.key.tagId, pt.name from PostTag pt"
                                + " order by pt.key.postId, pt.position",
                        Object[].class)
                .getResultStream()
                .forEach(row -> postTags.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new IndexedPost.Tag((Long) row[1], (String) row[2])));

        long after = Long.MIN_VALUE;
        while (true) {
            List<Object[]> rows = em.createQuery(
                            "select p.id, p.slug, p.title, p.excerpt, b.plainText, p.publishedAt, p.updatedAt,"
                                    + " p.expiresAt, p.featured, p.lang, p.draft, p.langDeclared from Post p"
                                    + PostBody.OF_POST + " where p.id > :after order by p.id",
                            Object[].class)
                    .setParameter("after", after)
                    .setMaxResults(BATCH)
                    .getResultList();
            for (Object[] row : rows) {
                long id = (Long) row[0];
                String title = (String) row[2];
                String body = (String) row[4];
                posts.accept(new IndexedPost(
                        id,
                        (String) row[1],
                        title,
                        (String) row[3],
                        body,
                        postTags.getOrDefault(id, List.of()),
                        (Instant) row[5],
                        (Instant) row[6],
                        (Instant) row[7],
                        (Boolean) row[8],
                        (Boolean) row[10],
                        StemLanguage.ofPost((String) row[9], (Boolean) row[11], title + "\n" + body),
                        (String) row[9]));
                after = id;
            }
            if (rows.size() < BATCH) {
                return version;
            }
        }
    }
}
