package vn.culture.lifelong.stack;

import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/** Stops several parts at once: each may take seconds to shut down gracefully, and none waits for another. */
public final class ParallelStop {

    private static final Logger LOG = Logger.getLogger(ParallelStop.class.getName());

    private ParallelStop() {
    }

    /** Closes every part, each in its own thread, and returns when all are closed; failures are logged. */
    public static void closeAll(Collection<? extends AutoCloseable> parts) {
        CompletableFuture<?>[] stopping = parts.stream()
                .map(part -> CompletableFuture.runAsync(() -> close(part), task -> new Thread(task, "stop " + part).start()))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(stopping).join();
    }

    private static void close(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            LOG.warning("Could not stop " + part + ": " + e.getMessage());
        }
    }
}
