package io.quire.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Bounds the work a hostile input causes by the CPU time of the thread that does it, not by
 * wall-clock time: a test of a pathological input must fail when the work blows up (a quadratic
 * walk takes minutes of CPU), and must not fail because the machine is busy (a CI run beside other
 * builds gives one thread a small share of a core, so a wall-clock timeout of {@link
 * org.junit.jupiter.api.Assertions#assertTimeoutPreemptively} failed on work that needed a second).
 */
public final class CpuBudget {

    /** The work gets this long on the clock whatever its CPU time, so a thread that blocks still fails. */
    private static final Duration WALL_CEILING = Duration.ofMinutes(10);

    private static final long POLL_MILLIS = 20;

    private CpuBudget() {}

    /**
     * Runs {@code work} on a thread of its own and returns its result, or fails as soon as that thread
     * has used more than {@code cpu} of CPU time (the thread is interrupted and abandoned, as JUnit's
     * preemptive timeout does). What {@code work} throws is thrown again.
     */
    public static <T> T assertWithinCpu(Duration cpu, ThrowingSupplier<T> work, String what) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(
                () -> {
                    try {
                        result.complete(work.get());
                    } catch (Throwable t) {
                        result.completeExceptionally(t);
                    }
                },
                "cpu-budget");
        worker.setDaemon(true);
        worker.start();
        long wallDeadline = System.nanoTime() + WALL_CEILING.toNanos();
        while (true) {
            try {
                return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                long used = threads.getThreadCpuTime(worker.getId());
                if (used > cpu.toNanos() || System.nanoTime() > wallDeadline) {
                    worker.interrupt();
                    throw new AssertionError(what + ": used "
                            + Duration.ofNanos(Math.max(used, 0)).toMillis() + " ms of CPU (budget " + cpu.toMillis()
                            + " ms) and had not finished");
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new AssertionError(what + ": threw " + cause, cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what + ": interrupted", e);
            }
        }
    }

    /** {@link #assertWithinCpu(Duration, ThrowingSupplier, String)} for work that needs no name. */
    public static <T> T assertWithinCpu(Duration cpu, ThrowingSupplier<T> work) {
        return assertWithinCpu(cpu, work, "the work");
    }
}
