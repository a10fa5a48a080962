package io.quire.content.scan;

import io.quire.content.ContentProblem;
import java.util.List;

/** The Markdown files of a content root in path order, and what the scan had to skip. */
public record ScanResult(List<SourceFile> files, List<ContentProblem> problems) {}
