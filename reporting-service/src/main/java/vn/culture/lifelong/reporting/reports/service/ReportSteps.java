package vn.culture.lifelong.reporting.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import vn.culture.lifelong.kit.outbox.Outbox;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.ConflictException;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.kit.text.Texts;
import vn.culture.lifelong.reporting.consolidation.service.Consolidation;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.reports.domain.HistoryEntry;
import vn.culture.lifelong.reporting.reports.domain.Report;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;
import vn.culture.lifelong.reporting.reports.messaging.ReportEvent;
import vn.culture.lifelong.reporting.reports.repository.ReportRepository;

/**
 * Moves a report through its life (submit, return, accept, reopen): the state, its times and the return count, the
 * obligation's mirror of them, the history entry, the consolidated sums and the event, all in the caller's transaction. A step the report's
 * state does not allow is a conflict (409).
 */
@ApplicationScoped
public class ReportSteps {

    private final ReportRepository reports;
    private final ReportHistory history;
    private final Outbox outbox;
    private final Consolidation consolidation;
    private final Clock clock;

    public ReportSteps(ReportRepository reports, ReportHistory history, Outbox outbox, Consolidation consolidation,
            Clock clock) {
        this.reports = reports;
        this.history = history;
        this.outbox = outbox;
        this.consolidation = consolidation;
        this.clock = clock;
    }

    /** Refuses {@code step} unless the report's state allows it. */
    public static void checkAllowed(Report report, ReportStatus.Step step) {
        if (!step.isAllowedFrom(report.status)) {
            throw new ConflictException("status", "report.step.not-allowed", step.name(), report.status.name());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void take(ReportContext context, ReportStatus.Step step, String reason, Caller caller) {
        Report report = context.report();
        checkAllowed(report, step);
        OffsetDateTime now = Timestamps.now(clock);
        ReportStatus before = report.status;
        String cleanReason = reason == null ? null : Texts.nfc(reason.strip());
        consolidation.recount(report, () -> {
            changeState(report, step, now);
            report.updatedBy = caller.name();
            report.updatedAt = now;
            mirror(report, context.obligation());
            history.step(report.id, actionOf(step), before.name(), report.status.name(), cleanReason, caller, now);
            // The event carries the version the change commits with, which Hibernate sets at the flush.
            reports.flush();
        });
        outbox.append(ReportEvent.after(step, ReportEvent.Data.of(report, context.obligation(), context.plan(),
                context.units(), cleanReason), now));
    }

    private static void changeState(Report report, ReportStatus.Step step, OffsetDateTime now) {
        report.status = step.after(report.status);
        switch (step) {
            case SUBMIT -> {
                if (report.firstSubmittedAt == null) {
                    report.firstSubmittedAt = now;
                }
                report.lastSubmittedAt = now;
            }
            case RETURN -> report.returnCount++;
            case ACCEPT -> report.acceptedAt = now;
            case REOPEN -> report.acceptedAt = null;
            case EDIT -> throw new IllegalArgumentException("An edit is not a step of the report's life");
        }
    }

    /** The obligation mirrors its report, so that lists and completeness read obligations alone. */
    public static void mirror(Report report, Obligation obligation) {
        obligation.status = report.status.asObligationStatus();
        obligation.reportId = report.id;
        obligation.firstSubmittedAt = report.firstSubmittedAt;
        obligation.returnCount = report.returnCount;
    }

    private static HistoryEntry.Action actionOf(ReportStatus.Step step) {
        return switch (step) {
            case SUBMIT -> HistoryEntry.Action.SUBMITTED;
            case RETURN -> HistoryEntry.Action.RETURNED;
            case ACCEPT -> HistoryEntry.Action.ACCEPTED;
            case REOPEN -> HistoryEntry.Action.REOPENED;
            case EDIT -> HistoryEntry.Action.CHANGED;
        };
    }
}
