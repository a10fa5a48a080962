package io.quire.post.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of posts: paged projections, lookups by key, and the tags of a set of posts in one query. */
@ApplicationScoped
public class PostRepository implements PanacheRepository<Post> {

    /** Filters over the alias {@code p}, as JPQL conditions and their named parameters. */
    public record Filter(String where, Map<String, Object> parameters) {

        public Filter {
            parameters = Map.copyOf(parameters);
        }

        /** This filter and one more condition, with the parameters that condition adds. */
        public Filter and(String condition, Map<String, Object> more) {
            Map<String, Object> all = new HashMap<>(parameters);
            all.putAll(more);
            return new Filter(where + " and " + condition, all);
        }

        public Filter and(Filter other) {
            return and(other.where(), other.parameters());
        }

        public <Q extends jakarta.persistence.Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    public long count(Filter filter) {
        return filter.bind(getEntityManager()
                        .createQuery("select count(p) from Post p where " + filter.where(), Long.class))
                .getSingleResult();
    }

    public List<PostRow> page(Filter filter, String orderBy, long offset, int limit) {
        return page(PostRow.SELECT, PostRow.class, filter, orderBy, offset, limit);
    }

    /** The rows of the posts with these database ids that the reader sees, in id order. */
    public List<PostRow> visibleRows(List<Long> ids, Visibility visibility) {
        return page(visibility.jpql().and("p.id in :ids", Map.of("ids", ids)), "p.id", 0, ids.size());
    }

    public Optional<Post> findVisible(String column, String value, Visibility visibility) {
        Filter filter = visibility.jpql();
        return filter.bind(getEntityManager()
                        .createQuery("from Post p where p." + column + " = :value and " + filter.where(), Post.class)
                        .setParameter("value", value))
                .getResultStream()
                .findFirst();
    }

    /** Like {@link #page}, with each post's instants and sanitised html (for feeds). */
    public List<PostHtmlRow> pageWithHtml(Filter filter, String orderBy, long offset, int limit) {
        return page(PostHtmlRow.SELECT, PostHtmlRow.class, filter, orderBy, offset, limit);
    }

    /** URL parts and dates of the posts a filter matches (for sitemaps). */
    public List<PostDatesRow> pageOfDates(Filter filter, String orderBy, long offset, int limit) {
        return page(PostDatesRow.SELECT, PostDatesRow.class, filter, orderBy, offset, limit);
    }

    /** One page of a projection ({@code select new ... from Post p}) under a filter. */
    private <R> List<R> page(String select, Class<R> type, Filter filter, String orderBy, long offset, int limit) {
        TypedQuery<R> query = filter.bind(
                getEntityManager().createQuery(select + " where " + filter.where() + " order by " + orderBy, type));
        return query.setFirstResult((int) offset).setMaxResults(limit).getResultList();
    }

    /**
     * The visible post with this slug in a language if one is given; else in the default language if
     * there is one, else in the first language by tag.
     *
     * @param language the {@code ?lang=} filter, or null
     */
    public Optional<Post> findVisibleBySlug(
            String slug, LanguageFilter language, String defaultLang, Visibility visibility) {
        Filter filter = visibility.jpql();
        if (language != null) {
            filter = filter.and(language.jpql());
        }
        return filter.bind(getEntityManager()
                        .createQuery(
                                "from Post p where p.slug = :slug and " + filter.where()
                                        + " order by case when p.lang = :defaultLang then 0 else 1 end, p.lang",
                                Post.class)
                        .setParameter("slug", slug)
                        .setParameter("defaultLang", defaultLang)
                        .setMaxResults(1))
                .getResultStream()
                .findFirst();
    }

    /** A post in one language of a translation key. */
    public record TranslationRow(String translationKey, String lang, String publicId, String slug) {}

    /**
     * The posts of these translation keys that a filter admits, one per key and language, by key and
     * language. Should two posts of one language share a key, the one published first stands for it
     * (the order of {@code KeyElection}: dated before undated, then path), so the answer depends on the
     * files alone.
     */
    public List<TranslationRow> translations(Collection<String> keys, Filter filter) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Filter scoped = filter.and("p.translationKey in :keys", Map.of("keys", List.copyOf(keys)));
        List<TranslationRow> rows = new ArrayList<>();
        TranslationRow last = null;
        for (Object[] row : scoped.bind(getEntityManager()
                        .createQuery(
                                "select p.translationKey, p.lang, p.publicId, p.slug from Post p where "
                                        + scoped.where() + " order by p.translationKey, p.lang,"
                                        + " case when p.publishedAt is null then 1 else 0 end, p.publishedAt,"
                                        + " p.sourcePath",
                                Object[].class))
                .getResultList()) {
            TranslationRow next =
                    new TranslationRow((String) row[0], (String) row[1], (String) row[2], (String) row[3]);
            if (last == null
                    || !last.translationKey().equals(next.translationKey())
                    || !last.lang().equals(next.lang())) {
                rows.add(next);
                last = next;
            }
        }
        return rows;
    }

    public Optional<Post> findVisibleByPublicId(String publicId, Visibility visibility) {
        return findVisible("publicId", publicId, visibility);
    }

    /** The slug a redirecting alias (an old slug or a front matter alias) now points to. */
    /** The visible post an alias (a front matter alias or a former slug) redirects to. */
    public Optional<Post> findByAlias(String alias, Visibility visibility) {
        Filter filter = visibility.jpql();
        return filter.bind(getEntityManager()
                        .createQuery(
                                "select p from PostAlias a, Post p where a.postId = p.id and a.slug = :alias and "
                                        + filter.where(),
                                Post.class)
                        .setParameter("alias", alias))
                .getResultStream()
                .findFirst();
    }

    /** The closest visible dated post before or after {@code post} in (date, slug) order. */
    public Optional<PostRow> neighbour(Post post, Visibility visibility, boolean newer) {
        String direction = newer ? ">" : "<";
        String order = newer ? "asc" : "desc";
        Filter filter = visibility.jpql();
        return filter.bind(getEntityManager()
                        .createQuery(
                                PostRow.SELECT + " where " + filter.where()
                                        + " and p.lang = :lang and p.publishedAt is not null and (p.publishedAt "
                                        + direction + " :date or (p.publishedAt = :date and p.slug " + direction
                                        + " :slug)) order by p.publishedAt " + order + ", p.slug " + order,
                                PostRow.class)
                        .setParameter("lang", post.lang)
                        .setParameter("date", post.publishedAt)
                        .setParameter("slug", post.slug)
                        .setMaxResults(1))
                .getResultStream()
                .findFirst();
    }

    /** The body of a post. */
    public PostBody body(long postId) {
        return getEntityManager()
                .createQuery("select b from Post p" + PostBody.OF_POST + " where p.id = :id", PostBody.class)
                .setParameter("id", postId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** The bodies of a set of posts, by post id, in one query. */
    public Map<Long, PostBody> bodies(Collection<Long> postIds) {
        Map<Long, PostBody> bodies = new HashMap<>();
        if (!postIds.isEmpty()) {
            getEntityManager()
                    .createQuery(
                            "select p.id, b from Post p" + PostBody.OF_POST + " where p.id in :ids", Object[].class)
                    .setParameter("ids", postIds)
                    .getResultStream()
                    .forEach(row -> bodies.put((Long) row[0], (PostBody) row[1]));
        }
        return bodies;
    }

    /** Tag names of each post, in the order the author wrote them; one query for any number of posts. */
    public Map<Long, List<String>> tagNames(Collection<Long> postIds) {
        Map<Long, List<String>> names = new HashMap<>();
        if (postIds.isEmpty()) {
            return names;
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select pt.key.postId, pt.name from PostTag pt where pt.key.postId in :ids"
                                + " order by pt.key.postId, pt.position",
                        Object[].class)
                .setParameter("ids", postIds)
                .getResultList();
        for (Object[] row : rows) {
            names.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        return names;
    }

    /**
     * The next moment a scheduled post appears or a post expires, if any is ahead: the next
     * visibility boundary (see {@link Visibility}).
     */
    public Optional<Instant> nextVisibilityChange(Instant now) {
        Instant publish = getEntityManager()
                .createQuery(
                        "select min(p.publishedAt) from Post p where p.draft = false and p.publishedAt > :now",
                        Instant.class)
                .setParameter("now", now)
                .getSingleResult();
        Instant expire = getEntityManager()
                .createQuery(
                        "select min(p.expiresAt) from Post p where p.draft = false and p.expiresAt > :now",
                        Instant.class)
                .setParameter("now", now)
                .getSingleResult();
        if (publish == null) {
            return Optional.ofNullable(expire);
        }
        return Optional.of(expire == null || publish.isBefore(expire) ? publish : expire);
    }

    /** What the post list index needs of every post (drafts included), in one query. */
    public List<PostSortRow> sortRows() {
        return getEntityManager()
                .createQuery(PostSortRow.SELECT_ALL, PostSortRow.class)
                .getResultList();
    }

    /** The tags of every post in the author's order, by post id, in one query. */
    public Map<Long, List<PostTagRef>> allPostTags() {
        Map<Long, List<PostTagRef>> tags = new HashMap<>();
        getEntityManager()
                .createQuery(
                        "select pt.key.postId, pt.key.tagId, pt.name from PostTag pt order by pt.key.postId, pt.position",
                        Object[].class)
                .getResultStream()
                .forEach(row -> tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>(4))
                        .add(new PostTagRef((Long) row[1], (String) row[2])));
        return tags;
    }

    /** Summary rows of these posts, in the order of {@code ids}; ids without a post are left out. */
    public List<PostRow> rowsInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PostRow> rows = new HashMap<>();
        getEntityManager()
                .createQuery(PostRow.SELECT + " where p.id in :ids", PostRow.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> rows.put(row.id(), row));
        List<PostRow> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            PostRow row = rows.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    /**
     * The last visibility boundary that has passed: the latest date or expiry of a post that is not a
     * draft, not after {@code now}. Between two boundaries the published posts stay the same, so
     * answers computed for any moment since this one are the answers for now.
     */
    public Optional<Instant> lastVisibilityChange(Instant now) {
        Instant publish = getEntityManager()
                .createQuery(
                        "select max(p.publishedAt) from Post p where p.draft = false and p.publishedAt <= :now",
                        Instant.class)
                .setParameter("now", now)
                .getSingleResult();
        Instant expire = getEntityManager()
                .createQuery(
                        "select max(p.expiresAt) from Post p where p.draft = false and p.expiresAt <= :now",
                        Instant.class)
                .setParameter("now", now)
                .getSingleResult();
        if (publish == null) {
            return Optional.ofNullable(expire);
        }
        return Optional.of(expire == null || publish.isAfter(expire) ? publish : expire);
    }

    /** The front matter JSON of every post, to learn which keys exist. */
    public List<String> allFrontMatter() {
        return getEntityManager()
                .createQuery("select p.frontMatter from Post p", String.class)
                .getResultList();
    }
}
