package io.quire.content.importer;

import io.quire.content.ContentProblem;
import java.time.Instant;
import java.util.List;

/**
 * What one import did: when, how many files of each kind, and every problem found.
 *
 * @param completed false when the content root could not be read, so nothing was imported
 */
public record ImportReport(
        Instant startedAt,
        Instant finishedAt,
        boolean dryRun,
        boolean completed,
        int created,
        int updated,
        int unchanged,
        int deleted,
        int failed,
        List<ContentProblem> problems) {

    public long errorCount() {
        return problems.stream()
                .filter(p -> p.severity() == ContentProblem.Severity.ERROR)
                .count();
    }
}
