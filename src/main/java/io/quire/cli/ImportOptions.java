package io.quire.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The arguments of {@code import [<content-dir>] [--dry-run] [--format text|json]}, read before the
 * application starts so that bad usage never touches the database.
 *
 * @param dir the content root; empty: {@code quire.content.dir}
 */
record ImportOptions(Optional<Path> dir, boolean dryRun, boolean json) {

    static final String USAGE = "usage: import [--dry-run] [--format text|json] [<content-dir>]";

    /** Bad usage: the message to print before the usage line. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /**
     * @param args the command line, {@code args[0]} being {@code import}
     * @return empty for {@code --help}
     */
    static Optional<ImportOptions> parse(String[] args) throws UsageException {
        Path dir = null;
        boolean dryRun = false;
        String format = "text";
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return Optional.empty();
                }
                case "--dry-run" -> dryRun = true;
                case "--format" -> {
                    if (i + 1 >= args.length) {
                        throw new UsageException("--format needs a value: text or json");
                    }
                    format = args[++i];
                    if (!format.equals("text") && !format.equals("json")) {
                        throw new UsageException("unknown format '" + format + "': text or json");
                    }
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    if (dir != null) {
                        throw new UsageException("one content folder at most");
                    }
                    dir = Path.of(arg);
                }
            }
        }
        return Optional.of(new ImportOptions(Optional.ofNullable(dir), dryRun, format.equals("json")));
    }
}
