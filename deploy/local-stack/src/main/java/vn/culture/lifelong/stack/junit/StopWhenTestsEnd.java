package vn.culture.lifelong.stack.junit;

import java.util.ArrayList;
import java.util.List;
import vn.culture.lifelong.stack.ParallelStop;

/**
 * What tests started (stacks, servers, their temporary directories), stopped when the JVM's tests have run,
 * failed or not, and before the JVM exits ({@link StopAtEndOfLauncherSession}). A shutdown hook would run later,
 * and Surefire halts a test JVM whose shutdown takes more than 30 s, orphaning whatever was not yet stopped.
 */
public final class StopWhenTestsEnd {

    private static final List<AutoCloseable> STARTED = new ArrayList<>();

    private StopWhenTestsEnd() {
    }

    /**
     * Stops {@code resource} when the tests end. Call it from a class the system class loader loaded (the one
     * JUnit's listeners live in), not from a copy Quarkus loaded for one application start.
     */
    public static void register(AutoCloseable resource) {
        synchronized (STARTED) {
            STARTED.add(resource);
        }
    }

    /** Stops everything registered, all at once. */
    static void stopAll() {
        List<AutoCloseable> toStop;
        synchronized (STARTED) {
            toStop = List.copyOf(STARTED);
            STARTED.clear();
        }
        ParallelStop.closeAll(toStop);
    }
}
