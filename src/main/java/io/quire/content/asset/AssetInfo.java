package io.quire.content.asset;

/**
 * An asset as the import read it: what serving it and linking to it need.
 *
 * @param path relative to the content root, with {@code /} separators
 * @param hash SHA-256 of the file's bytes, 64 lower-case hex digits
 * @param width the displayed width of an image, or null (not an image, or its size is unknown)
 * @param height the displayed height of an image, or null
 */
public record AssetInfo(
        String path, String hash, String mediaType, long size, long modifiedMillis, Integer width, Integer height) {}
