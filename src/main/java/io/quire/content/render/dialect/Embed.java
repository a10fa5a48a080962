package io.quire.content.render.dialect;

import org.commonmark.node.CustomNode;

/**
 * A {@code youtube} or {@code vimeo} shortcode: an {@code iframe} when the provider's player host is
 * in {@code quire.render.iframe-hosts}, else a link to the video, so the reader still finds it.
 *
 * @see Provider
 */
public final class Embed extends CustomNode {

    /** The video sites Quire knows, with their player and watch URLs. */
    public enum Provider {
        YOUTUBE(
                "www.youtube.com",
                "https://www.youtube.com/embed/",
                "https://www.youtube.com/watch?v=",
                "YouTube video"),
        VIMEO("player.vimeo.com", "https://player.vimeo.com/video/", "https://vimeo.com/", "Vimeo video");

        final String playerHost;
        final String playerUrl;
        final String watchUrl;
        final String defaultTitle;

        Provider(String playerHost, String playerUrl, String watchUrl, String defaultTitle) {
            this.playerHost = playerHost;
            this.playerUrl = playerUrl;
            this.watchUrl = watchUrl;
            this.defaultTitle = defaultTitle;
        }
    }

    private final Provider provider;
    private final String id;
    private final String title;

    Embed(Provider provider, String id, String title) {
        this.provider = provider;
        this.id = id;
        this.title = title;
    }

    public Provider provider() {
        return provider;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}
