package io.quire.content.scan;

import io.quire.content.ContentProblem;
import java.time.Instant;
import java.util.List;

/**
 * The Markdown files of a content root in path order, and what the scan had to skip.
 *
 * @param complete false when some files could not be listed (too many files, unreadable folders):
 *     then posts whose files were not seen must not be deleted
 * @param lastModified the latest modification time of the Markdown files and folders seen (a folder's
 *     changes when a file in it is added, removed or renamed), or null when there are none: when the
 *     content last changed, as the files themselves tell, so a database rebuilt from unchanged files
 *     dates its content the same
 */
public record ScanResult(
        List<SourceFile> files, List<ContentProblem> problems, boolean complete, Instant lastModified) {}
