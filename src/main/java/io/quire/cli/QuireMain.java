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

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(ValidateCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.main(args));
        }
        if (System.getProperty(URI_VALIDATION) == null) {
            System.setProperty(URI_VALIDATION, "true");
        }
        Quarkus.run(args);
    }
}
