package io.quire.content.importer;

import io.quire.content.ContentProblem;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one import did: when, how many files of each kind, every problem found, and what it changed
 * for caches.
 *
 * @param completed false when the content root could not be read, so nothing was imported
 * @param version the content version this import stored; null when it stored nothing (a dry run, or
 *     nothing had changed)
 * @param surrogateKeys the surrogate keys of every response this import may have changed (see
 *     docs/deploy.md): what to purge from a CDN; empty when the public sees no change
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
        List<ContentProblem> problems,

        @Schema(description = "The content version this import stored; null when it stored nothing", nullable = true)
        Long version,

        @Schema(
                description = "Surrogate keys (Surrogate-Key, Cache-Tag) of every response this import may have"
                        + " changed: what to purge from a CDN. Empty when the public sees no change.")
        List<String> surrogateKeys) {

    public long errorCount() {
        return problems.stream()
                .filter(p -> p.severity() == ContentProblem.Severity.ERROR)
                .count();
    }
}
