package io.quire.content.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PostRowsTest {

    @Test
    void theBodyHashIsTheSha256OfEachPartsLengthAndBytes() {
        // sha256(00 00 00 08 "<p>x</p>" 00 00 00 02 "[]" 00 00 00 01 "x" 00 00 00 01 "x")
        assertEquals(
                "632e8526a14e2c40918c121ca8674680d9414533b836b35b434e88bbca8a46ec",
                PostRows.hash("<p>x</p>", "[]", "x", "x"));
    }

    @Test
    void partsThatRunTogetherTheSameHashDifferently() {
        assertNotEquals(PostRows.hash("ab", "c", "", ""), PostRows.hash("a", "bc", "", ""));
        assertNotEquals(PostRows.hash("", "", "x", ""), PostRows.hash("", "", "", "x"));
        assertNotEquals(PostRows.hash("é", "", "", ""), PostRows.hash("e", "", "", ""));
    }
}
