package io.quire.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quire.link.LinkResolver.Resolution;
import io.quire.link.LinkTargets.AssetTarget;
import io.quire.link.LinkTargets.PostTarget;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkResolverTest {

    private static final String HASH = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    /** A content root with two posts and three assets. */
    private static final LinkTargets TARGETS = new LinkTargets() {
        final Map<String, PostTarget> posts = Map.of(
                "blog/other.md", new PostTarget("blog/other.md", "7", "other", false, "en"),
                "_posts/2010-07-21-name.md", new PostTarget("_posts/2010-07-21-name.md", "8", "name", false, "en"),
                "guides/setup/index.md", new PostTarget("guides/setup/index.md", "9", "setup", false, "en"));
        final Map<String, AssetTarget> assets = Map.of(
                "blog/img/a b.png", new AssetTarget("blog/img/a b.png", HASH, 40, 30),
                "shared/logo.svg", new AssetTarget("shared/logo.svg", HASH, null, null));

        @Override
        public PostTarget post(String path) {
            return posts.get(path);
        }

        @Override
        public PostTarget postByStem(String stem) {
            return posts.values().stream()
                    .filter(post -> ContentPaths.stem(post.path()).equals(stem))
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public AssetTarget asset(String path) {
            return assets.get(path);
        }
    };

    private static Resolution link(String url) {
        return LinkResolver.link("blog/post.md", url, TARGETS);
    }

    @Test
    void pathsAreRelativeToThePostsFolderOrToTheRoot() {
        assertEquals(
                "blog/img/a b.png",
                ((Resolution.ToAsset) link("img/a%20b.png")).asset().path());
        assertEquals(
                "blog/img/a b.png",
                ((Resolution.ToAsset) link("./img/a b.png")).asset().path());
        assertEquals(
                "shared/logo.svg",
                ((Resolution.ToAsset) link("../shared/logo.svg")).asset().path());
        assertEquals(
                "shared/logo.svg",
                ((Resolution.ToAsset) link("/shared/logo.svg")).asset().path());
        Resolution.ToPost post = (Resolution.ToPost) link("other.md?x=1#part");
        assertEquals("other", post.post().slug());
        assertEquals("?x=1#part", post.suffix());
    }

    @Test
    void missingFilesAreReportedOnlyForRelativePathsThatNameAFile() {
        assertEquals(new Resolution.Missing("blog/nothere.png"), link("nothere.png"));
        assertEquals(new Resolution.Missing("blog/gone.md"), link("gone.md"));
        // a page of the front-end, a site-absolute file, or a path that climbs out: not Quire's
        assertInstanceOf(Resolution.Elsewhere.class, link("../about/"));
        assertInstanceOf(Resolution.Elsewhere.class, link("/images/static.png"));
        assertInstanceOf(Resolution.Elsewhere.class, link("../../../etc/passwd.png"));
        for (String url : List.of(
                "",
                "#top",
                "?q=1",
                "https://x.example/a.png",
                "//cdn.example/a.png",
                "mailto:a@b.c",
                "data:image/png;base64,AA",
                "%zz.png")) {
            assertInstanceOf(Resolution.Elsewhere.class, link(url), url);
        }
    }

    @Test
    void referencesToPostsTryExtensionsBundlesTheRootAndNames() {
        assertEquals("other", slug(LinkResolver.ref("blog/post.md", "other", TARGETS)));
        assertEquals("other", slug(LinkResolver.ref("blog/post.md", "other.md#x", TARGETS)));
        assertEquals("other", slug(LinkResolver.ref("index.md", "blog/other", TARGETS)));
        assertEquals("setup", slug(LinkResolver.ref("blog/post.md", "/guides/setup", TARGETS)));
        assertEquals("setup", slug(LinkResolver.ref("blog/post.md", "setup", TARGETS)));
        assertEquals("name", slug(LinkResolver.ref("blog/post.md", "2010-07-21-name", TARGETS)));
        assertEquals("name", slug(LinkResolver.ref("blog/post.md", "_posts/2010-07-21-name.md", TARGETS)));
        assertEquals("#x", ((Resolution.ToPost) LinkResolver.ref("blog/post.md", "other.md#x", TARGETS)).suffix());
        assertInstanceOf(Resolution.Missing.class, LinkResolver.ref("blog/post.md", "nope", TARGETS));
    }

    @Test
    void dependenciesAreEveryPathAndNameALinkMayResolveTo() {
        assertEquals(List.of("blog/img/a b.png"), LinkResolver.dependencies("blog/post.md", "img/a%20b.png", false));
        assertEquals(List.of(), LinkResolver.dependencies("blog/post.md", "https://x.example/a.png", false));
        assertEquals(
                List.of(
                        "blog/other.md",
                        "blog/other.markdown",
                        "blog/other/index.md",
                        "blog/other/index.markdown",
                        "other.md",
                        "other.markdown",
                        "other/index.md",
                        "other/index.markdown",
                        "stem:other"),
                LinkResolver.dependencies("blog/post.md", "other", true));
    }

    @Test
    void htmlUrlsAreRewrittenInPlaceWithImageSizes() {
        String html = "<p><a href=\"other.md\">o</a> <img src=\"img/a b.png\" alt=\"x\">"
                + " <img src=\"img/a b.png\" alt=\"\" width=\"20\">"
                + " <img srcset=\"img/a%20b.png 1x, https://x.example/b.png 2x\" src=\"/shared/logo.svg\" alt=\"\">"
                + " <a href=\"setup\" data-quire-ref=\"setup\">s</a> <code>&lt;img src=&quot;img/a b.png&quot;&gt;</code></p>";
        String rewritten = HtmlUrls.rewrite(html, (element, attribute, url) -> {
            Resolution r = attribute.equals("data-quire-ref")
                    ? LinkResolver.ref("blog/post.md", url, TARGETS)
                    : LinkResolver.link("blog/post.md", url, TARGETS);
            if (r instanceof Resolution.ToAsset a) {
                return new HtmlUrls.Replacement(
                        "A:" + a.asset().path(), a.asset().width(), a.asset().height());
            }
            if (r instanceof Resolution.ToPost p) {
                return new HtmlUrls.Replacement("P:" + p.post().slug(), null, null);
            }
            return null;
        });
        assertEquals(
                "<p><a href=\"P:other\">o</a> <img src=\"A:blog/img/a b.png\" alt=\"x\" width=\"40\" height=\"30\">"
                        + " <img src=\"A:blog/img/a b.png\" alt=\"\" width=\"20\" height=\"15\">"
                        + " <img srcset=\"A:blog/img/a b.png 1x, https://x.example/b.png 2x\" src=\"A:shared/logo.svg\""
                        + " alt=\"\"> <a href=\"P:setup\" data-quire-ref=\"setup\">s</a>"
                        + " <code>&lt;img src=&quot;img/a b.png&quot;&gt;</code></p>",
                rewritten);
        String plain = "<p>No links at all.</p><pre><code>a</code></pre>";
        assertSame(plain, HtmlUrls.rewrite(plain, (e, a, u) -> new HtmlUrls.Replacement("x", null, null)));
    }

    @Test
    void frontMatterImagesAtAnyDepthUnderImageKeys() {
        Map<String, Object> cover = new LinkedHashMap<>();
        cover.put("image", "img/a b.png");
        cover.put("alt", "A picture");
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        frontMatter.put("cover", cover);
        frontMatter.put("images", List.of("img/a b.png", "https://x.example/c.png"));
        frontMatter.put("subtitle", "img/a b.png");
        Map<String, Object> out = FrontMatterUrls.rewrite(frontMatter, value -> {
            Resolution r = LinkResolver.link("blog/post.md", value, TARGETS);
            return r instanceof Resolution.ToAsset ? "URL" : value;
        });
        assertEquals(Map.of("image", "URL", "alt", "A picture"), out.get("cover"));
        assertEquals(List.of("URL", "https://x.example/c.png"), out.get("images"));
        assertEquals("img/a b.png", out.get("subtitle"));
        assertEquals(
                List.of("img/a b.png", "A picture", "img/a b.png", "https://x.example/c.png"),
                FrontMatterUrls.values(frontMatter));
        Map<String, Object> none = new HashMap<>(Map.of("title", "x"));
        assertSame(none, FrontMatterUrls.rewrite(none, value -> "changed"));
    }

    @Test
    void decodingRefusesWhatIsNotUtf8() {
        assertNull(UrlReference.parse("a%ff.png"));
        assertEquals("é.png", UrlReference.parse("%C3%A9.png").path());
        assertEquals("a+b.png", UrlReference.parse("a+b.png").path());
    }

    private static String slug(Resolution resolution) {
        return ((Resolution.ToPost) resolution).post().slug();
    }
}
