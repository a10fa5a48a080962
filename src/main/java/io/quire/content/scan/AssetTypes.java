package io.quire.content.scan;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files next to posts that Quire serves, by file name extension: images, video, audio and PDF.
 * Anything else in the content root (configuration, scripts, text) is never served, whatever links
 * to it. The type is decided by the name alone and sent with {@code X-Content-Type-Options: nosniff},
 * so a file cannot make a browser treat it as something else.
 */
public final class AssetTypes {

    /** What an asset is, as far as serving it is concerned. */
    public enum Kind {
        IMAGE,
        VECTOR_IMAGE,
        VIDEO,
        AUDIO,
        DOCUMENT
    }

    /** A served type: the {@code Content-Type} and what kind of file it is. */
    public record Type(String mediaType, Kind kind) {

        /** Raster or vector images, whose width and height are read at import. */
        public boolean isImage() {
            return kind == Kind.IMAGE || kind == Kind.VECTOR_IMAGE;
        }
    }

    private static final Map<String, Type> BY_EXTENSION = Map.ofEntries(
            Map.entry("png", new Type("image/png", Kind.IMAGE)),
            Map.entry("jpg", new Type("image/jpeg", Kind.IMAGE)),
            Map.entry("jpeg", new Type("image/jpeg", Kind.IMAGE)),
            Map.entry("gif", new Type("image/gif", Kind.IMAGE)),
            Map.entry("webp", new Type("image/webp", Kind.IMAGE)),
            Map.entry("avif", new Type("image/avif", Kind.IMAGE)),
            Map.entry("bmp", new Type("image/bmp", Kind.IMAGE)),
            Map.entry("ico", new Type("image/vnd.microsoft.icon", Kind.IMAGE)),
            Map.entry("svg", new Type("image/svg+xml", Kind.VECTOR_IMAGE)),
            Map.entry("mp4", new Type("video/mp4", Kind.VIDEO)),
            Map.entry("m4v", new Type("video/mp4", Kind.VIDEO)),
            Map.entry("webm", new Type("video/webm", Kind.VIDEO)),
            Map.entry("ogv", new Type("video/ogg", Kind.VIDEO)),
            Map.entry("mov", new Type("video/quicktime", Kind.VIDEO)),
            Map.entry("mp3", new Type("audio/mpeg", Kind.AUDIO)),
            Map.entry("m4a", new Type("audio/mp4", Kind.AUDIO)),
            Map.entry("ogg", new Type("audio/ogg", Kind.AUDIO)),
            Map.entry("oga", new Type("audio/ogg", Kind.AUDIO)),
            Map.entry("opus", new Type("audio/ogg", Kind.AUDIO)),
            Map.entry("wav", new Type("audio/wav", Kind.AUDIO)),
            Map.entry("flac", new Type("audio/flac", Kind.AUDIO)),
            Map.entry("pdf", new Type("application/pdf", Kind.DOCUMENT)));

    private AssetTypes() {}

    /** The served type of a file name, or empty for files Quire does not serve. */
    public static Optional<Type> of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    public static boolean isAsset(String fileName) {
        return of(fileName).isPresent();
    }
}
