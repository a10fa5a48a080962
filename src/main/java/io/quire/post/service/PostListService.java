package io.quire.post.service;

import io.quire.content.ContentVersion;
import io.quire.post.domain.LanguageFilter;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.PostRow;
import io.quire.post.domain.Visibility;
import io.quire.post.view.PostSummary;
import io.quire.replica.ReplicaRead;
import io.quire.tag.domain.TagRepository;
import io.quire.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pages of {@code /api/posts} and {@code /api/tags/{slug}/posts}: from the list index, or from search with {@code q}. */
@ApplicationScoped
@ReplicaRead
public class PostListService {

    private final PostRepository posts;
    private final TagRepository tags;
    private final TagIds tagIds;
    private final Clock clock;
    private final TextSearch search;
    private final ContentVersion contentVersion;
    private final PostLinks links;
    private final PostSummaries summaries;
    private final ListIndexes lists;

    public PostListService(
            PostRepository posts,
            TagRepository tags,
            TagIds tagIds,
            Clock clock,
            TextSearch search,
            ContentVersion contentVersion,
            PostLinks links,
            PostSummaries summaries,
            ListIndexes lists) {
        this.posts = posts;
        this.tags = tags;
        this.tagIds = tagIds;
        this.clock = clock;
        this.search = search;
        this.contentVersion = contentVersion;
        this.links = links;
        this.summaries = summaries;
        this.lists = lists;
    }

    /**
     * One page of a list, and its total, from one snapshot of the database (the transaction's), or
     * from the search index with {@code q}.
     */
    @Transactional
    public Page<PostSummary> list(PostQuery query) {
        Visibility visibility = new Visibility(clock.instant(), query.preview());
        if (query.text() != null) {
            // Full text goes to the search index, which applies the same filters and ranks the page.
            TextSearch.Matches result = search.matching(query, visibility);
            List<PostSummary> items = new ArrayList<>(
                    summaries.visible(result.postIds(), visibility).values());
            return Page.of(items, query.page(), query.size(), result.totalHits());
        }
        Optional<ListIndex.Filter> filter = indexFilter(query);
        if (filter.isEmpty()) {
            return Page.of(List.of(), query.page(), query.size(), 0);
        }
        ListIndex list = listIndex();
        ListIndex.Page page = list.page(filter.get(), query.sortOrNewest(), visibility, query.offset(), query.size());
        long total = page.total();
        List<PostRow> rows = posts.rowsInOrder(page.ids());
        PostLinks.Links written = links.forRequest(query.preview());
        List<PostSummary> items = new ArrayList<>(rows.size());
        for (PostRow row : rows) {
            items.add(PostSummaries.of(row, list.tagNames(row.id()), written));
        }
        return Page.of(items, query.page(), query.size(), total);
    }

    /**
     * Whether a post the reader sees carries the tag with exactly this slug: from the list index, as
     * counting it in SQL read every post of a common tag (a third of them at 100,000 posts).
     */
    @Transactional
    public boolean hasVisiblePosts(String tagSlug, Visibility visibility) {
        Optional<Long> tag = tags.idBySlug(tagSlug);
        if (tag.isEmpty()) {
            return false;
        }
        ListIndex.Filter filter =
                new ListIndex.Filter(List.of(new long[] {tag.get()}), new long[0], null, null, null, null);
        return listIndex().count(filter, visibility) > 0;
    }

    /**
     * The list index of the content version this request's transaction reads: the version of every
     * row the request reads besides, so a page and its rows never come from two versions.
     */
    private ListIndex listIndex() {
        return lists.at(contentVersion.storedVersionInTransaction());
    }

    /** The query's filters for the {@link ListIndex}; empty when a required tag matches no tag. */
    private Optional<ListIndex.Filter> indexFilter(PostQuery query) {
        List<long[]> required = new ArrayList<>(query.tags().size());
        for (String tag : query.tags()) {
            List<Long> ids = tagIds.matching(tag);
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            required.add(ids.stream().mapToLong(Long::longValue).toArray());
        }
        long[] excluded = query.excludeTags().stream()
                .flatMap(value -> tagIds.matching(value).stream())
                .mapToLong(Long::longValue)
                .toArray();
        LocalDate start = query.publishedFrom();
        LocalDate end = query.publishedBefore();
        return Optional.of(new ListIndex.Filter(
                required,
                excluded,
                query.featured(),
                start == null ? null : start.atStartOfDay().toInstant(ZoneOffset.UTC),
                end == null ? null : end.atStartOfDay().toInstant(ZoneOffset.UTC),
                LanguageFilter.of(query.lang())));
    }
}
