package vn.culture.lifelong.reporting.plans.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * One report of a plan's reporting regime (chế độ báo cáo), as plans-service's document writes it: who sends it to
 * whom, by which day each year (possibly per level), over which data window.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegimeReport(String kind, String title, DayMonth due, List<LevelDeadline> dueByLevel, LocalDate dueOn,
        UnitSelector receivingUnit, List<UnitSelector> reportingUnits, DataWindow dataWindow) {

    public RegimeReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(receivingUnit, "receivingUnit");
        dueByLevel = dueByLevel == null ? List.of() : List.copyOf(dueByLevel);
        reportingUnits = reportingUnits == null ? List.of() : List.copyOf(reportingUnits);
    }

    /** A day of the year ("trước ngày 15/11"); 29/2 falls on 28/2 in other years. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DayMonth(int day, int month) {

        public LocalDate in(int year) {
            return MonthDay.of(month, day).atYear(year);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LevelDeadline(String level, DayMonth due) {

        public LevelDeadline {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(due, "due");
        }
    }

    /** From {@code from} to {@code to}; when {@code from} falls after {@code to} in the calendar, it is in the year before. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DataWindow(DayMonth from, DayMonth to) {

        /** Decree 09/2019/NĐ-CP: 15/12 of the year before to 14/6. */
        public static final DataWindow DECREE_09_HALF_YEAR = new DataWindow(new DayMonth(15, 12), new DayMonth(14, 6));
        /** Decree 09/2019/NĐ-CP: 15/12 of the year before to 14/12. */
        public static final DataWindow DECREE_09_ANNUAL = new DataWindow(new DayMonth(15, 12), new DayMonth(14, 12));

        public DataWindow {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public LocalDate firstDay(int year) {
            boolean startsYearBefore = MonthDay.of(from.month(), from.day()).isAfter(MonthDay.of(to.month(), to.day()));
            return from.in(startsYearBefore ? year - 1 : year);
        }

        public LocalDate lastDay(int year) {
            return to.in(year);
        }
    }
}
