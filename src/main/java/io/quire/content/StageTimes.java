package io.quire.content;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time and the import thread's CPU time per named stage of one import, for its debug log line:
 * where a slow import spent its time, without a profiler (on a shared machine the wall time says as
 * much about the neighbours as about the import). A name given more than once (a stage run per chunk)
 * adds up. Not thread-safe: one import thread writes it. CPU time on other threads (H2 writing its
 * file, rendering on {@code quire-render}) is not counted.
 */
public final class StageTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Map<String, Long> cpuNanos = new LinkedHashMap<>();
    private long lap = System.nanoTime();
    private long cpuLap = THREADS.getCurrentThreadCpuTime();

    /** Charges the time since the last lap (or since creation) to {@code stage}. */
    public void lap(String stage) {
        long now = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        nanos.merge(stage, now - lap, Long::sum);
        cpuNanos.merge(stage, cpu - cpuLap, Long::sum);
        lap = now;
        cpuLap = cpu;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        nanos.forEach((stage, time) -> {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(stage)
                    .append(' ')
                    .append(time / 1_000_000)
                    .append(" ms (CPU ")
                    .append(cpuNanos.get(stage) / 1_000_000)
                    .append(" ms)");
        });
        return out.toString();
    }
}
