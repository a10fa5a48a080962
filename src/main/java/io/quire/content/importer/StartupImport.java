package io.quire.content.importer;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Imports the content root when the server starts; readiness waits for it. Content never stops a
 * start: a file that fails is reported, and an import the database refuses leaves the server up but
 * not ready, trying again until it is stored.
 */
@ApplicationScoped
public class StartupImport {

    void onStart(@Observes StartupEvent event, ImportService importer) {
        try {
            importer.importNow(false);
        } catch (ImportNotStoredException | ImportBusyException e) {
            // logged by the import service, which tries again; readiness stays down meanwhile
        }
    }
}
