package io.quire.content.importer;

/**
 * The database refused an import's writes, or could not be reached: nothing was changed, and the
 * import is tried again until one is stored.
 */
public class ImportNotStoredException extends RuntimeException {

    public ImportNotStoredException(String cause) {
        super(cause, null, false, false);
    }
}
