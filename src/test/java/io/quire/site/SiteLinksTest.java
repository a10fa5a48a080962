package io.quire.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SiteLinksTest {

    @Test
    void baseUrlsLoseTrailingSlashesAndMustBeAbsoluteHttp() {
        assertEquals("https://blog.example.com", SiteLinks.checkBaseUrl("https://blog.example.com/"));
        assertEquals("http://example.com/blog", SiteLinks.checkBaseUrl(" http://example.com/blog// "));
        for (String bad : new String[] {
            "blog.example.com",
            "/blog",
            "ftp://example.com",
            "https://x.com/?a=1",
            "https://x.com/#top",
            "https://",
            "https://exa mple.com"
        }) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> SiteLinks.checkBaseUrl(bad), bad);
            assertEquals(true, e.getMessage().startsWith("quire.site.base-url must be"), e.getMessage());
        }
    }

    @Test
    void templatesNeedKnownPlaceholdersIncludingTheSlugOrIdAndGiveAbsoluteUrls() {
        assertEquals("{baseUrl}/p/{id}/{slug}/", SiteLinks.checkTemplate("{baseUrl}/p/{id}/{slug}/"));
        assertEquals("https://www.example.com/{slug}", SiteLinks.checkTemplate("https://www.example.com/{slug}"));
        assertThrows(IllegalStateException.class, () -> SiteLinks.checkTemplate("{baseUrl}/{year}/{slug}"));
        assertThrows(IllegalStateException.class, () -> SiteLinks.checkTemplate("{baseUrl}/posts"));
        assertThrows(IllegalStateException.class, () -> SiteLinks.checkTemplate("/posts/{slug}"));
        assertThrows(IllegalStateException.class, () -> SiteLinks.checkTemplate("javascript:{slug}"));
    }

    @Test
    void postUrlsFillTheTemplateWithEncodedSlugAndId() {
        PublicUrls urls = new PublicUrls("https://blog.example.com", "{baseUrl}/posts/{slug}?id={id}");
        assertEquals("https://blog.example.com/posts/%E7%BC%93%E5%AD%98?id=a%2Fb%20c%26d", urls.post("a/b c&d", "缓存"));
        assertEquals("https://blog.example.com/", urls.home());
        assertEquals("https://blog.example.com/sitemap.xml", urls.at("/sitemap.xml"));
        // A slug with $ or \ must not be read as a regex replacement.
        assertEquals("https://blog.example.com/posts/%241%5C?id=1", urls.post("1", "$1\\"));
    }

    @Test
    void withoutAConfiguredBaseUrlTheRequestsIsUsed() {
        assertEquals(
                "http://localhost:8080",
                new PublicUrls(
                                SiteLinks.checkBaseUrl(
                                        URI.create("http://localhost:8080/").toString()),
                                "{baseUrl}/posts/{slug}")
                        .baseUrl());
    }
}
