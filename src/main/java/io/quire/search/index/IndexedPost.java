package io.quire.search.index;

import io.quire.search.analysis.StemLanguage;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;

/**
 * What the search index knows of one post. Drafts, scheduled and expired posts are indexed too, with
 * their flag and dates, and filtered when a query runs by the {@link io.quire.post.domain.Visibility}
 * rule: the public never finds them, a preview does, and the index does not have to change when a
 * date passes.
 *
 * @param id the database id
 * @param excerpt may be null
 * @param body the plain text of the body
 * @param tags as this post writes them, in its order
 * @param publishedAt null for an undated post
 * @param updatedAt null when never updated
 * @param expiresAt null when it never expires
 * @param stemming the language whose stemmed fields the post gets
 * @param lang the post's language tag, for {@code ?lang=}
 */
public record IndexedPost(
        long id,
        String slug,
        String title,
        String excerpt,
        String body,
        List<Tag> tags,
        Instant publishedAt,
        Instant updatedAt,
        Instant expiresAt,
        boolean featured,
        boolean draft,
        StemLanguage stemming,
        String lang) {

    /**
     * A hash (the first 64 bits of SHA-256) of everything indexed of this post: every component, each
     * with its length, so that two posts indexed differently never share it but by a chance of one in
     * 2^64. An index derived from the previous version's ({@link IndexBuilder#updating}) indexes a post
     * again only when its hash changed.
     */
    public long contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DataOutputStream out =
                    new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
                out.writeLong(id);
                for (String text : new String[] {slug, title, excerpt, body, lang, stemming.name()}) {
                    writeNullable(out, text);
                }
                out.writeInt(tags.size());
                for (Tag tag : tags) {
                    out.writeLong(tag.id());
                    writeNullable(out, tag.name());
                }
                for (Instant instant : new Instant[] {publishedAt, updatedAt, expiresAt}) {
                    writeNullable(out, instant == null ? null : instant.toString());
                }
                out.writeBoolean(featured);
                out.writeBoolean(draft);
            }
            return ByteBuffer.wrap(digest.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeNullable(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** A tag of a post: its database id, and its name as this post writes it. */
    public record Tag(long id, String name) {}
}
