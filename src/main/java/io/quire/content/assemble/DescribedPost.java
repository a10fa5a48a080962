package io.quire.content.assemble;

import io.quire.content.ContentProblem;
import io.quire.content.frontmatter.DateValue;
import io.quire.content.frontmatter.FileNameHints;
import io.quire.content.frontmatter.PostMetadata;
import io.quire.content.scan.SourceFile;
import java.util.List;

/**
 * A changed content file with its front matter read and its body not yet rendered: everything the
 * planner needs and no more, so that an import of any size holds only this per file; bodies are read
 * again and rendered chunk by chunk while the posts are stored.
 *
 * @param contentHash the hash of the bytes the front matter was read from
 * @param warnings what reading the front matter found
 */
public record DescribedPost(
        SourceFile source,
        String contentHash,
        PostMetadata metadata,
        FileNameHints fileName,
        List<ContentProblem> warnings) {

    public String path() {
        return source.path();
    }

    public boolean inDraftsFolder() {
        return source.inDraftsFolder();
    }

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

    /** The publication date: the front matter's, else the one of a Jekyll file name; or null. */
    public DateValue date() {
        return metadata.date() != null ? metadata.date() : fileName.date();
    }
}
