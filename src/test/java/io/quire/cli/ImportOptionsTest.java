package io.quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code import} command line is checked before anything starts: bad usage is exit code 2. */
class ImportOptionsTest {

    @Test
    void noFolderMeansTheConfiguredOne() throws Exception {
        assertEquals(
                Optional.of(new ImportOptions(Optional.empty(), false, false)),
                ImportOptions.parse(new String[] {"import"}));
    }

    @Test
    void optionsGoBeforeOrAfterTheFolder() throws Exception {
        ImportOptions expected = new ImportOptions(Optional.of(Path.of("posts")), true, true);
        assertEquals(
                Optional.of(expected),
                ImportOptions.parse(new String[] {"import", "--dry-run", "posts", "--format", "json"}));
        assertEquals(
                Optional.of(expected),
                ImportOptions.parse(new String[] {"import", "--format", "json", "--dry-run", "posts"}));
    }

    @Test
    void helpIsNoImport() throws Exception {
        assertEquals(Optional.empty(), ImportOptions.parse(new String[] {"import", "--help"}));
    }

    @Test
    void badUsageSaysWhatIsWrong() {
        assertEquals(
                "unknown option --force",
                assertThrows(
                                ImportOptions.UsageException.class,
                                () -> ImportOptions.parse(new String[] {"import", "--force"}))
                        .getMessage());
        assertEquals(
                "unknown format 'yaml': text or json",
                assertThrows(
                                ImportOptions.UsageException.class,
                                () -> ImportOptions.parse(new String[] {"import", "--format", "yaml"}))
                        .getMessage());
        assertEquals(
                "--format needs a value: text or json",
                assertThrows(
                                ImportOptions.UsageException.class,
                                () -> ImportOptions.parse(new String[] {"import", "--format"}))
                        .getMessage());
        assertEquals(
                "one content folder at most",
                assertThrows(
                                ImportOptions.UsageException.class,
                                () -> ImportOptions.parse(new String[] {"import", "a", "b"}))
                        .getMessage());
    }

    @Test
    void badUsageExitsWithTwoBeforeAnythingStarts() {
        assertEquals(ImportCommand.USAGE, ImportCommand.main(new String[] {"import", "--force"}));
    }
}
