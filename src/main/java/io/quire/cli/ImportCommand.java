package io.quire.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quire.content.ContentProblem;
import io.quire.content.importer.ImportNotStoredException;
import io.quire.content.importer.ImportReport;
import io.quire.content.importer.ImportService;
import io.quire.content.importer.ProblemFormat;
import jakarta.inject.Singleton;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code import [<content-dir>] [--dry-run] [--format text|json]}: imports the content root into the
 * configured database and exits, for CI/CD pipelines and Kubernetes jobs. The application starts
 * without an HTTP port, startup import, watch mode or search index; the import takes the same
 * single-importer lock as every server sharing the database.
 *
 * <p>Exit codes: 0 imported without errors; 1 imported with errors (or the folder could not be
 * read); 2 bad usage; 3 nothing imported because the application could not start or the database
 * refused the import (unreachable, read-only, full).
 */
@Singleton
public class ImportCommand implements QuarkusApplication {

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int NOT_IMPORTED = 3;

    private final ImportService importer;
    private final ObjectMapper json;

    public ImportCommand(ImportService importer, ObjectMapper json) {
        this.importer = importer;
        this.json = json;
    }

    /** Runs the command from {@code main}: checks the usage, then starts the application for it. */
    static int main(String[] args) {
        Optional<ImportOptions> options;
        try {
            options = ImportOptions.parse(args);
        } catch (ImportOptions.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(ImportOptions.USAGE);
            return USAGE;
        }
        if (options.isEmpty()) {
            System.out.println(ImportOptions.USAGE);
            return OK;
        }
        options.get().dir().ifPresent(dir -> System.setProperty("quire.content.dir", dir.toString()));
        System.setProperty("quarkus.http.host-enabled", "false");
        System.setProperty("quire.import.on-startup", "false");
        System.setProperty("quire.content.watch", "false");
        // stdout is the report's (JSON must parse); logs go to stderr, and the import's own problem
        // lines are not logged twice.
        System.setProperty("quarkus.log.console.stderr", "true");
        defaultSetting("quarkus.log.level", "WARN");
        defaultSetting("quarkus.log.category.\"io.quire.content.importer.ImportService\".level", "OFF");
        int[] exit = {NOT_IMPORTED};
        Quarkus.run(
                ImportCommand.class,
                (code, failure) -> {
                    if (failure != null) {
                        System.err.println("Nothing was imported: the application could not start: " + failure);
                    }
                    exit[0] = failure != null ? NOT_IMPORTED : code;
                },
                args);
        return exit[0];
    }

    /** Sets a Quarkus setting unless the user gave it (system property or environment variable). */
    private static void defaultSetting(String key, String value) {
        String env = key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
        if (System.getProperty(key) == null && System.getenv(env) == null) {
            System.setProperty(key, value);
        }
    }

    @Override
    public int run(String... args) throws Exception {
        return execute(ImportOptions.parse(args).orElseThrow(), System.out);
    }

    /** Imports (or checks, with {@code --dry-run}) and prints the report; returns the exit code. */
    int execute(ImportOptions options, PrintStream out) {
        ImportReport report;
        try {
            report = importer.importNow(options.dryRun());
        } catch (ImportNotStoredException e) {
            // The command does not stay to try again, as a server does: its caller (a pipeline, a
            // Kubernetes Job) decides whether and when.
            System.err.println("Nothing was imported: the database refused the import or could not be reached ("
                    + e.getMessage() + ")");
            return NOT_IMPORTED;
        }
        if (options.json()) {
            out.println(json(report));
        } else {
            for (ContentProblem problem : report.problems()) {
                out.println(ProblemFormat.line(problem));
            }
            out.println(summary(report));
        }
        return report.completed() && report.errorCount() == 0 ? OK : CONTENT_ERRORS;
    }

    static String summary(ImportReport report) {
        long errors = report.errorCount();
        long warnings = report.problems().size() - errors;
        if (!report.completed()) {
            return "Nothing imported: the content folder could not be read (" + plural(errors, "error") + ")";
        }
        return String.format(
                Locale.ROOT,
                "%s: %d created, %d updated, %d unchanged, %d deleted, %d failed: %s, %s",
                report.dryRun() ? "Checked (dry run, nothing stored)" : "Imported",
                report.created(),
                report.updated(),
                report.unchanged(),
                report.deleted(),
                report.failed(),
                plural(errors, "error"),
                plural(warnings, "warning"));
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private String json(ImportReport report) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
