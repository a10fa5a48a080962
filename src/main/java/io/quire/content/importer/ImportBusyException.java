package io.quire.content.importer;

/** Another import (on this instance or another one sharing the database) still runs. */
public class ImportBusyException extends RuntimeException {

    public ImportBusyException(String message) {
        super(message, null, false, false);
    }
}
