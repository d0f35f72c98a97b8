package vn.culture.lifelong.events.calendar.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import vn.culture.lifelong.events.activities.domain.UnitActivity;
import vn.culture.lifelong.events.days.service.DayCalendarService.DayInYear;

/** One thing in a calendar: a day's occurrence, or an activity. */
public sealed interface CalendarEntry {

    /** Date order; on one date the days first, then all-day activities, then timed ones by their start. */
    Comparator<CalendarEntry> IN_DATE_ORDER = Comparator.comparing(CalendarEntry::startDate)
            .thenComparing(entry -> entry instanceof ActivityEntry)
            .thenComparing(CalendarEntry::startsAt, Comparator.nullsFirst(Comparator.naturalOrder()));

    LocalDate startDate();

    /** The instant a timed activity starts; empty for whole days. */
    default OffsetDateTime startsAt() {
        return null;
    }

    record DayEntry(DayInYear day) implements CalendarEntry {

        @Override
        public LocalDate startDate() {
            return day.occurrence().start();
        }
    }

    record ActivityEntry(UnitActivity held) implements CalendarEntry {

        @Override
        public LocalDate startDate() {
            return held.activity().startDate;
        }

        @Override
        public OffsetDateTime startsAt() {
            return held.activity().startsAt;
        }
    }
}
