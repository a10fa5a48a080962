package io.quire.content.render;

import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * Extracts the visible text of a raw HTML fragment by running it through the same sanitiser policy
 * as the served HTML and keeping only the text events: what the reader sees is what gets indexed
 * (script and style contents, refused iframes' fallback text and tags are gone, entities decoded).
 */
final class HtmlText implements HtmlStreamEventReceiver {

    /** Elements whose start and end separate text like a block (a line break). */
    private static final Set<String> BLOCK_ELEMENTS = Set.of(("address article aside audio blockquote br caption"
                    + " dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p"
                    + " pre section summary table tbody tfoot thead tr ul video")
            .split(" "));

    private final StringBuilder out;

    private HtmlText(StringBuilder out) {
        this.out = out;
    }

    /** Appends the text of {@code html} to {@code out}, separating blocks with newlines. */
    static void extract(String html, PolicyFactory policy, StringBuilder out) {
        HtmlSanitizer.sanitize(html, policy.apply(new HtmlText(out)));
    }

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String elementName, List<String> attrs) {
        separate(elementName);
    }

    @Override
    public void closeTag(String elementName) {
        separate(elementName);
    }

    private void separate(String elementName) {
        if (BLOCK_ELEMENTS.contains(elementName)) {
            BodyScan.newline(out);
        } else if (elementName.equals("td") || elementName.equals("th")) {
            BodyScan.space(out);
        }
    }

    @Override
    public void text(String text) {
        out.append(text);
    }
}
