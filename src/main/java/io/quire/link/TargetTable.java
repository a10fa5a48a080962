package io.quire.link;

import java.util.HashMap;
import java.util.Map;

/**
 * Link targets held in memory: posts by path and by stem, assets by path. Posts are added in path
 * order, so that of two posts with one stem ({@code a.md}, {@code a/index.md}) the same one wins for
 * every reader of the same files. Filled by one thread, then only read.
 */
public final class TargetTable implements LinkTargets {

    private final Map<String, PostTarget> posts = new HashMap<>();
    private final Map<String, PostTarget> stems = new HashMap<>();
    private final Map<String, AssetTarget> assets = new HashMap<>();

    /** Adds a post; the first one of a stem keeps it. */
    public void add(PostTarget post) {
        posts.put(post.path(), post);
        stems.putIfAbsent(ContentPaths.stem(post.path()), post);
    }

    public void add(AssetTarget asset) {
        assets.put(asset.path(), asset);
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
        return assets.get(path);
    }
}
