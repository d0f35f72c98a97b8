package vn.culture.lifelong.kit.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Vietnam's time zone, in which deadlines, days, activities' dates and "today" are counted. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    /** The day it is in Vietnam at {@code clock}'s instant, whatever the clock's own zone. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
