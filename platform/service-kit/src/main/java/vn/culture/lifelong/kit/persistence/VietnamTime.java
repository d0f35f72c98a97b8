package vn.culture.lifelong.kit.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Vietnam's time zone, in which deadlines, days, activities' dates and "today" are counted. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
