package vn.culture.lifelong.plans.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "plans")
public interface PlansConfig {

    Outbox outbox();

    Paging paging();

    interface Outbox {

        /**
         * How often the relay looks for events not yet on Kafka (read by the scheduler as an expression; it
         * supports a second at the least). A full batch is followed at once by the next.
         */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Most events sent in one relay transaction. */
        @WithDefault("200")
        int batchSize();

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
}
