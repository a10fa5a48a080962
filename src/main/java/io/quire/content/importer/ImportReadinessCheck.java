package io.quire.content.importer;

import io.quire.config.QuireConfig;
import io.quire.content.ContentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the first import has finished: before that, the API would serve an empty index. An
 * import that could not read the content root at all (a missing mount) keeps the instance unready. A
 * serving-only instance ({@code quire.import.on-startup=false}) that has not imported itself is ready
 * once the shared database holds an import made elsewhere (content version 1 or more).
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
        return importer.lastReport()
                .map(report -> HealthCheckResponse.named("content-import")
                        .status(report.completed())
                        .withData("finishedAt", report.finishedAt().toString())
                        .withData("failedFiles", report.failed())
                        .withData("contentRootReadable", report.completed())
                        .build())
                .orElseGet(this::withoutImport);
    }

    private HealthCheckResponse withoutImport() {
        if (config.importing().onStartup()) {
            return HealthCheckResponse.named("content-import").down().build();
        }
        long version = contentVersion.storedVersion();
        return HealthCheckResponse.named("content-import")
                .status(version > 0)
                .withData("importedElsewhere", true)
                .withData("contentVersion", version)
                .build();
    }
}
