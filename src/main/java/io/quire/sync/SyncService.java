package io.quire.sync;

import io.quire.config.QuireConfig;
import io.quire.content.ContentState;
import io.quire.post.api.PostContent;
import io.quire.post.domain.Post;
import io.quire.post.domain.PostTombstone;
import io.quire.post.domain.Visibility;
import io.quire.post.service.PostQueryService;
import io.quire.web.GoneProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Change sync: a client that applies every response in order holds exactly the published posts. A
 * post counts as changed when an import changed it or when its publication or expiry time passed.
 */
@ApplicationScoped
public class SyncService {

    private static final String CHANGED_SINCE = "(p.changedVersion > :fromVersion"
            + " or (p.publishedAt > :fromTime and p.publishedAt <= :now)"
            + " or (p.expiresAt > :fromTime and p.expiresAt <= :now))";

    private final EntityManager em;
    private final PostQueryService posts;
    private final QuireConfig config;
    private final Clock clock;

    public SyncService(EntityManager em, PostQueryService posts, QuireConfig config, Clock clock) {
        this.em = em;
        this.posts = posts;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public SyncPage sync(String tokenText) {
        SyncToken token = start(tokenText);
        Visibility visibility = Visibility.publicAt(token.toTime());
        int size = config.sync().pageSize();
        TypedQuery<Post> query = em.createQuery(
                "from Post p where " + Visibility.CONDITION + " and p.id > :after"
                        + (token.full() ? "" : " and " + CHANGED_SINCE) + " order by p.id",
                Post.class);
        visibility.bind(query).setParameter("after", token.afterId()).setMaxResults(size + 1);
        if (!token.full()) {
            bindWindow(query, token);
        }
        List<Post> page = new ArrayList<>(query.getResultList());
        int fit = fitting(page, size);
        String nextPageToken = null;
        if (page.size() > fit) {
            page = page.subList(0, fit);
            nextPageToken = new SyncToken(
                            token.fromVersion(),
                            token.fromTime(),
                            token.toVersion(),
                            token.toTime(),
                            page.get(fit - 1).id)
                    .encode();
        }
        List<PostContent> items = posts.contents(page);
        List<SyncPage.DeletedPost> deleted =
                token.full() || token.afterId() > 0 ? List.of() : deletedSince(token, visibility);
        String nextToken = nextPageToken != null
                ? null
                : new SyncToken(token.toVersion(), token.toTime(), token.toVersion(), token.toTime(), 0).encode();
        return new SyncPage(items, deleted, nextPageToken, nextToken);
    }

    /**
     * How many of the first {@code size} posts go on this page: as many as fit {@code
     * quire.sync.max-page-bytes} of HTML, table of contents and front matter (counted in characters),
     * and at least one, so that a page never holds the whole budget of every post at once.
     */
    private int fitting(List<Post> page, int size) {
        int candidates = Math.min(size, page.size());
        if (candidates <= 1) {
            return candidates;
        }
        Map<Long, Long> bodies = new HashMap<>();
        em.createQuery(
                        "select b.postId, length(b.html) + length(b.toc) from PostBody b where b.postId in :ids",
                        Object[].class)
                .setParameter(
                        "ids",
                        page.subList(0, candidates).stream()
                                .map(post -> post.id)
                                .toList())
                .getResultStream()
                .forEach(row -> bodies.put((Long) row[0], ((Number) row[1]).longValue()));
        long budget = config.sync().maxPageBytes();
        long used = 0;
        for (int i = 0; i < candidates; i++) {
            Post post = page.get(i);
            used += bodies.getOrDefault(post.id, 0L) + post.frontMatter.length();
            if (used > budget && i > 0) {
                return i;
            }
        }
        return candidates;
    }

    /** Decodes the client's token; a token without a page position starts a new sync up to now. */
    private SyncToken start(String tokenText) {
        Instant now = clock.instant();
        long version = em.find(ContentState.class, ContentState.ROW).version;
        if (tokenText == null || tokenText.isBlank()) {
            return new SyncToken(-1, null, version, now, 0);
        }
        SyncToken token = SyncToken.decode(tokenText.strip());
        Instant oldest = now.minus(config.sync().retention());
        if (token.fromTime() != null && token.fromTime().isBefore(oldest)) {
            throw new GoneProblem(
                    "This sync token is older than " + config.sync().retention().toDays()
                            + " days, so deletions since then are no longer known. Drop the local copy and sync again"
                            + " without a token.");
        }
        if (token.fromVersion() > version) {
            throw new GoneProblem("This sync token is from a newer state than this server has (a rebuilt database,"
                    + " or another server). Drop the local copy and sync again without a token.");
        }
        if (token.afterId() > 0) {
            return token;
        }
        return new SyncToken(token.fromVersion(), token.fromTime(), version, now, 0);
    }

    private List<SyncPage.DeletedPost> deletedSince(SyncToken token, Visibility visibility) {
        List<SyncPage.DeletedPost> deleted = new ArrayList<>();
        List<PostTombstone> tombstones = em.createQuery(
                        "from PostTombstone t where t.deletedVersion > :fromVersion"
                                + " and t.publicId not in (select p.publicId from Post p) order by t.id",
                        PostTombstone.class)
                .setParameter("fromVersion", token.fromVersion())
                .getResultList();
        for (PostTombstone tombstone : tombstones) {
            deleted.add(new SyncPage.DeletedPost(
                    publicId(tombstone.publicId, tombstone.publicIdNumeric),
                    tombstone.slug,
                    tombstone.deletedAt.toString()));
        }
        TypedQuery<Post> hidden = em.createQuery(
                "from Post p where not " + Visibility.CONDITION + " and " + CHANGED_SINCE + " order by p.id",
                Post.class);
        bindWindow(visibility.bind(hidden), token);
        Instant changedAt = em.find(ContentState.class, ContentState.ROW).changedAt;
        for (Post post : hidden.getResultList()) {
            Instant when =
                    post.expiresAt != null && !post.expiresAt.isAfter(token.toTime()) ? post.expiresAt : changedAt;
            deleted.add(new SyncPage.DeletedPost(
                    publicId(post.publicId, post.publicIdNumeric), post.slug, when.toString()));
        }
        return deleted;
    }

    private static void bindWindow(TypedQuery<Post> query, SyncToken token) {
        query.setParameter("fromVersion", token.fromVersion())
                .setParameter("fromTime", token.fromTime())
                .setParameter("now", token.toTime());
    }

    private static Object publicId(String value, boolean numeric) {
        return numeric ? (Object) Long.valueOf(value) : value;
    }
}
