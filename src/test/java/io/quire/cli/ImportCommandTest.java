package io.quire.cli;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.MutableContentProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What {@code import} prints and exits with, over a content root of its own: the report as text or
 * JSON, exit code 1 when a file fails, and a dry run that stores nothing.
 */
@QuarkusTest
@TestProfile(ImportCommandTest.OwnContent.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportCommandTest {

    /** A copy of the fixture content of its own. */
    public static class OwnContent extends MutableContentProfile {}

    @Inject
    ImportCommand command;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    @Order(1)
    void anUnchangedFolderImportsCleanly() {
        assertEquals(ImportCommand.OK, run(false, false));
        assertEquals(
                "Imported: 0 created, 0 updated, 12 unchanged, 0 deleted, 0 failed: 0 errors, 0 warnings\n", output());
    }

    @Test
    @Order(2)
    void aDryRunReportsAsJsonAndStoresNothing() throws IOException {
        write("fresh.md", "---\ntitle: Fresh\ndate: 2025-03-01\n---\nNew.\n");
        write("broken.md", "---\ntitle: Broken\ntags: [a, b\n---\nBody\n");

        assertEquals(ImportCommand.CONTENT_ERRORS, run(true, true));

        JsonNode report = new ObjectMapper().readTree(output());
        assertEquals(true, report.get("dryRun").asBoolean());
        assertEquals(true, report.get("version").isNull(), "a dry run stores no version");
        assertEquals(0, report.get("surrogateKeys").size());
        assertEquals(1, report.get("created").asInt());
        assertEquals(1, report.get("failed").asInt());
        assertEquals("broken.md", report.get("problems").get(0).get("path").asText());
        assertEquals("error", report.get("problems").get(0).get("severity").asText());
        given().get("/api/posts/fresh").then().statusCode(404);
    }

    @Test
    @Order(3)
    void anImportWithABrokenFileExitsWithOneAndStoresTheRest() {
        assertEquals(ImportCommand.CONTENT_ERRORS, run(false, false));

        String[] lines = output().split("\n");
        assertEquals(2, lines.length, output());
        assertEquals(
                "broken.md:4:1: error: invalid YAML in front matter: expected ',' or ']', but got <stream end>"
                        + " (while parsing a flow sequence) (hint: a value starting with [ or { is a list or map;"
                        + " quote it if it is text)",
                lines[0]);
        assertEquals(
                "Imported: 1 created, 0 updated, 12 unchanged, 0 deleted, 1 failed: 1 error, 0 warnings", lines[1]);
        given().get("/api/posts/fresh").then().statusCode(200);
    }

    private int run(boolean dryRun, boolean json) {
        out.reset();
        return command.execute(
                new ImportOptions(Optional.empty(), dryRun, json), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(MutableContentProfile.root(OwnContent.class).resolve(name), text);
    }
}
