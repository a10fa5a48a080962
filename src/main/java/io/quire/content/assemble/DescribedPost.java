package io.quire.content.assemble;

import io.quire.content.ContentProblem;
import io.quire.content.frontmatter.FileNameHints;
import io.quire.content.frontmatter.PostMetadata;
import io.quire.content.frontmatter.SourceDocument;
import java.util.List;

/**
 * A changed content file with its front matter read and its body not yet rendered: everything the
 * planner needs, and little memory, so that a large import renders and stores its posts chunk by chunk
 * instead of holding every rendered post at once.
 *
 * @param warnings what reading the front matter found
 */
public record DescribedPost(
        String path,
        String contentHash,
        boolean inDraftsFolder,
        SourceDocument document,
        PostMetadata metadata,
        FileNameHints fileName,
        List<ContentProblem> warnings) {

    /** The front matter {@code id} (Long or String), or null. */
    public Object explicitId() {
        return metadata.id();
    }

    /** The front matter slug, else the one derived from the file name; may be empty. */
    public String slug() {
        String slug = metadata.slug() != null ? metadata.slug() : fileName.slug();
        return slug == null ? "" : slug;
    }

    public boolean slugExplicit() {
        return metadata.slug() != null;
    }
}
