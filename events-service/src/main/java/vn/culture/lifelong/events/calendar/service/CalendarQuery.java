package vn.culture.lifelong.events.calendar.service;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which calendar is asked for: a unit (the caller's by default) and a period, either a whole {@code year} or
 * {@code from}–{@code to} (this year by default), not both.
 */
public record CalendarQuery(Optional<String> unit, Optional<Integer> year, Optional<LocalDate> from,
        Optional<LocalDate> to) {
}
