package io.quire.content.importer;

import io.quire.content.ContentProblem;
import java.util.Comparator;

/** Problems as compilers print them, so editors and CI annotate the right line. */
public final class ProblemFormat {

    /**
     * Groups a report by file: problems are found in several stages (front matter, planning,
     * rendering), but an author fixes one file at a time. Stable, so a file keeps its stage order.
     */
    public static final Comparator<ContentProblem> BY_PATH = Comparator.comparing(ContentProblem::path);

    private ProblemFormat() {}

    /**
     * {@code path:line:column: error|warning: message (hint: ...) [code]}; unknown positions and
     * codes are left out.
     */
    public static String line(ContentProblem problem) {
        StringBuilder line = new StringBuilder(problem.path());
        if (problem.line() != null) {
            line.append(':').append(problem.line());
            if (problem.column() != null) {
                line.append(':').append(problem.column());
            }
        }
        line.append(": ").append(problem.severity().label()).append(": ").append(problem.message());
        if (problem.hint() != null) {
            line.append(" (hint: ").append(problem.hint()).append(')');
        }
        if (problem.code() != null) {
            line.append(" [").append(problem.code()).append(']');
        }
        return line.toString();
    }
}
