package io.quire.tag.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quire.post.domain.LanguageFilter;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class TagRepository implements PanacheRepository<Tag> {

    private static final String COUNTS = "select new io.quire.tag.domain.TagCount(t.slug, t.name,"
            + " count(p)) from Tag t join PostTag pt on pt.key.tagId = t.id join Post p on p.id = pt.key.postId"
            + " where ";

    /** Ids of the tags a client's value names: by slug, or by name ignoring case. */
    public List<Long> idsMatching(String slug, String name) {
        return getEntityManager()
                .createQuery("select t.id from Tag t where t.slug = :slug or lower(t.name) = :name", Long.class)
                .setParameter("slug", slug)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .getResultList();
    }

    /** The id of the tag with exactly this slug. */
    public Optional<Long> idBySlug(String slug) {
        return getEntityManager()
                .createQuery("select t.id from Tag t where t.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** The posts that count: those the reader sees, in a language if one is given. */
    private static PostRepository.Filter filter(Visibility visibility, LanguageFilter language) {
        return language == null ? visibility.jpql() : visibility.jpql().and(language.jpql());
    }

    /** Every tag of a post the reader sees (in a language, if one is given), with how many such posts carry it. */
    public List<TagCount> visibleCounts(Visibility visibility, LanguageFilter language, boolean byName) {
        String order = byName ? "lower(t.name), t.slug" : "count(p) desc, lower(t.name), t.slug";
        PostRepository.Filter filter = filter(visibility, language);
        return filter.bind(getEntityManager()
                        .createQuery(
                                COUNTS + filter.where() + " group by t.slug, t.name order by " + order, TagCount.class))
                .getResultList();
    }

    public Optional<TagCount> visibleCount(String slug, Visibility visibility, LanguageFilter language) {
        PostRepository.Filter filter = filter(visibility, language);
        return filter.bind(getEntityManager()
                        .createQuery(
                                COUNTS + filter.where() + " and t.slug = :slug group by t.slug, t.name", TagCount.class)
                        .setParameter("slug", slug))
                .getResultStream()
                .findFirst();
    }
}
