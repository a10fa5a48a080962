package io.quire.asset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An image, video, audio or PDF file of the content root, as the last import read it. */
@Entity
@Table(name = "asset")
public class Asset {

    /** Relative to the content root, with {@code /} separators. */
    @Id
    public String path;

    /** SHA-256 of the bytes, hex: the content-hashed URL and the ETag. */
    @Column(nullable = false)
    public String hash;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(name = "modified_millis", nullable = false)
    public long modifiedMillis;

    /** Displayed width of an image, or null. */
    public Integer width;

    public Integer height;

    /** The asset reader's revision that read the file. */
    @Column(nullable = false)
    public int revision;
}
