package io.quire.post.view;

import io.quire.shared.TocEntry;
import java.util.List;

/**
 * One post with its rendered body, table of contents, neighbours and related posts.
 *
 * @param prev the previous (older) published post, or null
 * @param next the next (newer) published post, or null
 * @param markdown the raw Markdown body, or null when it was not asked for
 */
public record PostDetail(
        PostSummary summary,
        String html,
        List<TocEntry> toc,
        NavLink prev,
        NavLink next,
        List<Translation> translations,
        List<NavLink> related,
        String markdown) {}
