package io.quire.content.importer;

import io.quire.content.scan.SourceFile;
import io.quire.link.LinkTargets;
import io.quire.link.LinkTargets.AssetTarget;
import io.quire.link.LinkTargets.PostTarget;
import io.quire.link.TargetTable;
import java.util.List;
import java.util.Set;

/**
 * The files one import sees, as link targets: whether a link in a post leads somewhere is decided
 * against these, so that the warning is the same for {@code validate} and the server. Only existence
 * counts here; ids, slugs and hashes come from the database when a post is served.
 */
final class ScannedFiles {

    private ScannedFiles() {}

    /** @param markdown the posts' files, in path order */
    static LinkTargets of(List<SourceFile> markdown, Set<String> assets) {
        TargetTable targets = new TargetTable();
        for (SourceFile file : markdown) {
            targets.add(new PostTarget(file.path(), "", "", false, ""));
        }
        for (String asset : assets) {
            targets.add(new AssetTarget(asset, "", null, null));
        }
        return targets;
    }

    static LinkTargets none() {
        return new TargetTable();
    }
}
