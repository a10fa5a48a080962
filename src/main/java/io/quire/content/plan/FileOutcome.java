package io.quire.content.plan;

import io.quire.content.ContentProblem;
import io.quire.content.assemble.DescribedPost;

/** What reading one scanned file gave: the same bytes as stored, a new version, or a failure. */
public sealed interface FileOutcome {

    String path();

    record Unchanged(String path) implements FileOutcome {}

    record Parsed(String path, DescribedPost post) implements FileOutcome {}

    record Failed(String path, ContentProblem problem) implements FileOutcome {}
}
