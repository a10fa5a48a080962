package io.quire.content.asset;

/**
 * How many asset files one import indexes, and how large one may be; larger or later files are
 * reported and not served.
 */
public record AssetLimits(long maxFileSize, int maxFiles) {

    public static final long DEFAULT_MAX_FILE_SIZE = 268_435_456;
    public static final int DEFAULT_MAX_FILES = 100_000;

    public static AssetLimits defaults() {
        return new AssetLimits(DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_FILES);
    }
}
