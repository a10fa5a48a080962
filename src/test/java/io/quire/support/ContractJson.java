package io.quire.support;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The committed copy of the OpenAPI document, and the one layout it is written in. */
public final class ContractJson {

    /** Where the committed document lives, from the project folder (where tests run). */
    public static final Path COMMITTED = Path.of("clients", "openapi.json");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractJson() {}

    /** Two-space indented JSON with {@code "name": value} and a final newline, as editors write it. */
    public static String pretty(String json) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(JSON.readTree(json)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
