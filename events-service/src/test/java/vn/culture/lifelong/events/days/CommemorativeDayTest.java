package vn.culture.lifelong.events.days;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.events.days.domain.CommemorativeDay;
import vn.culture.lifelong.events.days.domain.DayCalendar;
import vn.culture.lifelong.events.days.domain.Occurrence;

/** When a day's rule places it in a year: solar and lunar, single days and ranges, within its years. */
class CommemorativeDayTest {

    private static CommemorativeDay day(DayCalendar calendar, int month, int day, Integer endMonth, Integer endDay) {
        CommemorativeDay rule = new CommemorativeDay();
        rule.code = "TEST";
        rule.calendar = calendar;
        rule.startMonth = month;
        rule.startDay = day;
        rule.endMonth = endMonth;
        rule.endDay = endDay;
        return rule;
    }

    private static Occurrence on(String start, String end) {
        return new Occurrence(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void aSolarDayAndASolarRange() {
        assertThat(day(DayCalendar.SOLAR, 4, 21, null, null).occurrenceIn(2026)).contains(on("2026-04-21", "2026-04-21"));
        assertThat(day(DayCalendar.SOLAR, 10, 1, 10, 7).occurrenceIn(2026)).contains(on("2026-10-01", "2026-10-07"));
        assertThat(day(DayCalendar.SOLAR, 12, 25, 1, 2).occurrenceIn(2026)).as("a range over the new year")
                .contains(on("2026-12-25", "2027-01-02"));
        assertThat(day(DayCalendar.SOLAR, 2, 29, null, null).occurrenceIn(2026)).contains(on("2026-02-28", "2026-02-28"));
    }

    @Test
    void lunarDaysFollowTheLunarCalendar() {
        CommemorativeDay tet = day(DayCalendar.LUNAR, 1, 1, 1, 3);
        assertThat(tet.occurrenceIn(2026)).contains(on("2026-02-17", "2026-02-19"));
        assertThat(tet.occurrenceIn(2025)).contains(on("2025-01-29", "2025-01-31"));
        assertThat(day(DayCalendar.LUNAR, 1, 1, 1, 15).occurrenceIn(2026)).as("Hội báo Xuân, Tết to Nguyên tiêu")
                .contains(on("2026-02-17", "2026-03-03"));
        assertThat(day(DayCalendar.LUNAR, 3, 10, null, null).occurrenceIn(2026)).as("Giỗ Tổ Hùng Vương")
                .contains(on("2026-04-26", "2026-04-26"));
        // 2025 has a leap 6th month: 15/6 is kept in the month proper, not in the leap one.
        assertThat(day(DayCalendar.LUNAR, 6, 15, null, null).occurrenceIn(2025)).contains(on("2025-07-09", "2025-07-09"));
    }

    @Test
    void aLunarDayLateInTheLunarYearFallsInTheSolarYearItReaches() {
        // 23/12 (Ông Công Ông Táo) of lunar year 2025 falls on 2026-02-10; that of lunar year 2026 in 2027.
        assertThat(day(DayCalendar.LUNAR, 12, 23, null, null).occurrenceIn(2026)).contains(on("2026-02-10", "2026-02-10"));
    }

    @Test
    void aThirtiethFallsOnTheTwentyNinthInShortMonths() {
        CommemorativeDay lastDay = day(DayCalendar.LUNAR, 12, 30, null, null);
        LocalDate dayBeforeTet2026 = LocalDate.of(2026, 2, 16);
        assertThat(lastDay.occurrenceIn(2026)).contains(new Occurrence(dayBeforeTet2026, dayBeforeTet2026));
    }

    @Test
    void onlyWithinItsYears() {
        CommemorativeDay bookDay = day(DayCalendar.SOLAR, 4, 21, null, null);
        bookDay.validFromYear = 2014;
        assertThat(bookDay.occurrenceIn(2013)).isEmpty();
        assertThat(bookDay.occurrenceIn(2014)).isPresent();
        bookDay.validToYear = 2020;
        assertThat(bookDay.occurrenceIn(2021)).isEmpty();
    }
}
