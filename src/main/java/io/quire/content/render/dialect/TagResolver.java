package io.quire.content.render.dialect;

import io.quire.content.render.dialect.TemplateTag.Syntax;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Turns what {@link TagPairing} left into what is rendered: the built-in shortcodes ({@code figure},
 * {@code youtube}, {@code vimeo}, {@code param}, {@code ref}, {@code relref}, {@code highlight},
 * {@code toc}), Liquid {@code post_url}/{@code link} (references), {@code include} (a placeholder)
 * and {@code page.x} output; every other shortcode or component stays a placeholder ({@link
 * Component}, {@link InlineComponent}); every other Liquid tag and output is removed. Inside {@code
 * {% raw %}}, tags are text.
 */
final class TagResolver implements PostProcessor {

    private static final Set<String> LIQUID_PLACEHOLDERS = Set.of("include", "include_relative", "render");
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final DialectContext context;

    TagResolver(DialectContext context) {
        this.context = context;
    }

    @Override
    public Node process(Node document) {
        if (!context.sawTags()) {
            return document;
        }
        for (Node node : Nodes.preOrder(document)) {
            if (node.getParent() == null) {
                continue; // removed with an ancestor
            }
            if ((node instanceof TagInline || node instanceof TagBlock) && Nodes.inside(node, RawBlock.class)) {
                asText(node);
            } else if (node instanceof SkippedBlock skipped) {
                skipped(skipped);
            } else if (node instanceof TagBlock block) {
                tag(block, block.tag(), true);
            } else if (node instanceof TagInline inline) {
                tag(inline, inline.tag(), false);
            } else if (node instanceof Component component) {
                shortcode(component, component.tag(), true);
            } else if (node instanceof InlineComponent component) {
                shortcode(component, component.tag(), false);
            }
        }
        for (Node node : Nodes.preOrder(document)) {
            if (node instanceof RawBlock raw && raw.getParent() != null) {
                Nodes.moveChildrenBefore(raw, raw);
                raw.unlink();
            }
        }
        return document;
    }

    private void asText(Node node) {
        TemplateTag tag = node instanceof TagBlock b ? b.tag() : ((TagInline) node).tag();
        if (tag == null) {
            node.unlink(); // its lines follow as a paragraph
            return;
        }
        place(node, new Text(tag.source()), node instanceof Block);
    }

    private void skipped(SkippedBlock skipped) {
        if (!skipped.closed()) {
            context.warn(
                    skipped,
                    "liquid-unclosed",
                    "{% " + skipped.name() + " %} is not closed: its content is shown",
                    "add {% end" + skipped.name() + " %} where the " + skipped.name() + " ends");
            Node fragment = context.parseFragment(skipped.content(), skipped, 1);
            if (fragment != null) {
                Nodes.moveChildrenBefore(fragment, skipped);
            }
        }
        skipped.unlink();
    }

    private void tag(Node node, TemplateTag tag, boolean block) {
        if (tag == null) {
            context.warn(
                    node,
                    "shortcode-unclosed",
                    "shortcode is not closed by >}} or %}} before a blank line: it is shown as text",
                    "end the shortcode's parameters with >}} (or %}}), with no blank line inside them");
            node.unlink();
            return;
        }
        switch (tag.syntax()) {
            case SHORTCODE, COMPONENT -> {
                if (tag.closing()) {
                    node.unlink(); // reported by TagPairing
                    return;
                }
                Node component = block ? new Component(tag) : new InlineComponent(tag);
                Nodes.replace(node, component);
                shortcode(component, tag, block);
            }
            case LIQUID_TAG -> liquid(node, tag, block);
            case LIQUID_OUTPUT -> place(node, new Text(TagValues.output(tag, context)), block);
            case ESCAPED_SHORTCODE -> place(node, new Text(tag.name()), block);
        }
    }

    private void liquid(Node node, TemplateTag tag, boolean block) {
        if (TagValues.refTarget(tag) != null) {
            place(node, reference(TagValues.refTarget(tag)), block);
        } else if (LIQUID_PLACEHOLDERS.contains(tag.name())) {
            Nodes.replace(node, block ? new Component(tag) : new InlineComponent(tag));
        } else {
            remove(node);
        }
    }

    /** A shortcode (now a component node, with the children between its tags) that may be a built-in. */
    private void shortcode(Node component, TemplateTag tag, boolean block) {
        if (tag.syntax() != Syntax.SHORTCODE) {
            return;
        }
        switch (tag.name()) {
            case "figure" -> figure(component, tag, block);
            case "youtube" -> embed(component, tag, block, Embed.Provider.YOUTUBE);
            case "vimeo" -> embed(component, tag, block, Embed.Provider.VIMEO);
            case "param" -> {
                String value = TagValues.param(tag, context);
                if (value.isEmpty()) {
                    context.warn(
                            component,
                            "param-missing",
                            "{{< param >}} names a front matter key this post does not have: " + tag.param("name", 0),
                            "add the key to the front matter, or remove the shortcode");
                }
                place(component, new Text(value), block);
            }
            case "ref", "relref" -> {
                String target = TagValues.refTarget(tag);
                if (target == null) {
                    context.warn(
                            component,
                            "ref-missing-target",
                            tag.source() + " names no page",
                            "write the path of the post, for example {{< ref \"posts/other.md\" >}}");
                    remove(component);
                } else {
                    place(component, reference(target), block);
                }
            }
            case "highlight" -> {
                String code = Nodes.text(component);
                if (block) {
                    FencedCodeBlock fenced = new FencedCodeBlock();
                    fenced.setFenceCharacter("`");
                    fenced.setOpeningFenceLength(3);
                    fenced.setInfo(tag.args().isEmpty() ? "" : tag.args().get(0));
                    fenced.setLiteral(code.endsWith("\n") ? code : code + "\n");
                    Nodes.replace(component, fenced);
                } else {
                    Nodes.replace(component, new Code(code));
                }
            }
            case "toc" -> {
                if (block) {
                    Nodes.replace(component, new TocMarker());
                } else {
                    remove(component);
                }
            }
            default -> {}
        }
    }

    private void figure(Node component, TemplateTag tag, boolean block) {
        String src = tag.param("src", 0);
        if (src == null) {
            context.warn(
                    component,
                    "figure-missing-src",
                    "figure has no src: it is kept as a placeholder",
                    "add src=\"path/to/image.png\"");
            return;
        }
        if (!block) {
            String alt = tag.params().getOrDefault("alt", tag.params().getOrDefault("caption", ""));
            Image image = new Image(src, tag.params().get("title"));
            image.appendChild(new Text(alt));
            Nodes.replace(component, image);
            return;
        }
        Figure figure = new Figure(tag);
        String caption = tag.params().get("caption");
        String attr = tag.params().get("attr");
        if (caption != null || attr != null) {
            FigureCaption figcaption = new FigureCaption();
            if (caption != null) {
                Node fragment = context.parseFragment(caption, component, 0);
                if (fragment != null && fragment.getFirstChild() instanceof Paragraph p) {
                    Nodes.appendChildren(p, figcaption);
                } else {
                    figcaption.appendChild(new Text(caption));
                }
            }
            if (attr != null) {
                if (caption != null) {
                    figcaption.appendChild(new Text(" "));
                }
                String attrlink = tag.params().get("attrlink");
                Node attrNode = new Text(attr);
                if (attrlink != null) {
                    Link link = new Link(attrlink, null);
                    link.appendChild(attrNode);
                    attrNode = link;
                }
                figcaption.appendChild(attrNode);
            }
            figure.appendChild(figcaption);
        }
        Nodes.replace(component, figure);
    }

    private void embed(Node component, TemplateTag tag, boolean block, Embed.Provider provider) {
        String id = tag.param("id", 0);
        if (id == null || !VIDEO_ID.matcher(id).matches()) {
            context.warn(
                    component,
                    "embed-bad-id",
                    tag.name() + " shortcode needs a video id of letters, digits, '-' and '_': " + tag.source(),
                    "write the id from the video's URL, for example {{< youtube dQw4w9WgXcQ >}}");
            return;
        }
        String title = tag.params().getOrDefault("title", provider.defaultTitle);
        place(component, new Embed(provider, id, title), block);
    }

    private static Link reference(String target) {
        Link link = new Link(TagValues.REF_SCHEME + target, null);
        link.appendChild(new Text(target));
        return link;
    }

    /** Puts an inline node where a tag was; at block level, in a paragraph of its own. */
    private static void place(Node node, Node inline, boolean block) {
        if (block) {
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(inline);
            Nodes.replace(node, paragraph);
            if (inline instanceof Text t && t.getLiteral().isBlank()) {
                paragraph.unlink();
            }
        } else {
            Node parent = node.getParent();
            Nodes.replace(node, inline);
            if (inline instanceof Text t && t.getLiteral().isEmpty()) {
                joinSpaces(inline);
                inline.unlink();
                tidy(parent);
            }
        }
    }

    private static void remove(Node node) {
        Node parent = node.getParent();
        joinSpaces(node);
        node.unlink();
        if (!(node instanceof Block)) {
            tidy(parent);
        }
    }

    /** Removing {@code node} from "a {@code node} b" leaves one space, not two. */
    private static void joinSpaces(Node node) {
        if (node.getPrevious() instanceof Text before
                && node.getNext() instanceof Text after
                && before.getLiteral().endsWith(" ")
                && after.getLiteral().startsWith(" ")) {
            after.setLiteral(after.getLiteral().substring(1));
        }
    }

    private static void tidy(Node parent) {
        if (parent instanceof Paragraph) {
            Nodes.tidyInlines(parent);
        }
    }
}
