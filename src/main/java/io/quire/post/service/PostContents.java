package io.quire.post.service;

import io.quire.post.domain.Post;
import io.quire.post.domain.PostBody;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.PostRow;
import io.quire.post.view.PostContent;
import io.quire.replica.ReplicaRead;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Posts with their bodies, as change sync sends them to offline clients. */
@ApplicationScoped
@ReplicaRead
public class PostContents {

    private final PostRepository posts;
    private final PostLinks links;
    private final StoredToc toc;

    public PostContents(PostRepository posts, PostLinks links, StoredToc toc) {
        this.posts = posts;
        this.links = links;
        this.toc = toc;
    }

    /** These posts with their bodies, in their order; tags of all of them in one query. */
    public List<PostContent> of(List<Post> page) {
        List<Long> ids = page.stream().map(post -> post.id).toList();
        Map<Long, List<String>> tagNames = posts.tagNames(ids);
        Map<Long, PostBody> bodies = posts.bodies(ids);
        PostLinks.Links written = links.forRequest(false);
        List<PostContent> contents = new ArrayList<>(page.size());
        for (Post post : page) {
            PostBody body = bodies.get(post.id);
            contents.add(new PostContent(
                    PostSummaries.of(PostRow.of(post), tagNames.getOrDefault(post.id, List.of()), written),
                    written.html(body.html, post.sourcePath),
                    toc.read(body.toc)));
        }
        return contents;
    }
}
