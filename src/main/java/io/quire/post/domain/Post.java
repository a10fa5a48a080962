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

/**
 * One imported Markdown file, with everything a response needs computed at import time (counts,
 * excerpt; the HTML and TOC are in its {@link PostBody}). Never leaves the service layer: services answer with records from {@code post.view}.
 */
@Entity
@Table(name = "post")
public class Post extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    public Long id;

    /**
     * The {@link PostBody} served now. An import writes a changed body as a new row first and moves this
     * pointer in its transaction, so readers switch from the old body to the new one when it commits.
     */
    @Column(name = "body_id")
    public Long bodyId;

    /** The public {@code id}: the front matter id as a string, or a generated number. */
    @Column(name = "public_id", nullable = false)
    public String publicId;

    /** Whether {@link #publicId} is returned as a JSON number rather than a string. */
    @Column(name = "public_id_numeric", nullable = false)
    public boolean publicIdNumeric;

    @Column(nullable = false)
    public String slug;

    @Column(name = "source_path", nullable = false)
    public String sourcePath;

    /** The post's language, a normalised tag ({@code en}, {@code pt-br}); slugs are unique per language. */
    @Column(nullable = false)
    public String lang;

    /** Whether the files say the language (front matter, file suffix, locale folder), not the default. */
    @Column(name = "lang_declared", nullable = false)
    public boolean langDeclared;

    /** What the post's translations share ({@code key:...} or {@code path:...}). */
    @Column(name = "translation_key", nullable = false)
    public String translationKey;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(nullable = false)
    public String title;

    public String excerpt;

    /** The publication date as the author wrote it, normalised to ISO-8601. */
    @Column(name = "date_text")
    public String dateText;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "updated_text")
    public String updatedText;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    public boolean featured;

    public boolean draft;

    @Column(name = "read_time", nullable = false)
    public String readTime;

    @Column(name = "reading_minutes")
    public int readingMinutes;

    @Column(name = "word_count")
    public int wordCount;

    /** JSON object of the front matter keys returned verbatim (all but the canonical fields). */
    @Column(name = "front_matter", nullable = false)
    public String frontMatter;

    /** The content version of the import that last created or changed this post. */
    @Column(name = "changed_version", nullable = false)
    public long changedVersion;

    /** When the import that last created or changed this post ran. */
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /**
     * The slug this post asks for (its front matter slug, else the one from its path; empty when
     * neither has letters or digits): {@link #slug} is what it got.
     */
    @Column(name = "slug_claim", nullable = false)
    public String slugClaim;

    /** Whether {@link #slugClaim} is a front matter slug. */
    @Column(name = "slug_explicit", nullable = false)
    public boolean slugExplicit;

    /** Whether {@link #publicId} is a front matter id (else generated from the path). */
    @Column(name = "public_id_explicit", nullable = false)
    public boolean publicIdExplicit;

    /**
     * The first content version at which an earlier version of this post (under this public id) was
     * public, or null: what sync may tell clients about this post once it is hidden.
     */
    @Column(name = "exposed_version")
    public Long exposedVersion;

    /** The slug of the last earlier version of this post that was public, or null. */
    @Column(name = "exposed_slug")
    public String exposedSlug;
}
