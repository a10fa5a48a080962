package io.quire.content.importer;

import io.quarkus.runtime.StartupEvent;
import io.quire.config.QuireConfig;
import io.quire.content.store.DatabaseCompaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Imports the content root when the server starts (unless {@code quire.import.on-startup} is false:
 * a serving-only instance); readiness waits for it. Content never stops a start: a file that fails
 * is reported, and an import the database refuses leaves the server up but not ready, trying again
 * until it is stored.
 */
@ApplicationScoped
public class StartupImport {

    void onStart(
            @Observes StartupEvent event, ImportService importer, DatabaseCompaction compaction, QuireConfig config) {
        if (!config.importing().onStartup()) {
            return;
        }
        compaction.beforeStartupImport();
        try {
            importer.importNow(false);
        } catch (ImportNotStoredException | ImportBusyException e) {
            // logged by the import service, which tries again; readiness stays down meanwhile
        }
    }
}
