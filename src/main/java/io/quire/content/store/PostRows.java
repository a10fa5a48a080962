package io.quire.content.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.content.assemble.ImportedPost;
import io.quire.content.plan.AssembledPost;
import io.quire.content.plan.PlannedPost;
import io.quire.content.plan.StoredPost;
import io.quire.post.domain.Post;
import io.quire.post.domain.PostBody;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Row mapping: what the {@code post} and {@code post_body} columns of an assembled post hold. An
 * updated post keeps its row id, and what sync knows of its earlier versions as long as its public
 * id stays. No database access.
 */
final class PostRows {

    private final ObjectMapper json;

    PostRows(ObjectMapper json) {
        this.json = json;
    }

    Post post(AssembledPost assembled, long version, Instant changedAt) {
        Post post = new Post();
        StoredPost previous = assembled.planned().previous();
        if (previous != null) {
            post.id = previous.id();
            if (previous.publicId().equals(assembled.planned().publicId())) {
                post.exposedVersion = previous.exposedVersionUntil(changedAt);
                post.exposedSlug = previous.exposedSlugUntil(changedAt);
            }
        }
        fill(post, assembled.planned(), assembled.post());
        post.changedVersion = version;
        post.changedAt = changedAt;
        return post;
    }

    PostBody body(ImportedPost source) {
        PostBody body = new PostBody();
        body.html = source.html();
        body.toc = toJson(source.toc());
        body.markdown = source.markdown();
        body.plainText = source.plainText();
        body.bodyHash = hash(body.html, body.toc, body.markdown, body.plainText);
        return body;
    }

    /** Each part's length, then its UTF-8 bytes, so that no two different bodies run together the same. */
    static String hash(String... parts) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(
                    ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private void fill(Post post, PlannedPost planned, ImportedPost source) {
        post.publicId = planned.publicId();
        post.publicIdNumeric = planned.publicIdNumeric();
        post.publicIdExplicit = planned.post().explicitId() != null;
        post.slug = planned.slug();
        post.slugClaim = planned.post().slug();
        post.slugExplicit = planned.post().slugExplicit();
        post.lang = source.language().lang();
        post.langDeclared = source.language().declared();
        post.translationKey = source.language().translationKey();
        post.sourcePath = source.path();
        post.contentHash = source.contentHash();
        post.title = source.title();
        post.excerpt = source.excerpt();
        post.dateText = source.date() == null ? null : source.date().text();
        post.publishedAt = source.date() == null ? null : source.date().instant();
        post.updatedText = source.updated() == null ? null : source.updated().text();
        post.updatedAt = source.updated() == null ? null : source.updated().instant();
        post.expiresAt =
                source.expiryDate() == null ? null : source.expiryDate().instant();
        post.featured = source.featured();
        post.draft = source.draft();
        post.readTime = source.readTime();
        post.readingMinutes = source.readingMinutes();
        post.wordCount = source.wordCount();
        post.frontMatter = toJson(source.frontMatter());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }
}
