package io.quire.content.render.dialect;

import io.quire.content.render.dialect.TemplateTag.Syntax;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Links and images whose destination holds template syntax: {@code [a]({{< ref "b.md" >}})},
 * {@code [a]({% post_url 2024-01-02-b %})}, {@code ![a]({{ site.baseurl }}/i.png)}. CommonMark
 * refuses destinations with spaces, so those are read here; destinations without spaces that hold a
 * tag are rewritten. A tag becomes what it stands for (see {@link TagValues}); a destination that
 * only a template engine could compute (an unknown shortcode) leaves the text in a placeholder.
 */
final class TemplateLinkProcessor implements LinkProcessor {

    private final DialectContext context;

    TemplateLinkProcessor(DialectContext context) {
        this.context = context;
    }

    @Override
    public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext parserContext) {
        if (info.destination() != null) {
            if (!info.destination().contains("{{") && !info.destination().contains("{%")) {
                return LinkResult.none();
            }
            Destination d = Destination.of(info.destination(), context);
            return d == null ? LinkResult.none() : result(info, d, info.title(), scanner.position());
        }
        String label = info.label() == null || info.label().isEmpty() ? info.text() : info.label();
        DialectContext.TemplatedDefinition defined = context.definition(label);
        if (defined != null && (info.label() != null || scanner.peek() != '(')) {
            return result(info, defined.destination(), defined.title(), scanner.position());
        }
        if (info.label() != null || !scanner.next('(')) {
            return LinkResult.none();
        }
        scanner.whitespace();
        StringBuilder written = new StringBuilder();
        int parens = 0;
        boolean hasTag = false;
        TagLexer lexer = context.lexer();
        while (scanner.hasNext() && written.length() < TagLexer.MAX_TAG_LENGTH) {
            char c = scanner.peek();
            if (c == '{' && (peekSecond(scanner) == '{' || peekSecond(scanner) == '%')) {
                Position start = scanner.position();
                String window = ScannerText.collect(scanner, TagLexer.MAX_TAG_LENGTH, lexer, true);
                TagLexer.Lexed lexed = lexer.read(window, 0);
                scanner.setPosition(start);
                if (lexed == null) {
                    return LinkResult.none();
                }
                ScannerText.skip(scanner, lexed.end());
                written.append(lexed.tag().source());
                hasTag = true;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || (c == ')' && parens == 0)) {
                break;
            }
            parens += c == '(' ? 1 : c == ')' ? -1 : 0;
            written.append(c);
            scanner.next();
        }
        if (!hasTag) {
            return LinkResult.none();
        }
        scanner.whitespace();
        String title = title(scanner);
        scanner.whitespace();
        if (!scanner.next(')')) {
            return LinkResult.none();
        }
        Destination d = Destination.of(written.toString(), context);
        return d == null ? LinkResult.none() : result(info, d, title, scanner.position());
    }

    private static char peekSecond(Scanner scanner) {
        Position p = scanner.position();
        scanner.next();
        char second = scanner.peek();
        scanner.setPosition(p);
        return second;
    }

    private static String title(Scanner scanner) {
        char open = scanner.peek();
        if (open != '"' && open != '\'') {
            return null;
        }
        Position start = scanner.position();
        scanner.next();
        StringBuilder sb = new StringBuilder();
        while (scanner.hasNext() && scanner.peek() != open) {
            sb.append(scanner.peek());
            scanner.next();
        }
        if (!scanner.next(open)) {
            scanner.setPosition(start);
            return null;
        }
        return sb.toString();
    }

    private static LinkResult result(LinkInfo info, Destination d, String title, Position position) {
        boolean image = info.marker() != null && info.marker().getLiteral().equals("!");
        Node node;
        if (d.unknown() != null) {
            node = new InlineComponent(d.unknown());
        } else if (image) {
            node = new Image(d.url(), title);
        } else {
            node = new Link(d.url(), title);
        }
        LinkResult result = LinkResult.wrapTextIn(node, position);
        return image ? result.includeMarker() : result;
    }

    /**
     * What a templated destination stands for: a URL ({@link TagValues#REF_SCHEME} for references
     * to other posts), or the unknown shortcode that computes it.
     */
    record Destination(String url, TemplateTag unknown) {

        static Destination of(String written, DialectContext context) {
            StringBuilder url = new StringBuilder();
            TagLexer lexer = context.lexer();
            int i = 0;
            while (i < written.length()) {
                if (TagLexer.startsTag(written, i) && written.charAt(i) == '{') {
                    TagLexer.Lexed lexed = lexer.read(written, i);
                    if (lexed == null) {
                        return null;
                    }
                    TemplateTag tag = lexed.tag();
                    String ref = TagValues.refTarget(tag);
                    if (ref != null) {
                        url.append(TagValues.REF_SCHEME).append(ref);
                    } else if (tag.syntax() == Syntax.LIQUID_OUTPUT) {
                        url.append(TagValues.output(tag, context));
                    } else if (tag.syntax() == Syntax.SHORTCODE && tag.name().equals("param")) {
                        url.append(TagValues.param(tag, context));
                    } else if (tag.syntax() == Syntax.SHORTCODE) {
                        return new Destination(null, tag);
                    }
                    i = lexed.end();
                } else {
                    url.append(written.charAt(i++));
                }
            }
            String result = url.toString();
            int ref = result.indexOf(TagValues.REF_SCHEME);
            if (ref > 0) {
                result = result.substring(ref); // a base URL before a reference adds nothing
            }
            return new Destination(result, null);
        }
    }
}
