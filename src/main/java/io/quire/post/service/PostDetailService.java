package io.quire.post.service;

import io.quire.cdn.ResponseKeys;
import io.quire.config.QuireConfig;
import io.quire.post.domain.LanguageFilter;
import io.quire.post.domain.Post;
import io.quire.post.domain.PostBody;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.PostRow;
import io.quire.post.domain.Visibility;
import io.quire.post.view.PostDetail;
import io.quire.post.view.PostSummary;
import io.quire.replica.ReplicaRead;
import io.quire.shared.Languages;
import io.quire.web.ControlCharacters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code /api/posts/{key}}: finds the post a key names and assembles its {@link PostDetail}. */
@ApplicationScoped
@ReplicaRead
public class PostDetailService {

    private final PostRepository posts;
    private final Clock clock;
    private final PostLinks links;
    private final ResponseKeys responseKeys;
    private final NeighboursAndRelated neighbours;
    private final StoredToc toc;
    private final String defaultLanguage;

    public PostDetailService(
            PostRepository posts,
            Clock clock,
            PostLinks links,
            ResponseKeys responseKeys,
            NeighboursAndRelated neighbours,
            StoredToc toc,
            QuireConfig config) {
        this.posts = posts;
        this.clock = clock;
        this.links = links;
        this.responseKeys = responseKeys;
        this.neighbours = neighbours;
        this.toc = toc;
        this.defaultLanguage = Objects.requireNonNullElse(
                Languages.normalize(config.content().defaultLanguage()), Languages.DEFAULT_LANGUAGE);
    }

    /** What {@code /api/posts/{key}} finds: a post, a redirect to its canonical slug, or nothing. */
    public sealed interface Lookup {
        record Found(PostDetail post) implements Lookup {}

        /** Redirect to the post with this slug, in this language if not null (a slug may be in several). */
        record Moved(String slug, String lang) implements Lookup {}

        record Missing() implements Lookup {}
    }

    /**
     * The post a key names: a slug (in {@code lang} if given; else the default language's post first,
     * then the first language in tag order), then an id, then an alias.
     *
     * @param lang a normalised language tag, or null
     */
    @Transactional
    public Lookup find(String key, boolean includeMarkdown, boolean preview, String lang) {
        Visibility now = new Visibility(clock.instant(), preview);
        if (ControlCharacters.in(key)) {
            return new Lookup.Missing();
        }
        LanguageFilter language = LanguageFilter.of(lang);
        Optional<Post> post = posts.findVisibleBySlug(key, language, defaultLanguage, now)
                .or(() -> posts.findVisibleByPublicId(key, now)
                        .filter(found -> language == null || language.admits(found.lang)));
        if (post.isPresent()) {
            return new Lookup.Found(detail(post.get(), now, includeMarkdown));
        }
        return posts.findByAlias(key, now)
                .<Lookup>map(target -> new Lookup.Moved(target.slug, redirectLanguage(target, lang, now)))
                .orElseGet(Lookup.Missing::new);
    }

    /**
     * The {@code lang} a redirect to a post must name: its language when the request named one, or
     * when its slug alone would find the post of another language; else none (a site in one language
     * never sees it).
     */
    private String redirectLanguage(Post target, String requested, Visibility now) {
        if (requested != null) {
            return target.lang;
        }
        boolean slugSuffices = posts.findVisibleBySlug(target.slug, null, defaultLanguage, now)
                .map(found -> found.id.equals(target.id))
                .orElse(false);
        return slugSuffices ? null : target.lang;
    }

    private PostDetail detail(Post post, Visibility now, boolean includeMarkdown) {
        responseKeys.post(post.publicId);
        PostLinks.Links written = links.forRequest(now.preview());
        PostSummary summary = PostSummaries.of(
                PostRow.of(post), posts.tagNames(List.of(post.id)).getOrDefault(post.id, List.of()), written);
        PostBody body = posts.body(post.id);
        return new PostDetail(
                summary,
                written.html(body.html, post.sourcePath),
                toc.read(body.toc),
                neighbours.neighbour(post, now, false),
                neighbours.neighbour(post, now, true),
                neighbours.translations(post, now),
                neighbours.related(post, body, summary.tags(), now.now()),
                includeMarkdown ? body.markdown : null);
    }
}
