package io.quire.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void tagsAreLowerCaseWithDashes() {
        assertEquals("pt-br", Languages.normalize("pt_BR"));
        assertEquals("zh-hant-tw", Languages.normalize(" zh-Hant-TW "));
        assertEquals("en", Languages.normalize("EN"));
        assertEquals("gsw", Languages.normalize("gsw"));
        assertNull(Languages.normalize("english"));
        assertNull(Languages.normalize("e"));
        assertNull(Languages.normalize("en us"));
        assertNull(Languages.normalize(""));
    }

    @Test
    void namesAreLanguagesOnlyForIsoCodes() {
        assertEquals("de", Languages.ofName("de"));
        assertEquals("pt-br", Languages.ofName("pt-br"));
        assertEquals("zh-tw", Languages.ofName("zh_tw"));
        assertNull(Languages.ofName("v2"));
        assertNull(Languages.ofName("old"));
        assertNull(Languages.ofName("js"));
        assertNull(Languages.ofName("go"));
        assertNull(Languages.ofName("posts"));
    }
}
