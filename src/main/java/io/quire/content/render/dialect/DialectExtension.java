package io.quire.content.render.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The Markdown dialects real sites are written in, as one commonmark-java extension for one body
 * (it holds that body's {@link DialectContext}):
 *
 * <ul>
 *   <li>Liquid (Jekyll): {@code highlight}, {@code raw}, {@code comment}, {@code capture}, {@code
 *       include}, {@code post_url}, {@code link}, {@code page.x} output; other tags and output
 *       removed;
 *   <li>Hugo shortcodes, block and inline, paired, self-closing, multi-line, and the built-ins
 *       {@code figure}, {@code highlight}, {@code ref}, {@code relref}, {@code youtube}, {@code vimeo},
 *       {@code param}, {@code toc};
 *   <li>MDX/Vue/Astro components ({@code <Name prop="x" />}, {@code <Name>...</Name>});
 *   <li>GitHub alerts, table-of-contents markers, definition lists, kramdown attribute lists.
 * </ul>
 *
 * The post-processors run in the order listed in {@link #extend(Parser.Builder)}: tags are paired,
 * then resolved, before code literals are cleaned and the Markdown extensions look at the tree.
 */
public final class DialectExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final DialectContext context;

    private DialectExtension(DialectContext context) {
        this.context = context;
    }

    public static DialectExtension create(DialectContext context) {
        return new DialectExtension(context);
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new TemplateBlockStarts(context))
                .customBlockParserFactory(new DefinitionDescriptionParser.Factory())
                .customBlockParserFactory(new TemplatedDefinitionParser.Factory(context))
                .customInlineContentParserFactory(new TemplateInlineParser.Factory(context))
                .linkProcessor(new TemplateLinkProcessor(context))
                .postProcessor(new HtmlTemplates(context))
                .postProcessor(new TagPairing(context))
                .postProcessor(new TagResolver(context))
                .postProcessor(new CodeLiterals())
                .postProcessor(new Alerts())
                .postProcessor(new AttributeLists(context))
                .postProcessor(new DefinitionLists())
                .postProcessor(new TocMarkers(context));
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(ComponentRenderer::new)
                .nodeRendererFactory(FigureRenderer::new)
                .nodeRendererFactory(c -> new EmbedRenderer(c, context.iframeHosts()))
                .nodeRendererFactory(c -> new TocRenderer(c, context))
                .nodeRendererFactory(AlertRenderer::new)
                .nodeRendererFactory(DefinitionListRenderer::new)
                .attributeProviderFactory(c -> attributes());
    }

    /**
     * References to other posts ({@code href} = the target as written, {@code data-quire-ref} = the
     * target), and the classes and ids of attribute lists.
     */
    private AttributeProvider attributes() {
        return (node, tagName, attributes) -> {
            if (node instanceof Link link && link.getDestination().startsWith(TagValues.REF_SCHEME)) {
                String target = link.getDestination().substring(TagValues.REF_SCHEME.length());
                attributes.put("href", target);
                attributes.put("data-quire-ref", target);
            }
            BlockAttributes explicit = context.attributes(node);
            if (explicit != null) {
                apply(explicit, attributes);
            }
        };
    }

    private static void apply(BlockAttributes explicit, Map<String, String> attributes) {
        if (explicit.id() != null) {
            attributes.put("id", explicit.id());
        }
        if (!explicit.classes().isEmpty()) {
            List<String> classes = new ArrayList<>();
            String existing = attributes.get("class");
            if (existing != null && !existing.isBlank()) {
                classes.add(existing);
            }
            classes.addAll(explicit.classes());
            attributes.put("class", String.join(" ", classes));
        }
    }
}
