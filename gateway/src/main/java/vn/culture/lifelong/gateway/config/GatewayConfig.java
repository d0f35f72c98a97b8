package vn.culture.lifelong.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name (plans, reporting, events). */
    Map<String, Upstream> upstreams();

    RateLimits rateLimits();

    TokenCache tokenCache();

    RequestLimits requestLimits();

    /**
     * Where browsers sign in to the console: the realm at its public address, e.g.
     * https://login.example/realms/lifelong. By default the address the gateway itself reaches the realm at
     * ({@code quarkus.oidc.auth-server-url}), which inside a cluster is one no browser can reach.
     */
    Optional<String> consoleRealmUrl();

    interface Upstream {

        /** Where the service listens, e.g. http://127.0.0.1:8081. */
        URI url();

        /** Requests under this path go to this service, unchanged, e.g. /api/plans. */
        String pathPrefix();

        /** How long to wait for a connection to the service. */
        @WithDefault("PT2S")
        Duration connectTimeout();

        /** How long the service may stay silent (no response bytes) before the gateway answers 504. */
        @WithDefault("PT30S")
        Duration idleTimeout();

        CircuitBreaker circuitBreaker();

        /**
         * How many requests the service may have in hand at once; as many more wait, and past those the gateway answers
         * 503 with Retry-After at once (load shedding, instead of queues and timeouts growing in the service).
         */
        @WithDefault("64")
        int maximumConcurrentRequests();
    }

    interface CircuitBreaker {

        /** How many recent calls the failure ratio is measured over. */
        @WithDefault("10")
        int requestVolumeThreshold();

        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open (answering 503 at once) before it lets a trial call through. */
        @WithDefault("PT5S")
        Duration delay();
    }

    /**
     * How many requests a caller may send, per class of route: a token bucket of {@code capacity} requests (the burst
     * allowed after a quiet spell), given back at {@code refill} requests per {@code period}. Signed-in callers are
     * counted per client and user of their token; the public calendar per address. Each gateway replica counts on
     * its own.
     */
    interface RateLimits {

        /** {@code GET /api/events/public/**}, with or without a token, per address. */
        Limit publicCalendar();

        /** GET, HEAD and OPTIONS by a signed-in caller. */
        Limit reads();

        /** POST, PUT, PATCH and DELETE by a signed-in caller. */
        Limit writes();

        /** How many callers' buckets are kept per class; past it the longest unseen are dropped (and start full). */
        @WithDefault("100000")
        long maximumCallers();
    }

    interface Limit {

        long capacity();

        long refill();

        @WithDefault("PT1S")
        Duration period();
    }

    /**
     * Verified access tokens, remembered so that a token seen again costs no signature check: never past the
     * token's own expiry, nor longer than {@code maximumAge}.
     */
    interface TokenCache {

        /** How many tokens are remembered; 0 turns the cache off (every request's signature is checked). */
        @WithDefault("10000")
        long maximumSize();

        /** How long a verified token is trusted without a second check, if it lives longer. */
        @WithDefault("PT5M")
        Duration maximumAge();
    }

    /** What a request may carry. Past these the gateway answers 413 or 431 and nothing reaches a service. */
    interface RequestLimits {

        /** The largest body in bytes (a bulk import of 100,000 units is about 15 MB). */
        @WithDefault("33554432")
        long maximumBodyBytes();

        /** The most bytes of header names and values together (a Keycloak token is 1–2 KB). */
        @WithDefault("16384")
        int maximumHeaderBytes();
    }
}
