package vn.culture.lifelong.kit.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The days callers name, in a body or a query: {@code yyyy-mm-dd}, a real day of a year from 1 to 9999. ISO 8601
 * also writes years beyond with a sign ({@code +999999999-12-31}), which Java reads and PostgreSQL cannot hold: a
 * query or a write with one failed in the database, a 500.
 */
public final class CalendarDays {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private CalendarDays() {
    }

    /** The day {@code text} writes; a {@link DateTimeParseException} for any other text, year 0 included. */
    public static LocalDate parse(String text) {
        if (!DAY.matcher(text).matches()) {
            throw new DateTimeParseException("Not a day written yyyy-mm-dd", text, 0);
        }
        LocalDate day = LocalDate.parse(text);
        if (day.getYear() < 1) {
            throw new DateTimeParseException("No year 0", text, 0);
        }
        return day;
    }
}
