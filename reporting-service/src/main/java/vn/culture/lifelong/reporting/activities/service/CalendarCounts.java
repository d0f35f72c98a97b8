package vn.culture.lifelong.reporting.activities.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.culture.lifelong.reporting.activities.domain.CalendarIndicators;
import vn.culture.lifelong.reporting.activities.repository.ActivityViewRepository;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.obligations.repository.ObligationRepository;
import vn.culture.lifelong.reporting.reports.domain.Report;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;
import vn.culture.lifelong.reporting.reports.domain.ReportValue;
import vn.culture.lifelong.reporting.reports.domain.ValueType;
import vn.culture.lifelong.reporting.reports.repository.ReportRepository;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;
import vn.culture.lifelong.units.domain.UnitView;

/**
 * Counts from the calendar into report lines: a line of an indicator that counts activities ({@link CalendarIndicators})
 * gets the number of those held by its unit and the units under it, whose first day falls in the report's data window.
 */
@ApplicationScoped
public class CalendarCounts {

    private final ActivityViewRepository activities;
    private final ReportRepository reports;
    private final ObligationRepository obligations;
    private final UnitDirectory units;

    public CalendarCounts(ActivityViewRepository activities, ReportRepository reports, ObligationRepository obligations,
            UnitDirectory units) {
        this.activities = activities;
        this.reports = reports;
        this.obligations = obligations;
        this.units = units;
    }

    /** Counts into {@code line} of {@code unit}, if its indicator counts activities and its report has a data window. */
    public void count(ReportValue line, UnitRef unit, Obligation obligation) {
        if (line.valueType != ValueType.NUMBER || obligation.dataFrom == null) {
            return;
        }
        CalendarIndicators.kindsCountedBy(line.indicator).ifPresent(kinds ->
                line.countFromCalendar(held(unit.path(), kinds, obligation)));
    }

    /**
     * Counts again the calendar's lines that the activities of unit {@code unitId} feed (lines of the unit and of the
     * units above it) in the reports still being written, drafts and returned ones. A submitted or accepted report
     * never changes; a line a reporter overrode is theirs.
     */
    public void recountAbove(long unitId) {
        UnitRef unit = units.byIds(List.of(unitId)).get(unitId);
        if (unit == null) {
            return;
        }
        Set<Long> lineUnits = Set.copyOf(UnitView.idsOnPath(unit.path()));
        List<Report> editable = reports.withCalendarLines(ReportStatus.Step.EDIT.allowedFrom(), lineUnits);
        Map<Long, UnitRef> lineUnitRefs = units.byIds(lineUnits);
        for (Report report : editable) {
            Obligation obligation = obligations.findById(report.obligationId);
            for (ReportValue line : report.values) {
                UnitRef lineUnit = lineUnitRefs.get(line.unitId);
                if (line.fromCalendar && lineUnit != null) {
                    List<Long> counted = held(lineUnit.path(), CalendarIndicators.kindsCountedBy(line.indicator)
                            .orElseThrow(), obligation);
                    if (!counted.equals(line.calendarActivities)) {
                        line.countFromCalendar(counted);
                    }
                }
            }
        }
    }

    private List<Long> held(String subtreePath, Set<String> kinds, Obligation obligation) {
        return activities.heldIn(subtreePath, kinds, obligation.dataFrom, obligation.dataTo);
    }
}
