package io.quire.content.scan;

import java.nio.file.Path;

/**
 * A Markdown file found under the content root.
 *
 * @param path relative to the content root, with {@code /} separators: the file's identity in reports
 * @param inDraftsFolder under a {@code _drafts/} folder: imported as a draft
 */
public record SourceFile(String path, Path file, long size, boolean inDraftsFolder) {}
