package io.quire.archive.domain;

import io.quire.post.domain.LanguageFilter;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/** Counts of published posts per month, grouped in the database. */
@ApplicationScoped
public class ArchiveRepository {

    /**
     * Native SQL because the month must be the UTC month of the stored instant: HQL's {@code year()}
     * and {@code month()} read a {@code TIMESTAMP WITH TIME ZONE} in the database session's zone on
     * PostgreSQL (the JVM's zone), so a post of 23:30 UTC on 31 January would count for February in
     * Berlin. {@code AT TIME ZONE 'UTC'} means the same on H2 and PostgreSQL. The visibility
     * condition is {@link Visibility#sql()}, generated from the same rule as every other filter.
     */
    private static final String MONTHS = "select y, m, count(*) from ("
            + "select extract(year from (published_at at time zone 'UTC')) as y,"
            + " extract(month from (published_at at time zone 'UTC')) as m"
            + " from post where published_at is not null and %s) dated"
            + " group by y, m order by y desc, m desc";

    private final EntityManager em;

    public ArchiveRepository(EntityManager em) {
        this.em = em;
    }

    /** Dated posts the reader sees (in a language, if one is given), per UTC month. */
    public List<ArchiveMonth> months(Visibility visibility, LanguageFilter language) {
        PostRepository.Filter filter =
                language == null ? visibility.sql() : visibility.sql().and(language.sql());
        List<?> rows = filter.bind(em.createNativeQuery(MONTHS.formatted(filter.where())))
                .getResultList();
        List<ArchiveMonth> months = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            // The number types of extract() and count() differ between databases.
            months.add(new ArchiveMonth(
                    ((Number) columns[0]).intValue(),
                    ((Number) columns[1]).intValue(),
                    ((Number) columns[2]).longValue()));
        }
        return months;
    }
}
