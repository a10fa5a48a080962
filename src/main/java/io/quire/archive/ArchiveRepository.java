package io.quire.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
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
     * condition is {@code PostRepository.VISIBLE} in SQL.
     */
    private static final String MONTHS = "select y, m, count(*) from ("
            + "select extract(year from (published_at at time zone 'UTC')) as y,"
            + " extract(month from (published_at at time zone 'UTC')) as m"
            + " from post where draft = false and published_at is not null and published_at <= :now"
            + " and (expires_at is null or expires_at > :now)) dated"
            + " group by y, m order by y desc, m desc";

    private final EntityManager em;

    public ArchiveRepository(EntityManager em) {
        this.em = em;
    }

    public List<ArchiveMonth> months(Instant now) {
        List<?> rows = em.createNativeQuery(MONTHS).setParameter("now", now).getResultList();
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
