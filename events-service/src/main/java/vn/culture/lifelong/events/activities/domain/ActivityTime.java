package vn.culture.lifelong.events.activities.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import vn.culture.lifelong.kit.persistence.VietnamTime;
import vn.culture.lifelong.kit.problem.Violation;

/**
 * When an activity takes place: whole days (dates, the end inclusive) or from one instant to another. Both have their
 * first and last date in Vietnam, by which calendars filter. The API writes them as {@code 2027-04-21} or
 * {@code 2027-04-21T08:00:00+07:00}; a date-time without an offset is Vietnam's time.
 */
public record ActivityTime(boolean allDay, LocalDate startDate, LocalDate endDate, OffsetDateTime startsAt,
        OffsetDateTime endsAt) {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final int FIRST_YEAR = 1901;
    private static final int LAST_YEAR = 2100;
    /** The first and last days an activity may take place on, as far as the lunar calendar is computed. */
    public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

    public static ActivityTime ofDays(LocalDate start, LocalDate end) {
        return new ActivityTime(true, start, end, null, null);
    }

    /** From one instant to a later one; one ending at midnight ends on the day before. */
    public static ActivityTime ofInstants(OffsetDateTime start, OffsetDateTime end) {
        LocalDate startDate = dateInVietnam(start);
        LocalDate lastDay = dateInVietnam(end.minusNanos(1));
        return new ActivityTime(false, startDate, lastDay.isBefore(startDate) ? startDate : lastDay, start, end);
    }

    /** The time {@code start} and {@code end} (as the API writes them) describe; each fault is added to {@code broken}. */
    public static Optional<ActivityTime> parse(String start, String end, List<Violation> broken) {
        int before = broken.size();
        Optional<Object> from = parsePoint("start", start, broken);
        Optional<Object> to = parsePoint("end", end, broken);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        ActivityTime time;
        if (from.get() instanceof LocalDate startDay && to.get() instanceof LocalDate endDay) {
            time = ofDays(startDay, endDay);
            if (endDay.isBefore(startDay)) {
                broken.add(Violation.of("end", "activity.end.before-start", end, start));
            }
        } else if (from.get() instanceof OffsetDateTime startsAt && to.get() instanceof OffsetDateTime endsAt) {
            time = ofInstants(startsAt, endsAt);
            if (!endsAt.isAfter(startsAt)) {
                broken.add(Violation.of("end", "activity.end.not-after-start", end, start));
            }
        } else {
            broken.add(Violation.of("end", "activity.time.mixed"));
            return Optional.empty();
        }
        return broken.size() == before ? Optional.of(time) : Optional.empty();
    }

    private static Optional<Object> parsePoint(String field, String text, List<Violation> broken) {
        if (text == null || text.isBlank()) {
            broken.add(Violation.of(field, "activity.time.missing"));
            return Optional.empty();
        }
        try {
            Object point;
            LocalDate day;
            if (text.contains("T")) {
                OffsetDateTime instant = text.matches(".*([zZ]|[+-]\\d\\d:?\\d\\d)$") ? OffsetDateTime.parse(text)
                        : LocalDateTime.parse(text).atZone(VietnamTime.ZONE).toOffsetDateTime();
                point = instant;
                day = dateInVietnam(instant);
            } else {
                day = LocalDate.parse(text);
                point = day;
            }
            if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
                broken.add(Violation.of(field, "activity.time.out-of-range", text));
                return Optional.empty();
            }
            return Optional.of(point);
        } catch (DateTimeParseException e) {
            broken.add(Violation.of(field, "activity.time.invalid", text));
            return Optional.empty();
        }
    }

    private static LocalDate dateInVietnam(OffsetDateTime instant) {
        return instant.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
    }

    /** The start as the API writes it: a date, or a date-time at Vietnam's offset. */
    public String startText() {
        return allDay ? startDate.toString() : DATE_TIME.format(startsAt.atZoneSameInstant(VietnamTime.ZONE));
    }

    public String endText() {
        return allDay ? endDate.toString() : DATE_TIME.format(endsAt.atZoneSameInstant(VietnamTime.ZONE));
    }
}
