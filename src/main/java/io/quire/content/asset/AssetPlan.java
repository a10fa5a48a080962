package io.quire.content.asset;

import io.quire.content.ContentProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one import changes in the index of assets: files read anew (new or changed), paths no longer
 * served, and every asset served after it.
 *
 * @param upserts assets to write (new, or whose file changed)
 * @param deletes paths to drop: their file is gone, or can no longer be served
 * @param served the path of every asset served after this import (unchanged ones included)
 */
public record AssetPlan(
        List<AssetInfo> upserts,
        List<String> deletes,
        int unchanged,
        List<ContentProblem> problems,
        Set<String> served) {

    public static AssetPlan empty() {
        return new AssetPlan(List.of(), List.of(), 0, List.of(), Set.of());
    }

    public boolean changesSomething() {
        return !upserts.isEmpty() || !deletes.isEmpty();
    }

    /** The paths whose asset appeared, changed or went: links to them may resolve differently. */
    public List<String> changedPaths() {
        List<String> paths = new ArrayList<>(upserts.size() + deletes.size());
        upserts.forEach(asset -> paths.add(asset.path()));
        paths.addAll(deletes);
        return paths;
    }
}
