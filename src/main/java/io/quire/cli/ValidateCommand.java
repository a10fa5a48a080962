package io.quire.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.importer.ImportLimits;
import io.quire.content.importer.ImportPipeline;
import io.quire.content.importer.ProblemFormat;
import io.quire.content.plan.ImportPlan;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code validate [--format text|json] [--max-file-size BYTES] <dir>}: runs the importer's own
 * pipeline over a folder and prints every problem. Exit code 0 without errors, 1 with errors, 2 for
 * bad usage.
 */
public final class ValidateCommand {

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT =
            "usage: validate [--format text|json] [--max-file-size BYTES] <content-dir>";

    private ValidateCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String format = "text";
        long maxFileSize = ImportLimits.DEFAULT_MAX_FILE_SIZE;
        Path dir = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--format") && i + 1 < args.length) {
                format = args[++i];
            } else if (arg.equals("--max-file-size") && i + 1 < args.length) {
                try {
                    maxFileSize = Long.parseLong(args[++i]);
                } catch (NumberFormatException e) {
                    err.println("--max-file-size needs a number of bytes");
                    return USAGE;
                }
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE_TEXT);
                return OK;
            } else if (arg.startsWith("--") || dir != null) {
                err.println(USAGE_TEXT);
                return USAGE;
            } else {
                dir = Path.of(arg);
            }
        }
        if (dir == null || !(format.equals("text") || format.equals("json"))) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        ImportPipeline pipeline =
                new ImportPipeline(new ImportLimits(maxFileSize, ImportLimits.DEFAULT_MAX_FILES, Set.of()));
        ImportPipeline.Result result = pipeline.plan(dir, Map.of());
        List<ContentProblem> problems = new ArrayList<>(result.problems());
        ImportPlan plan = result.plan();
        int posts = 0;
        int failed = 0;
        if (plan != null) {
            ImportPipeline.Check check = pipeline.check(result);
            problems.addAll(check.problems());
            posts = plan.creates().size() - check.failedCreates();
            failed = plan.failed() + check.failedCreates();
        }
        problems.sort(ProblemFormat.BY_PATH);
        long errors =
                problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = problems.size() - errors;
        if (format.equals("json")) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("root", dir.toString());
            report.put("posts", posts);
            report.put("failed", failed);
            report.put("errors", errors);
            report.put("warnings", warnings);
            report.put("problems", problems);
            out.println(json(report));
        } else {
            for (ContentProblem problem : problems) {
                out.println(ProblemFormat.line(problem));
            }
            out.printf(
                    "%d post%s valid, %d file%s failed: %d error%s, %d warning%s%n",
                    posts,
                    posts == 1 ? "" : "s",
                    failed,
                    failed == 1 ? "" : "s",
                    errors,
                    errors == 1 ? "" : "s",
                    warnings,
                    warnings == 1 ? "" : "s");
        }
        return errors > 0 ? CONTENT_ERRORS : OK;
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
