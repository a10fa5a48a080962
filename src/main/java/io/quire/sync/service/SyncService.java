package io.quire.sync.service;

import io.quire.changes.ChangeWindow;
import io.quire.changes.DeletedPost;
import io.quire.config.QuireConfig;
import io.quire.content.ContentState;
import io.quire.post.domain.Post;
import io.quire.post.domain.PostBody;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.Visibility;
import io.quire.post.service.PostContents;
import io.quire.post.view.PostContent;
import io.quire.replica.ReplicaRead;
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
 *
 * <p>A response is a function of the content: its tokens name content versions and visibility times
 * (the last publication or expiry that had passed), not the clock, so while the content does not
 * change neither do its bytes and ETag. And it only ever names posts the public could have been
 * shown: a deleted or hidden post is listed only if it was public at or before the version of the
 * client's token, so no token, however made, reveals a draft or a scheduled post.
 */
@ApplicationScoped
public class SyncService {

    private final EntityManager em;
    private final PostRepository postRepository;
    private final PostContents contents;
    private final ChangeWindow window;
    private final Clock clock;
    private final int pageSize;
    private final long maxPageBytes;

    public SyncService(
            EntityManager em,
            PostRepository postRepository,
            PostContents contents,
            ChangeWindow window,
            QuireConfig config,
            Clock clock) {
        this.em = em;
        this.postRepository = postRepository;
        this.contents = contents;
        this.window = window;
        this.clock = clock;
        this.pageSize = config.sync().pageSize();
        this.maxPageBytes = config.sync().maxPageBytes();
    }

    @Transactional
    @ReplicaRead
    public SyncPage sync(String tokenText) {
        Instant now = clock.instant();
        ContentState state = em.find(ContentState.class, ContentState.ROW);
        SyncToken token =
                start(tokenText, state, postRepository.lastVisibilityChange(now).orElse(Instant.EPOCH));
        PostRepository.Filter published = Visibility.publicAt(token.toTime()).jpql();
        TypedQuery<Post> query = em.createQuery(
                "from Post p where " + published.where() + " and p.id > :after"
                        + (token.full() ? "" : " and " + ChangeWindow.CHANGED_SINCE) + " order by p.id",
                Post.class);
        published.bind(query).setParameter("after", token.afterId()).setMaxResults(pageSize + 1);
        if (!token.full()) {
            ChangeWindow.bind(query, token.fromVersion(), token.fromTime(), token.toTime());
        }
        List<Post> page = new ArrayList<>(query.getResultList());
        int fit = fitting(page, pageSize);
        String nextPageToken = null;
        if (page.size() > fit) {
            page = page.subList(0, fit);
            nextPageToken = new SyncToken(
                            token.databaseId(),
                            token.fromVersion(),
                            token.fromTime(),
                            token.toVersion(),
                            token.toTime(),
                            page.get(fit - 1).id)
                    .encode();
        }
        List<PostContent> items = contents.of(page);
        List<DeletedPost> deleted = token.full() || token.afterId() > 0
                ? List.of()
                : window.deleted(token.fromVersion(), token.fromTime(), token.toTime(), now);
        String nextToken = nextPageToken != null
                ? null
                : new SyncToken(
                                token.databaseId(),
                                token.toVersion(),
                                token.toTime(),
                                token.toVersion(),
                                token.toTime(),
                                0)
                        .encode();
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
                        "select p.id, length(b.html) + length(b.toc) from Post p" + PostBody.OF_POST
                                + " where p.id in :ids",
                        Object[].class)
                .setParameter(
                        "ids",
                        page.subList(0, candidates).stream()
                                .map(post -> post.id)
                                .toList())
                .getResultStream()
                .forEach(row -> bodies.put((Long) row[0], ((Number) row[1]).longValue()));
        long budget = maxPageBytes;
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

    /**
     * Decodes the client's token; a token without a page position starts a new sync up to the
     * current version and visibility time.
     */
    private static SyncToken start(String tokenText, ContentState state, Instant visibleAt) {
        if (tokenText == null || tokenText.isBlank()) {
            return new SyncToken(state.databaseId, -1, null, state.version, visibleAt, 0);
        }
        SyncToken token = SyncToken.decode(tokenText.strip());
        if (token.databaseId() != state.databaseId) {
            throw new GoneProblem("This sync token is from another database (this one was rebuilt, or the token"
                    + " came from another server). Drop the local copy and sync again without a token.");
        }
        if (token.fromVersion() > state.version || token.toVersion() > state.version) {
            throw new GoneProblem("This sync token is from a newer state than this server has. Drop the local copy"
                    + " and sync again without a token.");
        }
        if (!token.full() && token.fromVersion() < state.prunedVersion) {
            throw new GoneProblem("This sync token is older than the deletions this server still remembers"
                    + " (quire.sync.retention). Drop the local copy and sync again without a token.");
        }
        if (token.afterId() > 0) {
            return token;
        }
        return new SyncToken(state.databaseId, token.fromVersion(), token.fromTime(), state.version, visibleAt, 0);
    }
}
