package vn.culture.lifelong.events.lunar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.culture.lifelong.events.lunar.domain.CanChi;
import vn.culture.lifelong.events.lunar.domain.LunarDate;
import vn.culture.lifelong.events.lunar.domain.VietnameseLunarCalendar;

/** The Vietnamese lunar calendar against published dates (Hồ Ngọc Đức's tables, Vietnam's official calendars). */
class VietnameseLunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} falls on {1}")
    @CsvSource({
        "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26",
        "2029, 2029-02-13", "2000, 2000-02-05", "1900, 1900-01-31", "2100, 2100-02-09",
        // Years where Vietnam (UTC+7) and China (UTC+8) differ: Tết Ất Sửu 1985 a month earlier; Tết 2007 and 2030 a
        // day earlier (the new moon falls between 23:00 and midnight, Vietnam time).
        "1985, 1985-01-21", "2007, 2007-02-17", "2030, 2030-02-02"})
    void tet(int year, LocalDate tet) {
        assertThat(VietnameseLunarCalendar.toLunar(tet)).isEqualTo(new LunarDate(year, 1, 1, false));
        assertThat(VietnameseLunarCalendar.toLunar(tet.minusDays(1)).year()).isEqualTo(year - 1);
        assertThat(VietnameseLunarCalendar.toSolar(new LunarDate(year, 1, 1, false))).contains(tet);
    }

    @ParameterizedTest(name = "{0}: the leap month {1} begins on {2}")
    @CsvSource({"2020, 4, 2020-05-23, 2020-06-21", "2023, 2, 2023-03-22, 2023-04-20", "2025, 6, 2025-07-25, 2025-08-23"})
    void leapMonths(int year, int month, LocalDate leapStart, LocalDate nextMonthStart) {
        assertThat(VietnameseLunarCalendar.toLunar(leapStart)).isEqualTo(new LunarDate(year, month, 1, true));
        assertThat(VietnameseLunarCalendar.toLunar(leapStart.minusDays(1)).leapMonth()).isFalse();
        assertThat(VietnameseLunarCalendar.toLunar(nextMonthStart)).isEqualTo(new LunarDate(year, month + 1, 1, false));
        assertThat(VietnameseLunarCalendar.toSolar(new LunarDate(year, month, 1, true))).contains(leapStart);
        assertThat(VietnameseLunarCalendar.toSolar(new LunarDate(year, month + 1, 1, true)))
                .as("a leap month the year does not have").isEmpty();
    }

    @ParameterizedTest(name = "{0}/{1}/{2} âm lịch is {3}")
    @CsvSource({
        // Giỗ Tổ Hùng Vương (10/3), Tết Trung thu (15/8), Tết Nguyên tiêu (15/1).
        "2026, 3, 10, 2026-04-26", "2025, 8, 15, 2025-10-06", "2024, 1, 15, 2024-02-24"})
    void festivals(int year, int month, int day, LocalDate solar) {
        assertThat(VietnameseLunarCalendar.toSolar(new LunarDate(year, month, day, false))).contains(solar);
        assertThat(VietnameseLunarCalendar.toLunar(solar)).isEqualTo(new LunarDate(year, month, day, false));
    }

    @Test
    void everyDayFrom1900To2100ConvertsBackAndEveryYearHas12Or13MonthsOf29Or30Days() {
        LocalDate day = VietnameseLunarCalendar.FIRST_DAY;
        LunarDate previous = null;
        int monthLength = 0;
        while (!day.isAfter(VietnameseLunarCalendar.LAST_DAY)) {
            LunarDate lunar = VietnameseLunarCalendar.toLunar(day);
            assertThat(VietnameseLunarCalendar.toSolar(lunar)).as("%s back from %s", day, lunar).contains(day);
            if (lunar.day() == 1 && previous != null) {
                assertThat(monthLength).as("the month before %s", day).isBetween(29, 30);
                monthLength = 0;
            } else if (previous != null) {
                assertThat(lunar.day()).isEqualTo(previous.day() + 1);
            }
            monthLength++;
            previous = lunar;
            day = day.plusDays(1);
        }
        for (int year = 1901; year <= 2100; year++) {
            int lunarYear = year;
            long leapMonths = IntStream.rangeClosed(1, 12).filter(month -> VietnameseLunarCalendar
                    .toSolar(new LunarDate(lunarYear, month, 1, true)).isPresent()).count();
            assertThat(leapMonths).as("leap months of %d", year).isBetween(0L, 1L);
        }
    }

    @Test
    void daysOutside1900To2100AreRefused() {
        // The published algorithm's own edge: a true new moon more than a mean month after the estimate.
        assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2054, 5, 7)).day()).isBetween(29, 30);
        assertThatThrownBy(() -> VietnameseLunarCalendar.toLunar(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(VietnameseLunarCalendar.toSolar(new LunarDate(2026, 13, 1, false))).isEmpty();
        assertThat(VietnameseLunarCalendar.toSolar(new LunarDate(2026, 1, 31, false))).isEmpty();
    }

    @Test
    void canChi() {
        LocalDate newYear2000 = LocalDate.of(2000, 1, 1);
        CanChi names = CanChi.of(newYear2000, VietnameseLunarCalendar.toLunar(newYear2000));
        assertThat(names.day()).isEqualTo("Mậu Ngọ");
        assertThat(names.year()).isEqualTo("Kỷ Mão");
        LocalDate tet2026 = LocalDate.of(2026, 2, 17);
        assertThat(CanChi.of(tet2026, VietnameseLunarCalendar.toLunar(tet2026)).year()).isEqualTo("Bính Ngọ");
        // Month 1 of a year with stem Bính is Canh Dần.
        assertThat(CanChi.of(tet2026, VietnameseLunarCalendar.toLunar(tet2026)).month()).isEqualTo("Canh Dần");
    }
}
