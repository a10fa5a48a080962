package io.quire.content.asset;

/**
 * What the import needs to know of an asset already indexed: whether its file may have changed.
 *
 * @param revision the {@link AssetReader#REVISION} that read it: a newer reader reads every file again
 */
public record StoredAsset(String path, long size, long modifiedMillis, int revision) {}
