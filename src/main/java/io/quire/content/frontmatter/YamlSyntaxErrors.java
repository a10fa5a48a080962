package io.quire.content.frontmatter;

import io.quire.content.ContentException;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * SnakeYAML's syntax errors as an author reads them: the parser's problem and context in one
 * message, at the file line and column where the mistake is (where an unclosed quote or bracket was
 * opened, not the end of the block), with a hint for the mistake the message stands for.
 */
final class YamlSyntaxErrors {

    private YamlSyntaxErrors() {}

    static ContentException of(MarkedYAMLException e, int firstLine) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        String context = e.getContext() == null ? "" : e.getContext().strip();
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (problem.contains("end of stream") && e.getContextMark() != null) {
            // an unclosed quote or bracket: point at where it was opened, not at the end of the block
            mark = e.getContextMark();
        }
        String what;
        if (problem.isEmpty() || context.isEmpty()) {
            what = problem.isEmpty() ? context : problem;
        } else if (problem.startsWith("but ")) {
            what = context + ", " + problem;
        } else {
            what = problem + " (" + context + ")";
        }
        Integer line = mark == null ? null : mark.getLine() + firstLine;
        Integer column = mark == null ? null : mark.getColumn() + 1;
        return new ContentException(
                "invalid YAML in front matter: " + (what.isEmpty() ? "syntax error" : what),
                line,
                column,
                hint(problem, context));
    }

    /** What to change, for a parser problem and context (either may be null). */
    static String hint(String problem, String context) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        String c = context == null ? "" : context.toLowerCase(Locale.ROOT);
        if (p.contains("mapping values are not allowed")) {
            return "quote values that contain ': ', for example title: \"Java: the good parts\";"
                    + " and check that the keys of one map are indented alike";
        }
        if (p.contains("end of stream") && c.contains("quoted scalar")) {
            return "close the quote: a value that starts with \" or ' must end with the same quote";
        }
        if (p.contains("'\\t'") || p.contains("tab")) {
            return "indent with spaces; YAML does not allow tabs for indentation";
        }
        if (p.contains("undefined alias") || c.contains("alias") || c.contains("anchor")) {
            return "values starting with * or & are YAML aliases and anchors; quote them if they are text";
        }
        if (p.contains("cannot start any token")) {
            return "quote values that start with @, ` or %";
        }
        if (c.contains("flow sequence") || c.contains("flow mapping")) {
            return "a value starting with [ or { is a list or map; quote it if it is text";
        }
        if (p.contains("could not find expected ':'")) {
            return "write one 'key: value' per line; check the indentation and quote text that spans lines";
        }
        if (p.contains("expected <block end>") || c.contains("block mapping") || c.contains("block collection")) {
            return "check the indentation: keys of one map line up, list items start with '- '";
        }
        if (p.contains("single document") || p.contains("another document")) {
            return "a line starting with '--- ' begins a second YAML document; remove it";
        }
        if (p.contains("global tag")) {
            return "remove the !! tag; only standard YAML types are read";
        }
        return "check the YAML near this position; quote values that contain ': ' or ' #',"
                + " or start with [ { * & ! | > @ ` %";
    }
}
