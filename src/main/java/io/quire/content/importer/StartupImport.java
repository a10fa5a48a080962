package io.quire.content.importer;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Imports the content root when the server starts; readiness waits for it. */
@ApplicationScoped
public class StartupImport {

    void onStart(@Observes StartupEvent event, ImportService importer) {
        importer.importNow(false);
    }
}
