package vn.culture.lifelong.events.days.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.culture.lifelong.events.lunar.domain.LunarDate;
import vn.culture.lifelong.events.lunar.domain.VietnameseLunarCalendar;

/**
 * A commemorative day or season (Ngày Sách và Văn hóa đọc Việt Nam 21/4, Tết, the lifelong-learning week): a day or a
 * range of days each year by a solar or lunar rule, national or a unit's, from its legal source.
 */
@Entity
@Table(name = "commemorative_day")
public class CommemorativeDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DayCalendar calendar;

    @Column(name = "start_month", nullable = false)
    public int startMonth;

    @Column(name = "start_day", nullable = false)
    public int startDay;

    /** The last day of a range; empty for a single day. */
    @Column(name = "end_month")
    public Integer endMonth;

    @Column(name = "end_day")
    public Integer endDay;

    /** The unit (by the code it bears today) whose subtree keeps the day; empty for a national day. */
    @Column(name = "scope_unit_code")
    public String scopeUnitCode;

    @Column(name = "legal_source", nullable = false)
    public String legalSource;

    /** The sectors it concerns, comma-separated (LIBRARY, MUSEUM, CULTURAL_HOUSE_AND_CLUB, GENERAL). */
    @Column(nullable = false)
    public String sectors;

    @Column(name = "valid_from_year")
    public Integer validFromYear;

    @Column(name = "valid_to_year")
    public Integer validToYear;

    @Version
    public long version;

    /** Who changed it last; empty for a seeded day nobody changed. */
    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public List<String> sectorList() {
        return Arrays.stream(sectors.split(",")).map(String::strip).filter(sector -> !sector.isEmpty()).toList();
    }

    /**
     * When the day falls in solar year {@code year}, if it is kept that year. A solar 29/2 falls on 28/2 in other
     * years; a lunar day follows the lunar year that has it in this solar year, a 30th on the 29th in months of 29
     * days, and never a leap month (the day is kept in the month proper).
     */
    public Optional<Occurrence> occurrenceIn(int year) {
        if (validFromYear != null && year < validFromYear || validToYear != null && year > validToYear) {
            return Optional.empty();
        }
        if (calendar == DayCalendar.SOLAR) {
            LocalDate start = MonthDay.of(startMonth, startDay).atYear(year);
            LocalDate end = endMonth == null ? start : MonthDay.of(endMonth, endDay).atYear(year);
            return Optional.of(new Occurrence(start, end.isBefore(start) ? end.plusYears(1) : end));
        }
        if (!VietnameseLunarCalendar.isSupported(LocalDate.of(year, 1, 1))) {
            return Optional.empty();
        }
        for (int lunarYear = year - 1; lunarYear <= year; lunarYear++) {
            LocalDate start = lunarDay(lunarYear, startMonth, startDay);
            if (start.getYear() == year) {
                LocalDate end = endMonth == null ? start : lunarDay(endMonth < startMonth ? lunarYear + 1 : lunarYear,
                        endMonth, endDay);
                return Optional.of(new Occurrence(start, end));
            }
        }
        return Optional.empty();
    }

    private static LocalDate lunarDay(int lunarYear, int month, int day) {
        return VietnameseLunarCalendar.toSolar(new LunarDate(lunarYear, month, day, false))
                .or(() -> VietnameseLunarCalendar.toSolar(new LunarDate(lunarYear, month, day - 1, false)))
                .orElseThrow(() -> new IllegalStateException("No lunar day " + day + "/" + month + "/" + lunarYear));
    }
}
