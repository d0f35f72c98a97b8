package vn.culture.lifelong.plans.plans.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.plans.units.domain.AdministrativeLevel;

/** The reporting regime (chế độ báo cáo): which reports who sends to whom, and by when. */
@Schema(name = "ReportingRegime")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ReportingRegime(List<@NotNull @Valid Report> reports) {

    public ReportingRegime {
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    public static ReportingRegime none() {
        return new ReportingRegime(List.of());
    }

    public enum ReportKind {
        HALF_YEAR,
        ANNUAL,
        /** Đột xuất: on request, or once by a fixed date. */
        AD_HOC
    }

    /**
     * One report: sent by {@code reportingUnits} to {@code receivingUnit} (through {@code via} when the plan names
     * a desk), which consolidates it and reports on to {@code forwardedTo}. The deadline is a day and month each
     * year, possibly different per level; an ad-hoc report has a date or none (on request). The data window
     * defaults to Decree 09/2019 ({@link #effectiveDataWindow()}).
     */
    @Schema(name = "Report")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Report(
            @NotNull ReportKind kind,
            @Schema(description = "What the report is, when the plan says more than its kind",
                    examples = "Kế hoạch chi tiết và dự trù kinh phí") String title,
            @Schema(description = "Due by this day each year") @Valid DayMonth due,
            @Schema(description = "Where levels have different deadlines") List<@NotNull @Valid LevelDeadline> dueByLevel,
            @Schema(description = "Due by this date (ad-hoc only)", examples = "2019-06-19") LocalDate dueOn,
            @NotNull @Valid UnitSelector receivingUnit,
            @Schema(description = "The desk it goes through", examples = "Phòng Quản lý Văn hóa") @Valid UnitSelector via,
            List<@NotNull @Valid UnitSelector> reportingUnits,
            @Schema(description = "Whom the receiving unit consolidates for") List<@NotNull @Valid UnitSelector> forwardedTo,
            @Schema(description = "Overrides the Decree 09/2019 data window") @Valid DataWindow dataWindow) {

        public Report {
            dueByLevel = dueByLevel == null ? List.of() : List.copyOf(dueByLevel);
            reportingUnits = reportingUnits == null ? List.of() : List.copyOf(reportingUnits);
            forwardedTo = forwardedTo == null ? List.of() : List.copyOf(forwardedTo);
        }

        /** The plan's own window, else Decree 09/2019's; ad-hoc reports have none. */
        public DataWindow effectiveDataWindow() {
            if (dataWindow != null) {
                return dataWindow;
            }
            return switch (kind) {
                case HALF_YEAR -> DataWindow.DECREE_09_HALF_YEAR;
                case ANNUAL -> DataWindow.DECREE_09_ANNUAL;
                case AD_HOC -> null;
            };
        }
    }

    /** A day of the year, as plans write deadlines ("trước ngày 15/11"). */
    @Schema(name = "DayMonth")
    public record DayMonth(@NotNull @Min(1) @Max(31) Integer day, @NotNull @Min(1) @Max(12) Integer month) {

        /** 31/4 or 30/2 is no day; 29/2 is, in leap years. */
        @JsonIgnore
        @AssertTrue(message = "{day-month.invalid}")
        public boolean isExistingDay() {
            return day == null || month == null || day <= java.time.Month.of(month).maxLength();
        }

        public MonthDay toMonthDay() {
            return MonthDay.of(month, day);
        }

        /** This day in {@code year}; 29/2 falls on 28/2 in other years. */
        public LocalDate in(int year) {
            return toMonthDay().atYear(year);
        }
    }

    @Schema(name = "LevelDeadline")
    public record LevelDeadline(@NotNull AdministrativeLevel level, @NotNull @Valid DayMonth due) {
    }

    /**
     * The days whose data a report covers, from {@code from} to {@code to}; when {@code from} falls after
     * {@code to} in the calendar, it is in the year before (Decree 09/2019: 15/12 of last year to 14/6).
     */
    @Schema(name = "DataWindow")
    public record DataWindow(@NotNull @Valid DayMonth from, @NotNull @Valid DayMonth to) {

        public static final DataWindow DECREE_09_HALF_YEAR = new DataWindow(new DayMonth(15, 12), new DayMonth(14, 6));
        public static final DataWindow DECREE_09_ANNUAL = new DataWindow(new DayMonth(15, 12), new DayMonth(14, 12));

        public LocalDate firstDay(int year) {
            boolean startsYearBefore = from.toMonthDay().isAfter(to.toMonthDay());
            return from.in(startsYearBefore ? year - 1 : year);
        }

        public LocalDate lastDay(int year) {
            return to.in(year);
        }
    }
}
