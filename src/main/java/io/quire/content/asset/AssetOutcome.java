package io.quire.content.asset;

import io.quire.content.ContentProblem;

/** What looking at one asset file gave: unchanged since it was indexed, read anew, or not servable. */
public sealed interface AssetOutcome {

    String path();

    record Unchanged(String path) implements AssetOutcome {}

    record Read(AssetInfo asset) implements AssetOutcome {
        @Override
        public String path() {
            return asset.path();
        }
    }

    record Failed(String path, ContentProblem problem) implements AssetOutcome {}
}
