package io.quire.cdn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurrogateKeysTest {

    @Test
    void idsAndSlugsKeepTheirSafeCharacters() {
        assertEquals("post-2", SurrogateKeys.post("2"));
        assertEquals("post-intro_v2.1~x", SurrogateKeys.post("intro_v2.1~x"));
        assertEquals("tag-c-sharp", SurrogateKeys.tag("c-sharp"));
    }

    @Test
    void everythingElseIsPercentEncodedSoAKeyIsOneHeaderToken() {
        assertEquals("post-a%20b%2Cc", SurrogateKeys.post("a b,c"));
        assertEquals("tag-%E7%BC%93%E5%AD%98", SurrogateKeys.tag("缓存"));
        assertEquals("post-%22%3B%0A", SurrogateKeys.post("\";\n"));
    }

    @Test
    void aLongKeyBecomesAHash() {
        String key = SurrogateKeys.tag("x".repeat(300));
        assertTrue(key.matches("tag-h-[A-Za-z0-9_-]{32}"), key);
        assertEquals(key, SurrogateKeys.tag("x".repeat(300)), "the same value, the same key");
        assertTrue(!key.equals(SurrogateKeys.tag("x".repeat(301))));
    }

    @Test
    void headersJoinKeysTheWayEachCdnReadsThem() {
        List<String> keys = List.of("quire", "posts", "tag-java");
        assertEquals("quire posts tag-java", SurrogateKeys.surrogateKeyHeader(keys));
        assertEquals("quire,posts,tag-java", SurrogateKeys.cacheTagHeader(keys));
    }
}
