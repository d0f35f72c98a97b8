package vn.culture.lifelong.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A request the gateway's rate limit answered 429 is sent again once its Retry-After has passed: the limit answers
 * how often, not whether, the caller may. After {@code attempts} the last answer stands, whatever it is.
 */
final class RateLimitRetries {

    private static final int TOO_MANY_REQUESTS = 429;

    private RateLimitRetries() {
    }

    static <T> T send(Supplier<T> send, Function<T, Integer> status, Function<T, Optional<String>> retryAfter,
            int attempts) {
        AtomicReference<T> last = new AtomicReference<>();
        AtomicInteger tries = new AtomicInteger();
        await().pollInSameThread()
                .pollDelay(Duration.ZERO)
                .pollInterval((poll, previous) -> seconds(Optional.ofNullable(last.get()).flatMap(retryAfter)))
                .atMost(Duration.ofSeconds(1_000L * attempts))
                .until(() -> {
                    last.set(send.get());
                    return status.apply(last.get()) != TOO_MANY_REQUESTS || tries.incrementAndGet() >= attempts;
                });
        return last.get();
    }

    /** Retry-After in whole seconds (at least one); one where it is missing or not a small number. */
    private static Duration seconds(Optional<String> retryAfter) {
        long seconds = retryAfter.filter(value -> value.matches("\\d{1,3}")).map(Long::parseLong).orElse(1L);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
