package io.quire.content;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time per named stage of one import, for its debug log line: where a slow import spent its time,
 * without a profiler. A name given more than once (a stage run per chunk) adds up. Not thread-safe:
 * one import thread writes it.
 */
public final class StageTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long lap = System.nanoTime();

    /** Charges the time since the last lap (or since creation) to {@code stage}. */
    public void lap(String stage) {
        long now = System.nanoTime();
        nanos.merge(stage, now - lap, Long::sum);
        lap = now;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        nanos.forEach((stage, time) -> {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(stage).append(' ').append(time / 1_000_000).append(" ms");
        });
        return out.toString();
    }
}
