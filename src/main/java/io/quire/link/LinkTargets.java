package io.quire.link;

/**
 * What references in posts can point at: the posts (by source path, and by {@link ContentPaths#stem})
 * and the assets (by path) of one content version. The import checks references against the files it
 * scanned; the read side resolves them against the database of the version it serves.
 */
public interface LinkTargets {

    /** The post imported from this Markdown file, or null. */
    PostTarget post(String path);

    /** The post a bare name refers to: the first, in path order, whose {@link ContentPaths#stem} it is. */
    PostTarget postByStem(String stem);

    /** The asset at this path, or null. */
    AssetTarget asset(String path);

    /**
     * A post a link can lead to.
     *
     * @param publicId its public id; slug and id make its public page's URL
     * @param draft drafts are linked to only in previews
     * @param lang its language (for a post URL template with {@code {lang}})
     */
    record PostTarget(String path, String publicId, String slug, boolean draft, String lang) {}

    /**
     * An asset a link or image can show.
     *
     * @param hash its SHA-256, hex: part of its URL
     * @param width displayed width of an image, or null
     * @param height displayed height of an image, or null
     */
    record AssetTarget(String path, String hash, Integer width, Integer height) {}
}
