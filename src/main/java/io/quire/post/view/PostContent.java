package io.quire.post.view;

import io.quire.shared.TocEntry;
import java.util.List;

/** A post with its body, for clients that keep posts offline: the detail without neighbours. */
public record PostContent(PostSummary summary, String html, List<TocEntry> toc) {}
