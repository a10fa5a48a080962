package io.quire.content.importer;

import io.quire.config.QuireConfig;
import io.quire.content.ContentVersion;
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
 * again: the import service tries again by itself, so no restart is needed. A serving-only instance
 * ({@code quire.import.on-startup=false}) that has not imported itself is ready once the shared
 * database holds an import made elsewhere (content version 1 or more).
 */
@Readiness
@ApplicationScoped
public class ImportReadinessCheck implements HealthCheck {

    private final ImportService importer;
    private final ContentVersion contentVersion;
    private final QuireConfig config;

    public ImportReadinessCheck(ImportService importer, ContentVersion contentVersion, QuireConfig config) {
        this.importer = importer;
        this.contentVersion = contentVersion;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Optional<ImportService.StoreFailure> failure = importer.storeFailure();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("content-import");
        Optional<ImportReport> last = importer.lastReport();
        boolean imported;
        if (last.isPresent()) {
            ImportReport report = last.get();
            response.withData("finishedAt", report.finishedAt().toString())
                    .withData("failedFiles", report.failed())
                    .withData("contentRootReadable", report.completed());
            imported = report.completed();
        } else if (config.importing().onStartup() || failure.isPresent()) {
            imported = false;
        } else {
            long version = contentVersion.storedVersion();
            response.withData("importedElsewhere", true).withData("contentVersion", version);
            imported = version > 0;
        }
        response.withData("importsStored", failure.isEmpty());
        failure.ifPresent(
                f -> response.withData("storeFailedAt", f.at().toString()).withData("storeError", f.cause()));
        return response.status(imported && failure.isEmpty()).build();
    }
}
