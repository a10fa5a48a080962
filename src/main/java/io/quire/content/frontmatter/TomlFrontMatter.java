package io.quire.content.frontmatter;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import io.quire.content.ContentException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Hugo's TOML front matter (between {@code +++} lines), read with Jackson's TOML parser into the same
 * node tree SnakeYAML composes from YAML, so that both formats go through one set of rules for titles,
 * dates, tags and the rest. Jackson's TOML parser reads the whole block before it hands out values,
 * without their positions: a syntax error has its line, a wrong value (an impossible date) is
 * reported at the first line of the block, naming its key.
 *
 * <p>Dates stay text, as a quoted YAML date would: {@code 2024-01-15}, {@code 2024-01-15T10:00:00Z}
 * and {@code 2024-01-15T10:00:00+02:00} all mean what they mean in YAML front matter.
 */
final class TomlFrontMatter {

    private final TomlFactory factory;

    /** @param maxNestingDepth tables and arrays inside each other, at most */
    TomlFrontMatter(int maxNestingDepth) {
        this.factory = TomlFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxNestingDepth)
                        .build())
                .build();
    }

    /**
     * @param firstLine the file line of the first TOML line
     * @return the root map
     */
    Node compose(String toml, int firstLine) throws ContentException {
        try (JsonParser parser = factory.createParser(toml)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            return read(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
            int newline = message.indexOf('\n');
            return throwing(new ContentException(
                    "invalid TOML in front matter: " + (newline < 0 ? message : message.substring(0, newline)),
                    at == null || at.getLineNr() < 1 ? firstLine : at.getLineNr() + firstLine - 1,
                    at == null || at.getColumnNr() < 1 ? null : at.getColumnNr(),
                    "write one 'key = value' per line; text needs quotes: title = \"My post\""));
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private static Node throwing(ContentException e) throws ContentException {
        throw e;
    }

    private static Node read(JsonParser parser) throws IOException {
        Mark mark = mark(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                List<NodeTuple> entries = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    Mark keyMark = mark(parser.currentTokenLocation());
                    Node key = new ScalarNode(Tag.STR, parser.currentName(), keyMark, keyMark, ScalarStyle.PLAIN);
                    parser.nextToken();
                    entries.add(new NodeTuple(key, read(parser)));
                }
                return new MappingNode(Tag.MAP, true, entries, mark, mark, FlowStyle.BLOCK);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser));
                }
                return new SequenceNode(Tag.SEQ, true, items, mark, mark, FlowStyle.FLOW);
            }
            case VALUE_NUMBER_INT -> {
                return scalar(Tag.INT, parser.getText(), mark, ScalarStyle.PLAIN);
            }
            case VALUE_NUMBER_FLOAT -> {
                return scalar(Tag.FLOAT, parser.getText(), mark, ScalarStyle.PLAIN);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return scalar(Tag.BOOL, Boolean.toString(parser.getBooleanValue()), mark, ScalarStyle.PLAIN);
            }
            default -> {
                return scalar(Tag.STR, parser.getText(), mark, ScalarStyle.DOUBLE_QUOTED);
            }
        }
    }

    private static Node scalar(Tag tag, String value, Mark mark, ScalarStyle style) {
        return new ScalarNode(tag, value, mark, mark, style);
    }

    /** A SnakeYAML mark (0-based line and column) at a Jackson location (1-based; unknown: the start). */
    private static Mark mark(JsonLocation location) {
        int line = Math.max(0, location.getLineNr() - 1);
        int column = Math.max(0, location.getColumnNr() - 1);
        return new Mark("front matter", 0, line, column, new int[0], 0);
    }
}
