package io.quire.content;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The single row holding the content version shared by every instance on this database. */
@Entity
@Table(name = "content_state")
public class ContentState extends PanacheEntityBase {

    public static final int ROW = 1;

    @Id
    public Integer id;

    @Column(nullable = false)
    public long version;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** Random, set when the database was created: tells sync tokens of another database apart. */
    @Column(name = "database_id", nullable = false)
    public long databaseId;

    /** The newest version whose tombstones were pruned: sync tokens from before it are refused. */
    @Column(name = "pruned_version", nullable = false)
    public long prunedVersion;
}
