package io.quire.content.asset;

import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.scan.AssetFile;
import io.quire.content.scan.AssetTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stage 2 (read) of an import, for assets: a file whose size and modification time are those indexed is
 * not read again; any other is read once, hashing every byte (SHA-256: its URL and ETag) and keeping
 * the first {@link ImageSizes#HEADER_BYTES} for its image size. Thread-safe.
 */
public final class AssetReader {

    /** Bump when what is read from a file changes, so that stored assets are read again. */
    public static final int REVISION = 1;

    private final AssetLimits limits;

    public AssetReader(AssetLimits limits) {
        this.limits = limits;
    }

    public AssetOutcome read(AssetFile file, StoredAsset previous) {
        if (previous != null
                && previous.size() == file.size()
                && previous.modifiedMillis() == file.modifiedMillis()
                && previous.revision() == REVISION) {
            return new AssetOutcome.Unchanged(file.path());
        }
        if (file.size() > limits.maxFileSize()) {
            return new AssetOutcome.Failed(
                    file.path(),
                    warning(
                            file.path(),
                            "not served: the file has " + file.size() + " bytes, more than quire.assets.max-file-size ("
                                    + limits.maxFileSize() + ")",
                            "make the file smaller, or raise quire.assets.max-file-size",
                            "asset-too-large"));
        }
        AssetTypes.Type type = AssetTypes.of(file.path()).orElseThrow();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] header = new byte[type.isImage() ? ImageSizes.HEADER_BYTES : 0];
            int headerLength = 0;
            long total = 0;
            byte[] buffer = new byte[65_536];
            try (InputStream in = Files.newInputStream(file.file())) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                    int keep = Math.min(n, header.length - headerLength);
                    System.arraycopy(buffer, 0, header, headerLength, keep);
                    headerLength += keep;
                    total += n;
                }
            }
            ImageSize size = type.isImage() ? ImageSizes.read(header, headerLength, type.mediaType()) : null;
            return new AssetOutcome.Read(new AssetInfo(
                    file.path(),
                    HexFormat.of().formatHex(digest.digest()),
                    type.mediaType(),
                    total,
                    file.modifiedMillis(),
                    size == null ? null : size.width(),
                    size == null ? null : size.height()));
        } catch (IOException e) {
            return new AssetOutcome.Failed(
                    file.path(),
                    warning(
                            file.path(),
                            "not served: cannot read the file: " + e.getMessage(),
                            "check the file's permissions",
                            "asset-unreadable"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static ContentProblem warning(String path, String message, String hint, String code) {
        return new ContentProblem(path, null, null, Severity.WARNING, message, hint, code);
    }
}
