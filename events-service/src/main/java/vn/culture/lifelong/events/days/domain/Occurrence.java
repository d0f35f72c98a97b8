package vn.culture.lifelong.events.days.domain;

import java.time.LocalDate;

/** When a day falls in a year: its first and last date (the same for a single day), both inclusive. */
public record Occurrence(LocalDate start, LocalDate end) {
}
