package io.quire.content.importer;

import io.quire.content.scan.SourceFile;
import io.quire.link.ContentPaths;
import io.quire.link.LinkTargets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files one import sees, as link targets: whether a link in a post leads somewhere is decided
 * against these, so that the warning is the same for {@code validate} and the server. Only existence
 * counts here; ids, slugs and hashes come from the database when a post is served.
 */
final class ScannedFiles implements LinkTargets {

    private final Map<String, PostTarget> posts = new HashMap<>();
    private final Map<String, PostTarget> stems = new HashMap<>();
    private final Set<String> assets;

    ScannedFiles(List<SourceFile> markdown, Set<String> assets) {
        for (SourceFile file : markdown) {
            PostTarget post = new PostTarget(file.path(), "", "", false, "");
            posts.put(file.path(), post);
            stems.putIfAbsent(ContentPaths.stem(file.path()), post);
        }
        this.assets = Set.copyOf(assets);
    }

    static ScannedFiles none() {
        return new ScannedFiles(List.of(), Set.of());
    }

    @Override
    public PostTarget post(String path) {
        return posts.get(path);
    }

    @Override
    public PostTarget postByStem(String stem) {
        return stems.get(stem);
    }

    @Override
    public AssetTarget asset(String path) {
        return assets.contains(path) ? new AssetTarget(path, "", null, null) : null;
    }
}
