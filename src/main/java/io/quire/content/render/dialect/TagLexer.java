package io.quire.content.render.dialect;

import io.quire.content.render.dialect.TemplateTag.Syntax;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one template tag ({@link TemplateTag}) at a position of a text, or nothing. A tag is never
 * longer than {@link #MAX_TAG_LENGTH} characters and never spans a blank line, and every
 * character the lexer looks at is charged to a per-document budget, so that no input (say 100,000
 * unclosed {@code {{<}}) makes recognising tags slower than linear: once the budget is spent, no
 * more tags are recognised and the rest of the text stays text.
 */
public final class TagLexer {

    /** Longest tag recognised (a figure with a long caption fits easily). */
    public static final int MAX_TAG_LENGTH = 8192;

    /** A tag and the index just after it. */
    public record Lexed(TemplateTag tag, int end) {}

    private long budget;

    /** @param budget how many characters the lexer may examine in total */
    public TagLexer(long budget) {
        this.budget = budget;
    }

    /** Whether the budget is spent (tags are then no longer recognised). */
    public boolean exhausted() {
        return budget <= 0;
    }

    /** How many more characters the lexer may examine. */
    public long remaining() {
        return budget;
    }

    /** Charges {@code chars} examined outside {@link #read} (collecting text around tags). */
    public void charge(int chars) {
        budget -= chars;
    }

    /**
     * Whether {@code s} has, at {@code i}, the start of a template tag: {@code {{}, {@code {%}, or a
     * component's {@code <Name} or {@code </Name} (a capital letter first).
     */
    public static boolean startsTag(CharSequence s, int i) {
        if (i + 1 >= s.length()) {
            return false;
        }
        char first = s.charAt(i);
        char second = s.charAt(i + 1);
        if (first == '{') {
            return second == '{' || second == '%';
        }
        if (first == '<') {
            return isUpper(second) || (second == '/' && i + 2 < s.length() && isUpper(s.charAt(i + 2)));
        }
        return false;
    }

    /** Upper-case HTML as old pages write it ({@code <DIV>}, {@code <BR>}): HTML, not a component. */
    private static boolean isUpperCaseHtml(String name) {
        return name.equals(name.toUpperCase(java.util.Locale.ROOT))
                && HTML_ELEMENTS.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> HTML_ELEMENTS =
            java.util.Set.of(("a abbr address area article aside audio b"
                            + " base bdi bdo blockquote body br button canvas caption center cite code col colgroup dd del details"
                            + " dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head"
                            + " header hr html i iframe img input ins kbd label legend li link main map mark meta nav noscript"
                            + " object ol optgroup option output p param picture pre q s samp script section select small source"
                            + " span strike strong style sub summary sup table tbody td template textarea tfoot th thead time title"
                            + " tr track tt u ul var video wbr")
                    .split(" "));

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The tag starting at {@code from} (which holds a {@code {}), or null. */
    public Lexed read(CharSequence s, int from) {
        if (budget <= 0 || !startsTag(s, from)) {
            return null;
        }
        int limit = Math.min(s.length(), from + MAX_TAG_LENGTH);
        Cursor c = new Cursor(s, from, limit);
        try {
            if (s.charAt(from) == '<') {
                return component(c);
            }
            char second = s.charAt(from + 1);
            if (second == '%') {
                return liquidTag(c);
            }
            if (from + 2 < s.length() && (s.charAt(from + 2) == '<' || s.charAt(from + 2) == '%')) {
                return shortcode(c, s.charAt(from + 2));
            }
            return liquidOutput(c);
        } finally {
            budget -= Math.max(1, c.i - from);
        }
    }

    // {{< name args >}}, {{% name %}}, {{< /name >}}, {{< name />}}, {{</* escaped */>}}
    private static Lexed shortcode(Cursor c, char mark) {
        int start = c.i;
        c.i += 3;
        String close = (mark == '<' ? ">" : "%") + "}}";
        if (c.startsWith("/*")) {
            int end = c.find("*/" + close);
            if (end < 0) {
                return null;
            }
            String inner = c.s.subSequence(start + 5, end).toString();
            c.i = end + 2 + close.length();
            String spelled = "{{" + mark + inner + close;
            return new Lexed(
                    new TemplateTag(
                            Syntax.ESCAPED_SHORTCODE, spelled, List.of(), Map.of(), false, false, c.from(start)),
                    c.i);
        }
        c.skipSpace();
        boolean closing = c.eat('/');
        c.skipSpace();
        String name = c.word();
        if (name.isEmpty()) {
            return null;
        }
        List<String> args = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        boolean selfClosing = false;
        while (true) {
            if (!c.skipSpace() || !c.more()) {
                return null;
            }
            if (c.startsWith(close)) {
                c.i += close.length();
                break;
            }
            if (c.startsWith("/" + close)) {
                c.i += 1 + close.length();
                selfClosing = true;
                break;
            }
            if (!param(c, args, params, close)) {
                return null;
            }
        }
        if (closing && (selfClosing || !args.isEmpty() || !params.isEmpty())) {
            return null;
        }
        return new Lexed(
                new TemplateTag(Syntax.SHORTCODE, name, args, params, closing, selfClosing, c.from(start)), c.i);
    }

    // <Name prop="x" other={expr} flag>, <Name ... />, </Name>
    private static Lexed component(Cursor c) {
        int start = c.i;
        c.i++;
        boolean closing = c.eat('/');
        String name = c.componentName();
        if (name.isEmpty() || isUpperCaseHtml(name)) {
            return null;
        }
        List<String> args = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        boolean selfClosing = false;
        while (true) {
            boolean spaced = c.more() && Character.isWhitespace(c.s.charAt(c.i));
            if (!c.skipSpace() || !c.more()) {
                return null;
            }
            if (c.eat('>')) {
                break;
            }
            if (c.startsWith("/>")) {
                c.i += 2;
                selfClosing = true;
                break;
            }
            if (closing || !spaced) {
                return null;
            }
            if (c.s.charAt(c.i) == '{') {
                String spread = c.braces();
                if (spread == null) {
                    return null;
                }
                args.add(spread);
                continue;
            }
            String attribute = c.attributeName();
            if (attribute.isEmpty()) {
                return null;
            }
            int afterName = c.i;
            c.skipSpace();
            if (!c.eat('=')) {
                c.i = afterName;
                params.put(attribute, "true");
                continue;
            }
            c.skipSpace();
            String value = c.attributeValue();
            if (value == null) {
                return null;
            }
            params.put(attribute, value);
        }
        return new Lexed(
                new TemplateTag(Syntax.COMPONENT, name, args, params, closing, selfClosing, c.from(start)), c.i);
    }

    // {% name markup %}, {%- name -%}
    private static Lexed liquidTag(Cursor c) {
        int start = c.i;
        c.i += 2;
        c.eat('-');
        c.skipSpace();
        String name = c.word();
        if (name.isEmpty()) {
            return null;
        }
        int markupStart = c.i;
        int end = -1;
        char quote = 0;
        while (c.more()) {
            char ch = c.s.charAt(c.i);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '%' && c.startsWith("%}")) {
                end = c.i;
                break;
            } else if (ch == '{' && (c.startsWith("{%") || c.startsWith("{{"))) {
                return null; // another tag starts: this one was never closed
            } else if (ch == '\n' && c.blankLineAhead()) {
                return null;
            }
            c.i++;
        }
        if (end < 0) {
            return null;
        }
        String markup = c.s.subSequence(markupStart, end).toString();
        if (markup.endsWith("-")) {
            markup = markup.substring(0, markup.length() - 1);
        }
        c.i = end + 2;
        List<String> args = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        Cursor m = new Cursor(markup, 0, markup.length());
        while (m.skipSpace() && m.more()) {
            if (!param(m, args, params, "%}") && m.more()) {
                args.add(String.valueOf(markup.charAt(m.i++))); // a lone operator: = | , :
            }
        }
        return new Lexed(new TemplateTag(Syntax.LIQUID_TAG, name, args, params, false, false, c.from(start)), c.i);
    }

    // {{ expression }}, {{- expression -}}
    private static Lexed liquidOutput(Cursor c) {
        int start = c.i;
        c.i += 2;
        int end = -1;
        char quote = 0;
        while (c.more()) {
            char ch = c.s.charAt(c.i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '}' && c.startsWith("}}")) {
                end = c.i;
                break;
            } else if (ch == '{' || (ch == '\n' && c.blankLineAhead())) {
                return null;
            }
            c.i++;
        }
        if (end < 0) {
            return null;
        }
        String expression = c.s.subSequence(start + 2, end).toString().strip();
        if (expression.startsWith("-")) {
            expression = expression.substring(1);
        }
        if (expression.endsWith("-")) {
            expression = expression.substring(0, expression.length() - 1);
        }
        expression = expression.strip();
        if (expression.isEmpty()) {
            return null;
        }
        c.i = end + 2;
        return new Lexed(
                new TemplateTag(Syntax.LIQUID_OUTPUT, expression, List.of(), Map.of(), false, false, c.from(start)),
                c.i);
    }

    /**
     * One positional ({@code value}, {@code "quoted"}, {@code `raw`}) or named ({@code key=value},
     * {@code key="value"}) parameter. False when the text is not a parameter list.
     */
    private static boolean param(Cursor c, List<String> args, Map<String, String> params, String close) {
        char first = c.s.charAt(c.i);
        boolean quoted = first == '"' || first == '\'' || first == '`';
        String value = value(c, close);
        if (value == null) {
            return false;
        }
        if (c.more() && c.s.charAt(c.i) == '=' && !quoted && isName(value)) {
            c.i++;
            String named = value(c, close);
            if (named == null) {
                return false;
            }
            params.put(value, named);
        } else {
            args.add(value);
        }
        return true;
    }

    private static String value(Cursor c, String close) {
        if (!c.more()) {
            return null;
        }
        char first = c.s.charAt(c.i);
        if (first == '"' || first == '\'' || first == '`') {
            StringBuilder sb = new StringBuilder();
            c.i++;
            while (c.more()) {
                char ch = c.s.charAt(c.i++);
                if (ch == first) {
                    return sb.toString();
                }
                if (ch == '\\' && first != '`' && c.more()) {
                    char next = c.s.charAt(c.i);
                    if (next == first || next == '\\') {
                        sb.append(next);
                        c.i++;
                        continue;
                    }
                }
                if (ch == '\n' && first != '`' && c.blankLineAhead()) {
                    return null;
                }
                sb.append(ch);
            }
            return null;
        }
        int start = c.i;
        while (c.more()) {
            char ch = c.s.charAt(c.i);
            if (Character.isWhitespace(ch)
                    || ch == '='
                    || c.startsWith(close)
                    || (ch == '/' && c.startsWith("/" + close))) {
                break;
            }
            if (ch == '{' && c.startsWith("{{")) {
                return null; // another tag starts: this one was never closed
            }
            c.i++;
        }
        if (c.i == start) {
            return null;
        }
        return c.s.subSequence(start, c.i).toString();
    }

    private static boolean isName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' || ch == '.' || ch == ':')) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** A position in the text being lexed, bounded by {@code limit}. */
    private static final class Cursor {
        final CharSequence s;
        final int limit;
        int i;

        Cursor(CharSequence s, int i, int limit) {
            this.s = s;
            this.i = i;
            this.limit = limit;
        }

        boolean more() {
            return i < limit;
        }

        boolean eat(char ch) {
            if (more() && s.charAt(i) == ch) {
                i++;
                return true;
            }
            return false;
        }

        boolean startsWith(String prefix) {
            if (i + prefix.length() > limit) {
                return false;
            }
            for (int k = 0; k < prefix.length(); k++) {
                if (s.charAt(i + k) != prefix.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Index of {@code needle} at or after the cursor, within the limit, before a blank line and
         * before another tag's {@code {{}; -1 (the cursor moved to where the search stopped, so that
         * the work is charged) when there is none.
         */
        int find(String needle) {
            for (int k = i; k + needle.length() <= limit; k++) {
                if ((s.charAt(k) == '\n' && blankLineAt(k))
                        || (s.charAt(k) == '{' && k + 1 < limit && s.charAt(k + 1) == '{')) {
                    i = k;
                    return -1;
                }
                if (s.charAt(k) == needle.charAt(0)) {
                    int save = i;
                    i = k;
                    boolean found = startsWith(needle);
                    i = save;
                    if (found) {
                        return k;
                    }
                }
            }
            i = limit;
            return -1;
        }

        /** Skips whitespace; false when a blank line (a tag's end) was reached. */
        boolean skipSpace() {
            while (more() && Character.isWhitespace(s.charAt(i))) {
                if (s.charAt(i) == '\n' && blankLineAhead()) {
                    return false;
                }
                i++;
            }
            return true;
        }

        boolean blankLineAhead() {
            return blankLineAt(i);
        }

        /** Whether the line after the newline at {@code k} is blank. */
        boolean blankLineAt(int k) {
            for (int j = k + 1; j < limit; j++) {
                char ch = s.charAt(j);
                if (ch == '\n') {
                    return true;
                }
                if (ch != ' ' && ch != '\t' && ch != '\r') {
                    return false;
                }
            }
            return true;
        }

        /** A name: letters, digits and {@code _ - . /}. */
        String word() {
            int start = i;
            while (more()) {
                char ch = s.charAt(i);
                if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' || ch == '.' || ch == '/') {
                    i++;
                } else {
                    break;
                }
            }
            return s.subSequence(start, i).toString();
        }

        /** A component name: a capital letter, then letters, digits, {@code _} and {@code .}. */
        String componentName() {
            int start = i;
            if (!more() || !isUpper(s.charAt(i))) {
                return "";
            }
            while (more() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) {
                i++;
            }
            return s.subSequence(start, i).toString();
        }

        String attributeName() {
            int start = i;
            while (more()) {
                char ch = s.charAt(i);
                if (Character.isLetterOrDigit(ch) || ch == '_' || ch == ':' || ch == '@' || ch == '-' || ch == '.') {
                    i++;
                } else {
                    break;
                }
            }
            return s.subSequence(start, i).toString();
        }

        /** {@code "v"}, {@code 'v'}, {@code {expression}} (kept with its braces) or an unquoted value. */
        String attributeValue() {
            if (!more()) {
                return null;
            }
            char first = s.charAt(i);
            if (first == '"' || first == '\'') {
                int end = -1;
                for (int k = i + 1; k < limit; k++) {
                    if (s.charAt(k) == first) {
                        end = k;
                        break;
                    }
                }
                if (end < 0) {
                    return null;
                }
                String value = s.subSequence(i + 1, end).toString();
                i = end + 1;
                return value;
            }
            if (first == '{') {
                return braces();
            }
            int start = i;
            while (more()) {
                char ch = s.charAt(i);
                if (Character.isWhitespace(ch)
                        || ch == '>'
                        || ch == '"'
                        || ch == '\''
                        || ch == '='
                        || ch == '<'
                        || ch == '`'
                        || (ch == '/' && startsWith("/>"))) {
                    break;
                }
                i++;
            }
            return i == start ? null : s.subSequence(start, i).toString();
        }

        /** A balanced {@code {...}} (strings inside may hold braces), with its braces; null if unbalanced. */
        String braces() {
            int start = i;
            int depth = 0;
            char quote = 0;
            while (more()) {
                char ch = s.charAt(i++);
                if (quote != 0) {
                    if (ch == '\\') {
                        i++;
                    } else if (ch == quote) {
                        quote = 0;
                    }
                } else if (ch == '"' || ch == '\'' || ch == '`') {
                    quote = ch;
                } else if (ch == '{') {
                    depth++;
                } else if (ch == '}' && --depth == 0) {
                    return s.subSequence(start, i).toString();
                }
            }
            return null;
        }

        String from(int start) {
            return s.subSequence(start, i).toString();
        }
    }
}
