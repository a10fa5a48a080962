package io.quire.post.api;

import io.quire.post.view.NavLink;
import io.quire.post.view.PostContent;
import io.quire.post.view.PostDetail;
import io.quire.post.view.PostSummary;
import io.quire.post.view.Translation;
import java.util.List;

/**
 * Posts as the API shows them: the one mapping from the read models the services build ({@code
 * post.view}) to the records responses are serialised from, for post lists, a tag's posts, single
 * posts, search hits and sync pages.
 */
public final class PostResponses {

    private PostResponses() {}

    public static PostSummaryResponse summary(PostSummary post) {
        return new PostSummaryResponse(
                post.id(),
                post.slug(),
                post.title(),
                post.excerpt(),
                post.date(),
                post.readTime(),
                post.tags(),
                post.featured(),
                post.updated(),
                post.readingMinutes(),
                post.wordCount(),
                post.lang(),
                post.frontMatter());
    }

    public static PostDetailResponse detail(PostDetail post) {
        return new PostDetailResponse(
                summary(post.summary()),
                post.html(),
                post.toc(),
                navLink(post.prev()),
                navLink(post.next()),
                post.translations().stream().map(PostResponses::translation).toList(),
                post.related().stream().map(PostResponses::navLink).toList(),
                post.markdown());
    }

    public static PostContentResponse content(PostContent post) {
        return new PostContentResponse(summary(post.summary()), post.html(), post.toc());
    }

    /** Posts with their bodies, in the order given. */
    public static List<PostContentResponse> contents(List<PostContent> posts) {
        return posts.stream().map(PostResponses::content).toList();
    }

    /** The link, or null for none. */
    static NavLinkResponse navLink(NavLink link) {
        return link == null ? null : new NavLinkResponse(link.slug(), link.title(), link.date());
    }

    static TranslationResponse translation(Translation translation) {
        return new TranslationResponse(translation.lang(), translation.slug());
    }
}
