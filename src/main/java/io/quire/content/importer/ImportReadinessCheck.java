package io.quire.content.importer;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the first import has finished: before that, the API would serve an empty index. An
 * import that could not read the content root at all (a missing mount) keeps the instance unready.
 */
@Readiness
@ApplicationScoped
public class ImportReadinessCheck implements HealthCheck {

    private final ImportService importer;

    public ImportReadinessCheck(ImportService importer) {
        this.importer = importer;
    }

    @Override
    public HealthCheckResponse call() {
        return importer.lastReport()
                .map(report -> HealthCheckResponse.named("content-import")
                        .status(report.completed())
                        .withData("finishedAt", report.finishedAt().toString())
                        .withData("failedFiles", report.failed())
                        .withData("contentRootReadable", report.completed())
                        .build())
                .orElseGet(
                        () -> HealthCheckResponse.named("content-import").down().build());
    }
}
