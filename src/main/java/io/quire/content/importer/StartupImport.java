package io.quire.content.importer;

import io.quarkus.runtime.StartupEvent;
import io.quire.config.QuireConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Imports the content root when the server starts (unless {@code quire.import.on-startup} is false:
 * a serving-only instance); readiness waits for it.
 */
@ApplicationScoped
public class StartupImport {

    void onStart(@Observes StartupEvent event, ImportService importer, QuireConfig config) {
        if (config.importing().onStartup()) {
            importer.importNow(false);
        }
    }
}
