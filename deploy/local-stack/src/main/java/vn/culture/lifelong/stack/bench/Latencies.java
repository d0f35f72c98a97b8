package vn.culture.lifelong.stack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/** Latencies and failures of one kind of request, and their percentiles. */
final class Latencies<T> {

    private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<T> results = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();

    /** Runs {@code work} for every one of {@code ids} on {@code pool}, timing each; waits for all. */
    static <I, T> Latencies<T> of(ExecutorService pool, List<I> ids, Function<I, T> work) throws Exception {
        Latencies<T> latencies = new Latencies<>();
        List<Future<?>> running = new ArrayList<>();
        for (I id : ids) {
            running.add(pool.submit(() -> latencies.results.add(latencies.time(() -> work.apply(id)))));
        }
        for (Future<?> future : running) {
            future.get();
        }
        return latencies;
    }

    T time(Supplier<T> request) {
        long begin = System.nanoTime();
        try {
            return request.get();
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            throw e;
        } finally {
            nanos.add(System.nanoTime() - begin);
        }
    }

    /** Records a latency measured elsewhere (e.g. time to first byte). */
    void add(long latencyNanos) {
        nanos.add(latencyNanos);
    }

    int count() {
        return nanos.size() - failures.get();
    }

    List<T> results() {
        return List.copyOf(results);
    }

    String summary() {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("%d ok, %d failed; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", count(),
                failures.get(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
