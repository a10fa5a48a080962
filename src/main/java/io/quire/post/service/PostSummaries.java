package io.quire.post.service;

import io.quire.post.domain.PostRepository;
import io.quire.post.domain.PostRow;
import io.quire.post.domain.Visibility;
import io.quire.post.view.PostIds;
import io.quire.post.view.PostSummary;
import io.quire.replica.ReplicaRead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Post rows as {@link PostSummary} records: the one mapping of a summary, and summaries by id for search. */
@ApplicationScoped
@ReplicaRead
public class PostSummaries {

    private final PostRepository posts;
    private final PostLinks links;

    public PostSummaries(PostRepository posts, PostLinks links) {
        this.posts = posts;
        this.links = links;
    }

    /**
     * Summaries of the posts with these database ids that the reader sees, in the order of the ids:
     * for pages whose order the search index decided.
     */
    @Transactional
    public Map<Long, PostSummary> visible(List<Long> ids, Visibility visibility) {
        Map<Long, PostSummary> summaries = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return summaries;
        }
        Map<Long, PostRow> rows = new HashMap<>();
        for (PostRow row : posts.visibleRows(ids, visibility)) {
            rows.put(row.id(), row);
        }
        Map<Long, List<String>> tagNames = posts.tagNames(rows.keySet());
        PostLinks.Links written = links.forRequest(false);
        for (Long id : ids) {
            PostRow row = rows.get(id);
            if (row != null) {
                summaries.put(id, of(row, tagNames.getOrDefault(id, List.of()), written));
            }
        }
        return summaries;
    }

    /** The summary of a post row with its tags' display names, its links written by {@code written}. */
    static PostSummary of(PostRow row, List<String> tagNames, PostLinks.Links written) {
        return new PostSummary(
                PostIds.json(row.publicId(), row.publicIdNumeric()),
                row.slug(),
                row.title(),
                row.excerpt(),
                row.dateText(),
                row.readTime(),
                tagNames,
                row.featured(),
                row.updatedText(),
                row.readingMinutes(),
                row.wordCount(),
                row.lang(),
                written.frontMatter(FrontMatterJson.parse(row.frontMatter()), row.sourcePath()));
    }
}
