package io.quire.content.scan;

import io.quire.content.ContentProblem;
import java.util.List;

/**
 * The Markdown files of a content root in path order, and what the scan had to skip.
 *
 * @param complete false when some files could not be listed (too many files, unreadable folders):
 *     then posts whose files were not seen must not be deleted
 * @param assets the files Quire serves as assets (images, video, audio, PDF), in path order
 */
public record ScanResult(
        List<SourceFile> files, List<ContentProblem> problems, boolean complete, List<AssetFile> assets) {}
