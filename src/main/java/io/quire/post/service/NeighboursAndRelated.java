package io.quire.post.service;

import io.quire.cdn.ResponseKeys;
import io.quire.post.domain.Post;
import io.quire.post.domain.PostBody;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.PostRow;
import io.quire.post.domain.Visibility;
import io.quire.post.view.NavLink;
import io.quire.post.view.Translation;
import io.quire.replica.ReplicaRead;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The other posts a post's page links to: its previous and next post by date, its translations and
 * the posts most like it. Each one shown is named by the response's surrogate keys.
 */
@ApplicationScoped
@ReplicaRead
public class NeighboursAndRelated {

    /** Most related posts a post lists. */
    static final int RELATED_POSTS = 5;

    private final PostRepository posts;
    private final TextSearch search;
    private final ResponseKeys responseKeys;

    public NeighboursAndRelated(PostRepository posts, TextSearch search, ResponseKeys responseKeys) {
        this.posts = posts;
        this.search = search;
        this.responseKeys = responseKeys;
    }

    /** The post before ({@code newer} false) or after this one by date that the reader sees; none if undated. */
    public NavLink neighbour(Post post, Visibility now, boolean newer) {
        if (post.publishedAt == null) {
            return null;
        }
        return posts.neighbour(post, now, newer).map(this::shown).orElse(null);
    }

    /**
     * The posts most like this one, published at {@code now}, from the search index (see {@link
     * TextSearch#related}).
     */
    public List<NavLink> related(Post post, PostBody body, List<String> tagNames, Instant now) {
        List<Long> ids = search.related(post, tagNames, body.plainText, now, RELATED_POSTS);
        Map<Long, PostRow> rows = new HashMap<>();
        for (PostRow row : ids.isEmpty() ? List.<PostRow>of() : posts.visibleRows(ids, Visibility.publicAt(now))) {
            rows.put(row.id(), row);
        }
        List<NavLink> related = new ArrayList<>(ids.size());
        for (Long id : ids) {
            PostRow row = rows.get(id);
            if (row != null) {
                related.add(shown(row));
            }
        }
        return related;
    }

    /**
     * The post in the other languages of its translation key that the reader sees, which its
     * surrogate keys then name (like every post a response shows).
     */
    public List<Translation> translations(Post post, Visibility visibility) {
        List<Translation> translations = new ArrayList<>();
        for (PostRepository.TranslationRow other :
                posts.translations(List.of(post.translationKey), visibility.jpql())) {
            if (!other.lang().equals(post.lang)) {
                responseKeys.post(other.publicId());
                translations.add(new Translation(other.lang(), other.slug()));
            }
        }
        return translations;
    }

    /** A link to another post that a post's response shows, which its surrogate keys then name. */
    private NavLink shown(PostRow row) {
        responseKeys.post(row.publicId());
        return new NavLink(row.slug(), row.title(), row.dateText());
    }
}
