package io.quire.sync;

import io.quire.config.QuireConfig;
import io.quire.content.ContentState;
import io.quire.post.api.PostContent;
import io.quire.post.domain.Post;
import io.quire.post.domain.PostRepository;
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
import java.util.List;

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
    private final PostQueryService posts;
    private final ChangeWindow window;
    private final Clock clock;
    private final int pageSize;

    public SyncService(
            EntityManager em,
            PostRepository postRepository,
            PostQueryService posts,
            ChangeWindow window,
            QuireConfig config,
            Clock clock) {
        this.em = em;
        this.postRepository = postRepository;
        this.posts = posts;
        this.window = window;
        this.clock = clock;
        this.pageSize = config.sync().pageSize();
    }

    @Transactional
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
        String nextPageToken = null;
        if (page.size() > pageSize) {
            page = page.subList(0, pageSize);
            nextPageToken = new SyncToken(
                            token.databaseId(),
                            token.fromVersion(),
                            token.fromTime(),
                            token.toVersion(),
                            token.toTime(),
                            page.get(pageSize - 1).id)
                    .encode();
        }
        List<PostContent> items = posts.contents(page);
        List<SyncPage.DeletedPost> deleted = token.full() || token.afterId() > 0
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
