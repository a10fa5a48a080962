package io.quire.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a response body, byte for byte, with an expected file under {@code src/test/resources/feeds/}.
 * To (re)create the files after a deliberate change, run the tests with {@code -Dgolden.write=true}
 * and review the diff by eye: a test run in that mode writes instead of comparing, and fails.
 */
public final class GoldenText {

    private GoldenText() {}

    public static void assertMatches(String expectedResource, String actualBody) {
        if (Boolean.getBoolean("golden.write")) {
            try {
                Path file = Path.of("src/test/resources/feeds", expectedResource);
                Files.writeString(file, actualBody, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new AssertionError("wrote src/test/resources/feeds/" + expectedResource + "; review it, then run"
                    + " again without -Dgolden.write");
        }
        assertEquals(read(expectedResource), actualBody, "response differs from feeds/" + expectedResource);
    }

    public static String read(String resource) {
        try (InputStream in = GoldenText.class.getResourceAsStream("/feeds/" + resource)) {
            if (in == null) {
                throw new AssertionError("missing golden file src/test/resources/feeds/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
