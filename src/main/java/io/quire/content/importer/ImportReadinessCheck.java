package io.quire.content.importer;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the first import has finished: before that, the API would serve an empty index. */
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
                        .up()
                        .withData("finishedAt", report.finishedAt().toString())
                        .withData("failedFiles", report.failed())
                        .build())
                .orElseGet(
                        () -> HealthCheckResponse.named("content-import").down().build());
    }
}
