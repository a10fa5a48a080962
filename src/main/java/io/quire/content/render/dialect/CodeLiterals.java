package io.quire.content.render.dialect;

import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Code stays as written, template syntax included, with the two escapes authors use to show
 * template syntax on the sites that would otherwise run it: Hugo's <code>{{&lt;/* x *&#47;&gt;}}</code> shows
 * {@code {{< x >}}}, and Jekyll's {@code {% raw %}} ... {@code {% endraw %}} around code is dropped
 * (a line holding only one of them goes with it).
 */
final class CodeLiterals implements PostProcessor {

    private static final Pattern RAW_LINE = Pattern.compile("(?m)^[ \\t]*\\{%-?\\s*(?:end)?raw\\s*-?%}[ \\t]*\\n?");
    private static final Pattern RAW_TAG = Pattern.compile("\\{%-?\\s*(?:end)?raw\\s*-?%}");
    private static final Pattern ESCAPED = Pattern.compile("\\{\\{([<%])/\\*(.*?)\\*/([>%])}}", Pattern.DOTALL);

    @Override
    public Node process(Node document) {
        for (Node node : Nodes.preOrder(document)) {
            if (node instanceof FencedCodeBlock f) {
                f.setLiteral(clean(f.getLiteral()));
            } else if (node instanceof IndentedCodeBlock i) {
                i.setLiteral(clean(i.getLiteral()));
            } else if (node instanceof Code c) {
                c.setLiteral(clean(c.getLiteral()));
            }
        }
        return document;
    }

    static String clean(String code) {
        if (code.indexOf('{') < 0) {
            return code;
        }
        String out = code;
        if (out.contains("/*")) {
            out = ESCAPED.matcher(out).replaceAll("{{$1$2$3}}");
        }
        if (out.contains("raw") && RAW_TAG.matcher(out).find() && out.contains("endraw")) {
            out = RAW_LINE.matcher(out).replaceAll("");
            out = RAW_TAG.matcher(out).replaceAll("");
        }
        return out;
    }
}
