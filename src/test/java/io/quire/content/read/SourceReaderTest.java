package io.quire.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quire.content.ContentException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceReaderTest {

    @Test
    void decodesUtf8WithoutBomAndWithLfLineEndings() throws ContentException {
        byte[] bytes = "\uFEFFtitle: Café\r\n\r\nÜber 𝄞 and 漢字\rend".getBytes(StandardCharsets.UTF_8);
        assertEquals("title: Café\n\nÜber 𝄞 and 漢字\nend", SourceReader.decode(bytes));
    }

    @Test
    void keepsAReplacementCharacterTheFileContains() throws ContentException {
        byte[] bytes = "a \uFFFD written by the author".getBytes(StandardCharsets.UTF_8);
        assertEquals("a \uFFFD written by the author", SourceReader.decode(bytes));
    }

    /** Byte sequences that are not UTF-8, each after "ab\ncd": the error names the first bad byte. */
    @ParameterizedTest
    @CsvSource({
        "E9, 0xE9", // Latin-1 é
        "C0AF, 0xC0", // overlong '/'
        "EDA080, 0xED", // a surrogate encoded on its own
        "F4908080, 0xF4", // above U+10FFFF
        "80, 0x80", // a lone continuation byte
        "E282, 0xE2", // a sequence cut short at the end of the file
    })
    void refusesBytesThatAreNotUtf8(String hex, String named) {
        byte[] prefix = "ab\ncd".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] bytes = new byte[prefix.length + bad.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(bad, 0, bytes, prefix.length, bad.length);
        ContentException e = assertThrows(ContentException.class, () -> SourceReader.decode(bytes));
        assertEquals("not valid UTF-8: byte " + named + " at byte offset 5", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void refusesNulAndBlankFiles() {
        ContentException nul = assertThrows(
                ContentException.class, () -> SourceReader.decode("ok\nx\0y".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, nul.line());
        assertEquals(2, nul.column());
        assertThrows(ContentException.class, () -> SourceReader.decode(" \n\t".getBytes(StandardCharsets.UTF_8)));
    }
}
