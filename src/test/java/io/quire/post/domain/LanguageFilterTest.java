package io.quire.post.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageFilterTest {

    @Test
    void aLanguageTakesItsRegionsAndScriptsButARegionOnlyItself() {
        assertTrue(new LanguageFilter("pt").admits("pt-br"));
        assertTrue(new LanguageFilter("pt").admits("pt"));
        assertTrue(new LanguageFilter("zh").admits("zh-hant-tw"));
        assertFalse(new LanguageFilter("pt-br").admits("pt"));
        assertFalse(new LanguageFilter("pt").admits("ptx"));
        assertNull(LanguageFilter.of(null));
    }

    @Test
    void theDatabaseConditionsSayTheSame() {
        PostRepository.Filter jpql = new LanguageFilter("pt").jpql();
        assertEquals("(p.lang = :langExact or p.lang like :langVariants)", jpql.where());
        assertEquals(Map.of("langExact", "pt", "langVariants", "pt-%"), jpql.parameters());
        assertEquals(
                "(lang = :langExact or lang like :langVariants)",
                new LanguageFilter("pt").sql().where());
    }
}
