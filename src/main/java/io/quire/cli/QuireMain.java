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

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(ValidateCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.main(args));
        }
        Quarkus.run(args);
    }
}
