package vn.culture.lifelong.events;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** events-service's own settings ({@code events.*}). */
@ConfigMapping(prefix = "events")
public interface EventsConfig {

    Feeds feeds();

    /** The iCalendar feeds. */
    interface Feeds {

        /** How many whole years before this one a feed holds. */
        @WithDefault("1")
        int yearsBefore();

        /** How many whole years after this one a feed holds. */
        @WithDefault("1")
        int yearsAfter();

        /** How often subscribers are asked to poll (REFRESH-INTERVAL); they poll cheaply with If-None-Match. */
        @WithDefault("PT1H")
        Duration refreshInterval();

        /**
         * How much memory the feeds written lately may take: each version of a feed is written once and served from
         * memory to every subscriber until it changes.
         */
        @WithDefault("32M")
        MemorySize cacheSize();
    }
}
