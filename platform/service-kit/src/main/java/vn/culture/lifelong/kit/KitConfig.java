package vn.culture.lifelong.kit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the kit's plumbing, the same keys in every service ({@code kit.*}). */
@ConfigMapping(prefix = "kit")
public interface KitConfig {

    Outbox outbox();

    Paging paging();

    Idempotency idempotency();

    interface Outbox {

        /**
         * How often the relay looks for events not yet on Kafka (read by the scheduler as an expression; it
         * supports a second at the least). A full batch is followed at once by the next.
         */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Most events handed to the broker at once. */
        @WithDefault("200")
        int batchSize();

        /** How long the relay waits for the broker to acknowledge a batch before it tries again later. */
        @WithDefault("PT30S")
        Duration acknowledgementTimeout();

        /** How long relayed events stay in the table for audit before they are deleted. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Paging {

        @WithDefault("50")
        int defaultSize();

        @WithDefault("500")
        int maxSize();
    }

    interface Idempotency {

        /** How long a key is remembered; retries come within minutes, clients must not reuse keys sooner. */
        @WithDefault("PT24H")
        Duration remembered();
    }
}
