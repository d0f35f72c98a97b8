package vn.culture.lifelong.reporting.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.reports.domain.HistoryEntry;
import vn.culture.lifelong.reporting.reports.domain.Report;
import vn.culture.lifelong.reporting.reports.repository.ReportRepository;
import vn.culture.lifelong.reporting.units.domain.UnitRef;

/**
 * A new draft for an obligation: laid out from the plan (a line per target and unit, a task line per task), then,
 * once kept, saved with its creation in the history and mirrored on the obligation. Laying out and keeping are apart,
 * so that a bulk import keeps only the drafts it writes into.
 */
@ApplicationScoped
public class ReportDrafts {

    private final ReportRepository reports;
    private final ReportLayout layout;
    private final ReportHistory history;
    private final Clock clock;

    public ReportDrafts(ReportRepository reports, ReportLayout layout, ReportHistory history, Clock clock) {
        this.reports = reports;
        this.layout = layout;
        this.history = history;
        this.clock = clock;
    }

    /** A draft for {@code obligation}, laid out for {@code reporter} and not yet saved. */
    public Report layOut(Obligation obligation, PlanView plan, UnitRef reporter, Caller caller) {
        OffsetDateTime now = Timestamps.now(clock);
        Report report = new Report();
        report.obligationId = obligation.id;
        report.values = layout.lines(plan, obligation, reporter);
        report.tasks = layout.tasks(plan, obligation, reporter);
        report.createdBy = caller.name();
        report.createdAt = now;
        report.updatedBy = caller.name();
        report.updatedAt = now;
        return report;
    }

    /** Saves a draft laid out for {@code obligation}: one report per obligation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(Report draft, Obligation obligation, Caller caller) {
        reports.persist(draft);
        ReportSteps.mirror(draft, obligation);
        history.step(draft.id, HistoryEntry.Action.CREATED, null, draft.status.name(), null, caller, draft.createdAt);
    }
}
