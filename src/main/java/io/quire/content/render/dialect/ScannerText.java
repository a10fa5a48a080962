package io.quire.content.render.dialect;

import org.commonmark.parser.beta.Scanner;

/** Reading a bounded piece of an inline parser's text, for the lexer. */
final class ScannerText {

    private ScannerText() {}

    /**
     * Up to {@code max} characters from the scanner's position (which it moves); when {@code
     * tagOnly}, stopping after the first sequence that can end the tag that starts there ({@code
     * %}}} for {@code {{%}, {@code %}} for {@code {%}, else {@code }}}).
     */
    static String collect(Scanner scanner, int max, TagLexer lexer, boolean tagOnly) {
        StringBuilder sb = new StringBuilder();
        String end = null;
        char quote = 0; // a '>' or '}}' inside quotes (or a component's braces) does not end a tag
        int braces = 0;
        long room = Math.min(max, Math.max(0, lexer.remaining()));
        while (sb.length() < room && scanner.hasNext()) {
            char c = scanner.peek();
            sb.append(c);
            scanner.next();
            if (!tagOnly) {
                continue;
            }
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                continue;
            }
            if (sb.charAt(0) == '<') {
                if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '{') {
                    braces++;
                } else if (c == '}' && braces > 0) {
                    braces--;
                } else if (c == '>' && braces == 0) {
                    break;
                } else if (c == '<' && braces == 0 && sb.length() > 1) {
                    break; // a tag cannot hold another: this one is not closed
                }
                continue;
            }
            if (c == '"' || c == '`') {
                quote = c;
                continue;
            }
            if (end == null && sb.length() == 3) {
                end = sb.charAt(1) == '%' ? "%}" : sb.charAt(2) == '%' ? "%}}" : "}}";
            }
            if (end != null && sb.length() > 3 && endsWith(sb, end)) {
                break;
            }
            if (sb.length() > 3 && (endsWith(sb, "{{") || endsWith(sb, "{%"))) {
                break; // another tag starts: this one is not closed
            }
        }
        lexer.charge(sb.length());
        return sb.toString();
    }

    private static boolean endsWith(StringBuilder sb, String end) {
        int n = sb.length();
        if (n < end.length()) {
            return false;
        }
        for (int i = 0; i < end.length(); i++) {
            if (sb.charAt(n - end.length() + i) != end.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static void skip(Scanner scanner, int chars) {
        for (int i = 0; i < chars; i++) {
            scanner.next();
        }
    }
}
