package io.quire.content.asset;

import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.scan.AssetFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stages 2 (read) and 4 (plan) for assets: reads the asset files the scan found (in parallel, only those that
 * changed) and compares them with the stored index. Like posts, stored assets whose files were not
 * seen are dropped only when the scan saw everything.
 */
public final class AssetPlanner {

    private final AssetReader reader;
    private final AssetLimits limits;

    public AssetPlanner(AssetLimits limits) {
        this.reader = new AssetReader(limits);
        this.limits = limits;
    }

    /**
     * @param files the scan's asset files, in path order
     * @param stored the indexed assets by path, with what tells whether a file changed
     * @param scanComplete whether every folder was seen
     */
    public AssetPlan plan(List<AssetFile> files, Map<String, StoredAsset> stored, boolean scanComplete) {
        List<ContentProblem> problems = new ArrayList<>();
        boolean complete = scanComplete;
        if (files.size() > limits.maxFiles()) {
            problems.add(new ContentProblem(
                    files.get(limits.maxFiles()).path(),
                    null,
                    null,
                    Severity.WARNING,
                    "too many assets: " + files.size() + " image, video, audio and PDF files, at most "
                            + limits.maxFiles() + " are served; this and every later one (in path order) is not",
                    "raise quire.assets.max-files",
                    "too-many-assets"));
            files = files.subList(0, limits.maxFiles());
            complete = false;
        }
        List<AssetOutcome> outcomes = files.parallelStream()
                .map(file -> reader.read(file, stored.get(file.path())))
                .toList();
        List<AssetInfo> upserts = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        Set<String> served = new HashSet<>();
        Set<String> seen = new HashSet<>();
        int unchanged = 0;
        for (AssetOutcome outcome : outcomes) {
            seen.add(outcome.path());
            if (outcome instanceof AssetOutcome.Read read) {
                upserts.add(read.asset());
                served.add(read.path());
            } else if (outcome instanceof AssetOutcome.Failed failed) {
                problems.add(failed.problem());
                if (stored.containsKey(failed.path())) {
                    deletes.add(failed.path());
                }
            } else {
                served.add(outcome.path());
                unchanged++;
            }
        }
        for (String path : stored.keySet()) {
            if (!seen.contains(path)) {
                if (complete) {
                    deletes.add(path);
                } else {
                    served.add(path);
                }
            }
        }
        deletes.sort(null);
        return new AssetPlan(upserts, deletes, unchanged, problems, served);
    }
}
