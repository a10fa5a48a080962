package io.quire.post.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.cdn.ResponseKeys;
import io.quire.config.QuireConfig;
import io.quire.content.ContentVersion;
import io.quire.post.domain.LanguageFilter;
import io.quire.post.domain.Post;
import io.quire.post.domain.PostBody;
import io.quire.post.domain.PostDatesRow;
import io.quire.post.domain.PostHtmlRow;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.PostRow;
import io.quire.post.domain.Visibility;
import io.quire.post.view.NavLink;
import io.quire.post.view.PostContent;
import io.quire.post.view.PostDetail;
import io.quire.post.view.PostSummary;
import io.quire.post.view.Translation;
import io.quire.replica.ReplicaRead;
import io.quire.shared.Languages;
import io.quire.shared.TocEntry;
import io.quire.site.PublicUrls;
import io.quire.tag.domain.TagRepository;
import io.quire.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers the read side of the posts API from the database, as {@code post.view} records. */
@ApplicationScoped
@ReplicaRead
public class PostQueryService {

    /** Most related posts a post lists. */
    static final int RELATED_POSTS = 5;

    private final PostRepository posts;
    private final TagRepository tags;
    private final ObjectMapper json;
    private final Clock clock;
    private final TextSearch search;
    private final ContentVersion contentVersion;
    private final PostLinks links;
    private final ResponseKeys responseKeys;
    private final String defaultLanguage;
    private final ListIndexes lists;

    public PostQueryService(
            PostRepository posts,
            TagRepository tags,
            ObjectMapper json,
            Clock clock,
            TextSearch search,
            ContentVersion contentVersion,
            PostLinks links,
            ResponseKeys responseKeys,
            QuireConfig config,
            ListIndexes lists) {
        this.posts = posts;
        this.tags = tags;
        this.json = json;
        this.clock = clock;
        this.search = search;
        this.contentVersion = contentVersion;
        this.links = links;
        this.defaultLanguage = config == null
                ? Languages.DEFAULT_LANGUAGE
                : java.util.Objects.requireNonNullElse(
                        Languages.normalize(config.content().defaultLanguage()), Languages.DEFAULT_LANGUAGE);
        this.responseKeys = responseKeys;
        this.lists = lists;
    }

    /** What {@code /api/posts/{key}} finds: a post, a redirect to its canonical slug, or nothing. */
    public sealed interface Lookup {
        record Found(PostDetail post) implements Lookup {}

        /** Redirect to the post with this slug, in this language if not null (a slug may be in several). */
        record Moved(String slug, String lang) implements Lookup {}

        record Missing() implements Lookup {}
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
            List<PostSummary> items =
                    new ArrayList<>(summaries(result.postIds(), visibility).values());
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
            items.add(summary(row, list.tagNames(row.id()), written));
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

    /**
     * A published post with its instants and its sanitised html, as feeds need it: every URL in the
     * html absolute (relative ones resolved against the post's public page).
     */
    public record PostWithHtml(PostSummary summary, Instant published, Instant updated, String html) {}

    /**
     * The page of published, dated posts matching the query's filters, newest first whatever the
     * query's sort (ties by slug), each with its html: one query for the posts and one for their tags.
     * Posts without a date are left out, as from date filters: a feed is a timeline.
     */
    @Transactional
    public List<PostWithHtml> newestWithHtml(PostQuery query) {
        Optional<PostRepository.Filter> filter = filter(query, new Visibility(clock.instant(), query.preview()));
        if (filter.isEmpty() || query.offset() > Integer.MAX_VALUE) {
            return List.of();
        }
        PostRepository.Filter dated = filter.get().and("p.publishedAt is not null", Map.of());
        List<PostHtmlRow> rows =
                posts.pageWithHtml(dated, PostSort.DATE_DESC.orderByClause(), query.offset(), query.size());
        Map<Long, List<String>> tagNames =
                posts.tagNames(rows.stream().map(PostHtmlRow::id).toList());
        PostLinks.Links written = links.forRequest(false);
        PublicUrls urls = links.urls();
        List<PostWithHtml> items = new ArrayList<>(rows.size());
        for (PostHtmlRow row : rows) {
            PostSummary summary = summary(row.summaryRow(), tagNames.getOrDefault(row.id(), List.of()), written);
            String html = written.absoluteHtml(
                    row.html(), row.sourcePath(), urls.post(row.publicId(), row.slug(), row.lang()));
            items.add(new PostWithHtml(summary, row.publishedAt(), row.updatedAt(), html));
        }
        return items;
    }

    /** How many posts are published now (dated or not). */
    @Transactional
    public long countPublished(LanguageFilter language) {
        return posts.count(published(language));
    }

    /**
     * A slice of all published posts (dated or not; in a language if one is given) in {@code -date}
     * order, with what a sitemap needs of each.
     */
    @Transactional
    public List<PostDatesRow> publishedDates(long offset, int limit, LanguageFilter language) {
        if (offset > Integer.MAX_VALUE) {
            return List.of();
        }
        return posts.pageOfDates(published(language), PostSort.DATE_DESC.orderByClause(), offset, limit);
    }

    /** The published posts, in a language if one is given. */
    private PostRepository.Filter published(LanguageFilter language) {
        return language == null ? published() : published().and(language.jpql());
    }

    /** The published posts of these translation keys, one per key and language: a sitemap's alternates. */
    @Transactional
    public List<PostRepository.TranslationRow> publishedTranslations(java.util.Collection<String> keys) {
        return posts.translations(keys, published());
    }

    private PostRepository.Filter published() {
        return Visibility.publicAt(clock.instant()).jpql();
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
        if (io.quire.web.ControlCharacters.in(key)) {
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

    /**
     * Summaries of the posts with these database ids that the reader sees, in the order of the ids:
     * for pages whose order the search index decided.
     */
    @Transactional
    public Map<Long, PostSummary> summaries(List<Long> ids, Visibility visibility) {
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
                summaries.put(id, summary(row, tagNames.getOrDefault(id, List.of()), written));
            }
        }
        return summaries;
    }

    private PostDetail detail(Post post, Visibility now, boolean includeMarkdown) {
        responseKeys.post(post.publicId);
        PostRow row = PostRow.of(post);
        PostLinks.Links written = links.forRequest(now.preview());
        PostSummary summary = summary(row, posts.tagNames(List.of(post.id)).getOrDefault(post.id, List.of()), written);
        NavLink prev = null;
        NavLink next = null;
        if (post.publishedAt != null) {
            prev = posts.neighbour(post, now, false).map(this::shown).orElse(null);
            next = posts.neighbour(post, now, true).map(this::shown).orElse(null);
        }
        PostBody body = posts.body(post.id);
        return new PostDetail(
                summary,
                written.html(body.html, post.sourcePath),
                toc(body.toc),
                prev,
                next,
                translations(post, now),
                related(post, body, summary.tags(), now.now()),
                includeMarkdown ? body.markdown : null);
    }

    /** Posts with their bodies, for offline clients; tags of all of them in one query. */
    public List<PostContent> contents(List<Post> page) {
        List<Long> ids = page.stream().map(post -> post.id).toList();
        Map<Long, List<String>> tagNames = posts.tagNames(ids);
        Map<Long, PostBody> bodies = posts.bodies(ids);
        PostLinks.Links written = links.forRequest(false);
        List<PostContent> contents = new ArrayList<>(page.size());
        for (Post post : page) {
            PostBody body = bodies.get(post.id);
            contents.add(new PostContent(
                    summary(PostRow.of(post), tagNames.getOrDefault(post.id, List.of()), written),
                    written.html(body.html, post.sourcePath),
                    toc(body.toc)));
        }
        return contents;
    }

    /** The query's filters for the {@link ListIndex}; empty when a required tag matches no tag. */
    private Optional<ListIndex.Filter> indexFilter(PostQuery query) {
        List<long[]> required = new ArrayList<>(query.tags().size());
        for (String tag : query.tags()) {
            List<Long> ids = tagIds(tag);
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            required.add(ids.stream().mapToLong(Long::longValue).toArray());
        }
        long[] excluded = query.excludeTags().stream()
                .flatMap(value -> tagIds(value).stream())
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

    private Optional<PostRepository.Filter> filter(PostQuery query, Visibility visibility) {
        PostRepository.Filter rule = visibility.jpql();
        StringBuilder where = new StringBuilder(rule.where());
        Map<String, Object> parameters = new LinkedHashMap<>(rule.parameters());
        for (int i = 0; i < query.tags().size(); i++) {
            List<Long> ids = tagIds(query.tags().get(i));
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            String name = "tag" + i;
            where.append(" and exists (select 1 from PostTag pt where pt.key.postId = p.id and pt.key.tagId in :")
                    .append(name)
                    .append(')');
            parameters.put(name, ids);
        }
        List<Long> excluded = query.excludeTags().stream()
                .flatMap(value -> tagIds(value).stream())
                .toList();
        if (!excluded.isEmpty()) {
            where.append(" and not exists (select 1 from PostTag pt where pt.key.postId = p.id"
                    + " and pt.key.tagId in :excluded)");
            parameters.put("excluded", excluded);
        }
        if (query.featured() != null) {
            where.append(" and p.featured = :featured");
            parameters.put("featured", query.featured());
        }
        if (query.lang() != null) {
            PostRepository.Filter language = new LanguageFilter(query.lang()).jpql();
            where.append(" and ").append(language.where());
            parameters.putAll(language.parameters());
        }
        addDateRange(query, where, parameters);
        return Optional.of(new PostRepository.Filter(where.toString(), parameters));
    }

    private static void addDateRange(PostQuery query, StringBuilder where, Map<String, Object> parameters) {
        LocalDate start = query.publishedFrom();
        LocalDate endExclusive = query.publishedBefore();
        if (start != null) {
            where.append(" and p.publishedAt >= :start");
            parameters.put("start", start.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (endExclusive != null) {
            where.append(" and p.publishedAt < :end");
            parameters.put("end", endExclusive.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
    }

    private List<Long> tagIds(String value) {
        return tags.idsMatching(io.quire.shared.Slugs.slugify(value), value);
    }

    private PostSummary summary(PostRow row, List<String> tagNames, PostLinks.Links written) {
        Object id = row.publicIdNumeric() ? (Object) Long.valueOf(row.publicId()) : row.publicId();
        return new PostSummary(
                id,
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

    /**
     * The posts most like this one, published at {@code now}, from the search index (see {@link
     * TextSearch#related}).
     */
    private List<NavLink> related(Post post, PostBody body, List<String> tagNames, Instant now) {
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
    private List<Translation> translations(Post post, Visibility visibility) {
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
        return navLink(row);
    }

    private static NavLink navLink(PostRow row) {
        return new NavLink(row.slug(), row.title(), row.dateText());
    }

    private List<TocEntry> toc(String stored) {
        try {
            return json.readValue(stored, new TypeReference<List<TocEntry>>() {});
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Stored table of contents is not valid JSON", e);
        }
    }
}
