package vn.culture.lifelong.kit.persistence;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock rules that depend on the time of day read (deadlines, timeliness): the system's, unless a test supplies
 * a {@link Clock} bean of its own to stand before, on or after a deadline.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
