package vn.culture.lifelong.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name (plans, reporting, events). */
    Map<String, Upstream> upstreams();

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
}
