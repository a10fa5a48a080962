package io.quire.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Relative URLs in html made absolute against a post's page, as feeds need them. */
class PageUrlsTest {

    private static final String PAGE = "https://blog.example.com/posts/my-post";

    private static String absolute(String html) {
        java.net.URI page = PageUrls.base(PAGE);
        return HtmlUrls.rewrite(html, (element, attribute, url) -> {
            String absolute = PageUrls.resolve(page, url);
            return absolute == null ? null : new HtmlUrls.Replacement(absolute, null, null);
        });
    }

    @Test
    void relativeLinksAndImagesResolveAgainstThePostPage() {
        assertEquals(
                "<p><a href=\"https://blog.example.com/posts/other\">o</a>"
                        + "<img src=\"https://blog.example.com/img/a.png\" alt=\"a\">"
                        + "<img src=\"https://blog.example.com/posts/pixel.png\" alt=\"\">"
                        + "<a href=\"https://blog.example.com/about\">up</a>"
                        + "<video poster=\"https://cdn.example.com/p.jpg\" src=\"https://blog.example.com/posts/v.mp4\">"
                        + "</video></p>",
                absolute(
                        "<p><a href=\"other\">o</a><img src=\"/img/a.png\" alt=\"a\"><img src=\"pixel.png\" alt=\"\">"
                                + "<a href=\"../about\">up</a><video poster=\"//cdn.example.com/p.jpg\" src=\"v.mp4\"></video></p>"));
    }

    @Test
    void fragmentsQueriesAndEmptyLinksPointAtThePostPage() {
        assertEquals(
                "<a href=\"https://blog.example.com/posts/my-post#fn-1\">1</a>", absolute("<a href=\"#fn-1\">1</a>"));
        assertEquals(
                "<a href=\"https://blog.example.com/posts/my-post?page=2\">2</a>",
                absolute("<a href=\"?page=2\">2</a>"));
        assertEquals("<a href=\"https://blog.example.com/posts/my-post\">x</a>", absolute("<a href=\"\">x</a>"));
    }

    @Test
    void dotSegmentsCannotClimbAboveTheRoot() {
        assertEquals(
                "<a href=\"https://blog.example.com/etc/x?y=1#z\">x</a>",
                absolute("<a href=\"../../../../etc/x?y=1#z\">x</a>"));
    }

    @Test
    void entitiesInValuesAreDecodedForResolvingAndEscapedAgain() {
        assertEquals(
                "<img src=\"https://blog.example.com/posts/a.png?x=1&amp;y=%22\" alt=\"\">",
                absolute("<img src=\"a.png?x=1&amp;y=%22\" alt=\"\">"));
    }

    @Test
    void absoluteUrlsAndOtherSchemesAreLeftAlone() {
        String html = "<a href=\"https://other.example/x\">a</a><a href=\"mailto:me@example.com\">m</a>"
                + "<img src=\"data:image/png;base64,AAAA\" alt=\"\"><a href=\"HTTP://Example.com\">h</a>";
        assertSame(html, absolute(html));
    }

    @Test
    void textThatLooksLikeAnAttributeIsNotTouched() {
        // The serialiser escapes " in text and attribute values, so only real attributes match.
        String html = "<pre><code>&lt;a href=&quot;x&quot;&gt;</code></pre><p title=\"a href=&quot;y&quot;\">t</p>";
        assertSame(html, absolute(html));
    }

    @Test
    void aReferenceThatIsNotAUriIsLeftAsItIs() {
        String html = "<a href=\"a b\">x</a><a href=\"%zz\">y</a>";
        assertSame(html, absolute(html));
    }
}
