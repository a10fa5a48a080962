package io.quire.post.service;

import io.quire.link.FrontMatterUrls;
import io.quire.link.HtmlUrls;
import io.quire.link.HtmlUrls.Replacement;
import io.quire.link.LinkResolver;
import io.quire.link.LinkResolver.Resolution;
import io.quire.link.LinkTargets;
import io.quire.link.PageUrls;
import io.quire.site.PublicUrls;
import io.quire.site.RequestUrls;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;

/**
 * Writes the links of posts out as absolute URLs when they are served: a link to another post's file
 * becomes that post's public page, an image or other asset its content-hashed {@code /assets/} URL
 * (images with their width and height), for the content version being served. Stored html keeps the
 * links as the author wrote them, so an answer never depends on the order files were imported in.
 */
@ApplicationScoped
public class PostLinks {

    private final LinkIndex index;
    private final RequestUrls requestUrls;

    public PostLinks(LinkIndex index, RequestUrls requestUrls) {
        this.index = index;
        this.requestUrls = requestUrls;
    }

    /**
     * The links of this request: to be used in the transaction the posts are read in.
     *
     * @param preview whether links to drafts are written out too
     */
    public Links forRequest(boolean preview) {
        return new Links(index.targets(), requestUrls.get(), preview);
    }

    /** The public URLs of the request being served. */
    public PublicUrls urls() {
        return requestUrls.get();
    }

    /** Link writing for one answer. */
    public static final class Links {

        private final LinkTargets targets;
        private final PublicUrls urls;
        private final boolean preview;

        Links(LinkTargets targets, PublicUrls urls, boolean preview) {
            this.targets = targets;
            this.urls = urls;
            this.preview = preview;
        }

        /** The html of the post at {@code sourcePath} with links to posts and assets written out. */
        public String html(String html, String sourcePath) {
            return HtmlUrls.rewrite(html, (element, attribute, url) -> replacement(sourcePath, attribute, url, null));
        }

        /**
         * Like {@link #html}, and every other relative URL made absolute against the post's page, as a
         * feed reader needs.
         */
        public String absoluteHtml(String html, String sourcePath, String pageUrl) {
            URI page = PageUrls.base(pageUrl);
            return HtmlUrls.rewrite(html, (element, attribute, url) -> replacement(sourcePath, attribute, url, page));
        }

        /** The front matter with image paths under the image keys written out as asset URLs. */
        public Map<String, Object> frontMatter(Map<String, Object> frontMatter, String sourcePath) {
            return FrontMatterUrls.rewrite(frontMatter, value -> {
                String url = url(LinkResolver.link(sourcePath, value, targets));
                return url == null ? value : url;
            });
        }

        private Replacement replacement(String sourcePath, String attribute, String url, URI page) {
            Resolution resolution = attribute.equals("data-quire-ref")
                    ? LinkResolver.ref(sourcePath, url, targets)
                    : LinkResolver.link(sourcePath, url, targets);
            String written = url(resolution);
            if (written != null) {
                if (resolution instanceof Resolution.ToAsset asset) {
                    return new Replacement(
                            written, asset.asset().width(), asset.asset().height());
                }
                return new Replacement(written, null, null);
            }
            if (page != null) {
                String absolute = PageUrls.resolve(page, url);
                return absolute == null ? null : new Replacement(absolute, null, null);
            }
            return null;
        }

        /** The URL a resolved link is written as, or null to leave it as written. */
        private String url(Resolution resolution) {
            if (resolution instanceof Resolution.ToAsset asset) {
                return urls.asset(asset.asset().hash(), asset.asset().path()) + asset.suffix();
            }
            if (resolution instanceof Resolution.ToPost post
                    && (preview || !post.post().draft())) {
                String suffix = post.suffix();
                int hash = suffix.indexOf('#');
                return urls.post(
                                post.post().publicId(),
                                post.post().slug(),
                                post.post().lang())
                        + (hash < 0 ? "" : suffix.substring(hash));
            }
            return null;
        }
    }
}
