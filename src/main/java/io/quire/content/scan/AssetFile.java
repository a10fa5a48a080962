package io.quire.content.scan;

import java.nio.file.Path;

/**
 * A file under the content root that Quire serves as an asset (an image, video, audio or PDF file
 * next to the posts), as the scan found it.
 *
 * @param path relative to the content root, with {@code /} separators: the asset's identity
 * @param modifiedMillis the file's modification time, in milliseconds since the epoch: with the size,
 *     what tells the import whether it must read the file again
 */
public record AssetFile(String path, Path file, long size, long modifiedMillis) {}
