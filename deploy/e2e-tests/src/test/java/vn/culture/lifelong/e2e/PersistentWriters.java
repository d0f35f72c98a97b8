package vn.culture.lifelong.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Clients that keep sending a request through the gateway until it is acknowledged, as a careful client does while
 * a service restarts: a refused connection, a 5xx or a 429 is sent again after a pause, with the same
 * {@code Idempotency-Key}, so that a change committed whose answer was lost is not made twice. Any other answer is
 * a failure, unless the caller names it as settling the request too. Counts what they sent and what was
 * acknowledged.
 */
final class PersistentWriters {

    /** What one client does: some requests in turn, through {@link #send}. */
    interface Task {
        void run(PersistentWriters writers) throws InterruptedException;
    }

    /** The answer that settled a request. */
    record Answer(int status, String body) {
    }

    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String gateway;
    private final Supplier<String> token;
    private final Duration patience;
    final AtomicInteger acknowledged = new AtomicInteger();
    /** Requests settled by an answer named as settling them (e.g. 409: done already, by an earlier try). */
    final AtomicInteger settledOtherwise = new AtomicInteger();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger retried = new AtomicInteger();
    final Queue<String> failures = new ConcurrentLinkedQueue<>();

    /** {@code patience}: how long one request may keep failing before it counts as lost. */
    PersistentWriters(String gateway, Supplier<String> token, Duration patience) {
        this.gateway = gateway;
        this.token = token;
        this.patience = patience;
    }

    /** Runs every task with {@code clients} at once and returns when all are done. */
    void run(List<Task> tasks, int clients) throws Exception {
        Queue<Task> pending = new ConcurrentLinkedQueue<>(tasks);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    for (Task task = pending.poll(); task != null; task = pending.poll()) {
                        task.run(this);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Sends until a 2xx (counted as acknowledged) or one of {@code alsoSettling}; empty, with the failure recorded,
     * for any other answer or when patience runs out.
     */
    Optional<Answer> send(String method, String path, String body, String idempotencyKey, Set<Integer> alsoSettling) {
        AtomicReference<Optional<Answer>> settled = new AtomicReference<>();
        AtomicReference<String> last = new AtomicReference<>("");
        try {
            await().pollInSameThread().pollDelay(Duration.ZERO).pollInterval(RETRY_PAUSE).atMost(patience)
                    .until(() -> {
                        boolean done = attempt(method, path, body, idempotencyKey, alsoSettling, settled, last);
                        if (!done) {
                            retried.incrementAndGet();
                        }
                        return done;
                    });
            return settled.get();
        } catch (ConditionTimeoutException e) {
            failures.add(method + " " + path + " never acknowledged in " + patience + ": " + last.get());
            return Optional.empty();
        }
    }

    /**
     * One try; true when it settled the request, with {@code settled} set to the answer that did, or empty for a
     * failure (recorded); false for one to try again, with {@code last} saying why.
     */
    private boolean attempt(String method, String path, String body, String idempotencyKey, Set<Integer> alsoSettling,
            AtomicReference<Optional<Answer>> settled, AtomicReference<String> last) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token.get())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        sent.incrementAndGet();
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = answer.statusCode();
            if (status / 100 == 2) {
                acknowledged.incrementAndGet();
                settled.set(Optional.of(new Answer(status, answer.body())));
                return true;
            }
            if (alsoSettling.contains(status)) {
                settledOtherwise.incrementAndGet();
                settled.set(Optional.of(new Answer(status, answer.body())));
                return true;
            }
            if (status < 500 && status != 429) {
                failures.add(method + " " + path + " → " + status + " " + answer.body());
                settled.set(Optional.empty());
                return true;
            }
            last.set(status + " " + answer.body());
        } catch (IOException e) {
            last.set(e.toString());
        }
        return false;
    }

    Optional<Answer> send(String method, String path, String body, String idempotencyKey) {
        return send(method, path, body, idempotencyKey, Set.of());
    }
}
