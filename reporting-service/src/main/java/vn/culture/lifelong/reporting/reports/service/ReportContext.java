package vn.culture.lifelong.reporting.reports.service;

import java.util.Map;
import vn.culture.lifelong.reporting.access.ReportingScope;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.reports.domain.Report;
import vn.culture.lifelong.reporting.units.domain.UnitRef;

/**
 * A report with what it answers (the obligation and its plan), the units it names by id (reporting, receiving, and
 * those of its lines), and the caller's scope: what every step on a report reads first.
 */
public record ReportContext(Report report, Obligation obligation, PlanView plan, Map<Long, UnitRef> units,
        ReportingScope scope) {

    public UnitRef reporter() {
        return units.get(obligation.unitId);
    }

    public UnitRef receiver() {
        return units.get(obligation.receivingUnitId);
    }
}
