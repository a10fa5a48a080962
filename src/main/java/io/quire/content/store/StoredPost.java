package io.quire.content.store;

/** What the importer needs to know of a post already in the database. */
public record StoredPost(
        long id, String path, String publicId, boolean publicIdNumeric, String slug, String contentHash) {}
