package vn.culture.lifelong.kit.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Now, at the precision PostgreSQL stores (microseconds), so that what was answered is what is read back. */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Now by {@code clock} (see {@link Clocks}). */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
