package io.quire.content.importer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the first import has finished: before that, the API would serve an empty index. An
 * import that could not read the content root at all (a missing mount) keeps the instance unready, as
 * does one the database refused to store (read-only, full, unreachable) until an import is stored
 * again: the import service tries again by itself, so no restart is needed.
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
        Optional<ImportService.StoreFailure> failure = importer.storeFailure();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("content-import");
        importer.lastReport()
                .ifPresent(report -> response.withData(
                                "finishedAt", report.finishedAt().toString())
                        .withData("failedFiles", report.failed())
                        .withData("contentRootReadable", report.completed()));
        response.withData("importsStored", failure.isEmpty());
        failure.ifPresent(
                f -> response.withData("storeFailedAt", f.at().toString()).withData("storeError", f.cause()));
        boolean ready = importer.lastReport().map(ImportReport::completed).orElse(false) && failure.isEmpty();
        return response.status(ready).build();
    }
}
