package io.quire.content.importer;

import io.quire.content.ContentProblem;

/** Problems as compilers print them, so editors and CI annotate the right line. */
public final class ProblemFormat {

    private ProblemFormat() {}

    /** {@code path:line:column: error|warning: message (hint: ...)}; unknown positions are left out. */
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
        return line.toString();
    }
}
