package vn.culture.lifelong.plans.plans.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Issue dates as documents show them: {@code 2015-12-16}, or {@code 2023-06} / {@code 2014} when the day (and
 * month) are left blank, as drafts leave them until signing.
 */
public final class IssueDates {

    public static final String FORMAT = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    private IssueDates() {
    }

    /** Whether it is a real date (no 2015-02-30) in the {@link #FORMAT}. */
    public static boolean isValid(String value) {
        try {
            firstDay(value);
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }

    public static boolean isFullDate(String value) {
        return value != null && value.length() == 10;
    }

    public static LocalDate firstDay(String value) {
        if (!value.matches(FORMAT)) {
            throw new IllegalArgumentException("Not an issue date: " + value);
        }
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
            case 7 -> YearMonth.parse(value).atDay(1);
            default -> LocalDate.parse(value);
        };
    }
}
