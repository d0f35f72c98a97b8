package vn.culture.lifelong.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import vn.culture.lifelong.gateway.config.GatewayConfig;
import vn.culture.lifelong.gateway.problems.Problems;
import vn.culture.lifelong.gateway.problems.Problems.Problem;

/**
 * A token bucket (bucket4j) per caller and class of route: the request goes on while the caller's bucket has a
 * token, else it is answered 429 with the seconds until the next one. Every answer says how many remain
 * ({@code RateLimit-Limit}, {@code RateLimit-Remaining}). Metrics: {@code gateway_rate_limit_requests_total} by
 * class and outcome, and the limits themselves ({@code gateway_rate_limit_capacity},
 * {@code gateway_rate_limit_refill_per_second}) with the callers being counted ({@code gateway_rate_limit_callers}).
 */
@ApplicationScoped
public class RateLimiter {

    private final Map<RouteClass, Limited> limits = new EnumMap<>(RouteClass.class);

    /** One class of route: its limit, its callers' buckets, and its counts. */
    private record Limited(GatewayConfig.Limit limit, Cache<String, Bucket> buckets, Counter allowed, Counter refused) {

        ConsumptionProbe take(String caller) {
            return buckets.get(caller, unused -> Bucket.builder()
                    .addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.refill(), limit.period()))
                    .build())
                    .tryConsumeAndReturnRemaining(1);
        }
    }

    RateLimiter(GatewayConfig config, MeterRegistry registry) {
        GatewayConfig.RateLimits rateLimits = config.rateLimits();
        add(RouteClass.PUBLIC_CALENDAR, rateLimits.publicCalendar(), rateLimits.maximumCallers(), registry);
        add(RouteClass.READS, rateLimits.reads(), rateLimits.maximumCallers(), registry);
        add(RouteClass.WRITES, rateLimits.writes(), rateLimits.maximumCallers(), registry);
    }

    private void add(RouteClass routeClass, GatewayConfig.Limit limit, long maximumCallers, MeterRegistry registry) {
        // A bucket left alone this long is full again, the same as a new one: forgetting it loses nothing.
        Duration untilFull = limit.period().multipliedBy(Math.max(1, (limit.capacity() + limit.refill() - 1) / limit.refill()));
        Cache<String, Bucket> buckets = Caffeine.newBuilder()
                .maximumSize(maximumCallers)
                .expireAfterAccess(untilFull)
                .build();
        Tags tags = Tags.of("route_class", routeClass.label);
        double refillPerSecond = limit.refill() * 1e9 / limit.period().toNanos();
        Gauge.builder("gateway.rate.limit.capacity", limit::capacity).tags(tags).register(registry);
        Gauge.builder("gateway.rate.limit.refill.per.second", () -> refillPerSecond).tags(tags).register(registry);
        Gauge.builder("gateway.rate.limit.callers", buckets::estimatedSize).tags(tags).register(registry);
        limits.put(routeClass, new Limited(limit, buckets,
                registry.counter("gateway.rate.limit.requests", tags.and("outcome", "allowed")),
                registry.counter("gateway.rate.limit.requests", tags.and("outcome", "refused"))));
    }

    /** Lets the request of {@code routeClass} on, or answers 429. */
    public void admit(RoutingContext context, RouteClass routeClass) {
        Limited limited = limits.get(routeClass);
        String caller = routeClass == RouteClass.PUBLIC_CALENDAR
                ? context.request().remoteAddress().hostAddress()
                : clientAndUser(context);
        ConsumptionProbe probe = limited.take(caller);
        context.response()
                .putHeader("RateLimit-Limit", Long.toString(limited.limit().capacity()))
                .putHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        if (probe.isConsumed()) {
            limited.allowed().increment();
            context.next();
        } else {
            limited.refused().increment();
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            context.response().putHeader("Retry-After", Long.toString(seconds));
            Problems.answer(context, Problem.TOO_MANY_REQUESTS, seconds);
        }
    }

    /** The client the token was issued to and the user it speaks for (VerifiedTokenCache names the caller so). */
    private static String clientAndUser(RoutingContext context) {
        return ((QuarkusHttpUser) context.user()).getSecurityIdentity().getPrincipal().getName();
    }
}
