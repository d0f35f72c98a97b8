package vn.culture.lifelong.reporting.obligations.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.culture.lifelong.reporting.plans.domain.RegimeReport;

/**
 * One period a report of a plan's regime asks for: the year, the data window (the regime's own, else Decree
 * 09/2019's), and the day its reporting units are read on (the window's last day: a commune created during the year
 * reports for it; one merged away before its end passes it on).
 *
 * @param regimeKey which report of the regime: its kind and its rank among the reports of that kind ("ANNUAL#1")
 */
public record ReportingPeriod(RegimeReport report, String regimeKey, ObligationKind kind, int year, LocalDate dataFrom,
        LocalDate dataTo, LocalDate unitsOn) {

    /**
     * Every period of every report of {@code regime} over the horizon {@code fromYear}–{@code toYear}: each year for
     * half-year and annual reports; the one date of an ad-hoc report due on a fixed date (one due on request yields
     * none: requests make those). A plan that ended drops the periods starting after its last day.
     */
    public static List<ReportingPeriod> of(List<RegimeReport> regime, int fromYear, int toYear, LocalDate endedOn) {
        List<ReportingPeriod> periods = new ArrayList<>();
        Map<String, Integer> rankByKind = new HashMap<>();
        for (RegimeReport report : regime) {
            ObligationKind kind = ObligationKind.valueOf(report.kind());
            String regimeKey = kind + "#" + rankByKind.merge(kind.name(), 1, Integer::sum);
            if (kind == ObligationKind.AD_HOC) {
                if (report.dueOn() != null && (endedOn == null || !report.dueOn().isAfter(endedOn))) {
                    periods.add(new ReportingPeriod(report, regimeKey, kind, report.dueOn().getYear(), null, null,
                            report.dueOn()));
                }
                continue;
            }
            RegimeReport.DataWindow window = windowOf(report, kind);
            for (int year = fromYear; year <= toYear; year++) {
                LocalDate from = window.firstDay(year);
                if (endedOn == null || !from.isAfter(endedOn)) {
                    LocalDate to = window.lastDay(year);
                    periods.add(new ReportingPeriod(report, regimeKey, kind, year, from, to, to));
                }
            }
        }
        return periods;
    }

    private static RegimeReport.DataWindow windowOf(RegimeReport report, ObligationKind kind) {
        if (report.dataWindow() != null) {
            return report.dataWindow();
        }
        return kind == ObligationKind.HALF_YEAR ? RegimeReport.DataWindow.DECREE_09_HALF_YEAR
                : RegimeReport.DataWindow.DECREE_09_ANNUAL;
    }

    /**
     * The due date for a unit of {@code level}: the regime's day for that level, else its day for all; none where the
     * plan sets none ("theo hướng dẫn"). The day falls in the period's year, unless it comes in the first half of the
     * data window, where it can only mean the next year ("trước ngày 15/01" for the year's report).
     */
    public Optional<LocalDate> dueDateFor(String level) {
        if (kind == ObligationKind.AD_HOC) {
            return Optional.ofNullable(report.dueOn());
        }
        RegimeReport.DayMonth due = report.dueByLevel().stream().filter(deadline -> deadline.level().equals(level))
                .map(RegimeReport.LevelDeadline::due).findFirst().orElse(report.due());
        if (due == null) {
            return Optional.empty();
        }
        LocalDate inYear = due.in(year);
        LocalDate middleOfWindow = dataFrom.plusDays(ChronoUnit.DAYS.between(dataFrom, dataTo) / 2);
        return Optional.of(inYear.isBefore(middleOfWindow) ? due.in(year + 1) : inYear);
    }

    /** The title obligations of this period carry: the regime report's own, when the plan gives one. */
    public String title() {
        return report.title();
    }
}
