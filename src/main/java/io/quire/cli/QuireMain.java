package io.quire.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the runnable jar: {@code validate <dir>} checks a content folder without a server
 * or a database (for content repositories' CI); {@code import [<dir>]} imports into the configured
 * database without serving and exits (for deploy pipelines and Kubernetes jobs); anything else
 * starts the server.
 */
@QuarkusMain
public class QuireMain {

    /**
     * Quarkus refuses a request target that {@code java.net.URI} cannot parse with a bare 400 before any
     * application code sees it; Quire reads such targets itself ({@code io.quire.http.RequestTargets}),
     * so that a query with characters browsers send unencoded gets a real answer. Read by Quarkus when
     * its HTTP layer is first loaded, hence set before Quarkus starts.
     */
    static final String URI_VALIDATION = "vertx.disableURIValidation";

    /**
     * H2 puts every value it reads or writes through a cache of recent values found by the value's hash,
     * so a post body's text is hashed, character by character, each time a row is read or written: 3.5%
     * of a search's server CPU and 7% of a full re-import's in the JFR profiles of 2026-12-02 (the
     * cache saves memory only when many equal values are alive at once, which bodies never are). Read
     * by H2 when its settings class is first loaded, hence set before anything opens the database.
     */
    static final String H2_OBJECT_CACHE = "h2.objectCache";

    public static void main(String... args) {
        defaultProperty(H2_OBJECT_CACHE, "false");
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(ValidateCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.main(args));
        }
        defaultProperty(URI_VALIDATION, "true");
        Quarkus.run(args);
    }

    /** Sets a JVM-wide setting unless the command line gave it. */
    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
