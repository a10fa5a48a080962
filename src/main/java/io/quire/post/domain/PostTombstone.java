package io.quire.post.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A deleted post, remembered so that sync clients learn to drop it. */
@Entity
@Table(name = "post_tombstone")
public class PostTombstone extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tombstone_seq")
    @SequenceGenerator(name = "tombstone_seq", sequenceName = "tombstone_seq", allocationSize = 50)
    public Long id;

    @Column(name = "public_id", nullable = false)
    public String publicId;

    @Column(name = "public_id_numeric", nullable = false)
    public boolean publicIdNumeric;

    @Column(nullable = false)
    public String slug;

    @Column(name = "deleted_version", nullable = false)
    public long deletedVersion;

    @Column(name = "deleted_at", nullable = false)
    public Instant deletedAt;

    /** The first content version at which the post was public; null if it never was. */
    @Column(name = "exposed_version")
    public Long exposedVersion;

    /**
     * @param slug the slug the post was last public under
     * @param exposedVersion the first version at which it was public
     */
    public static PostTombstone of(
            String publicId, boolean publicIdNumeric, String slug, long version, Instant at, long exposedVersion) {
        PostTombstone tombstone = new PostTombstone();
        tombstone.publicId = publicId;
        tombstone.publicIdNumeric = publicIdNumeric;
        tombstone.slug = slug;
        tombstone.deletedVersion = version;
        tombstone.deletedAt = at;
        tombstone.exposedVersion = exposedVersion;
        return tombstone;
    }
}
