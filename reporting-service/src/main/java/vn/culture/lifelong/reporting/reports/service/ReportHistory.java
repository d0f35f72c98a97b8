package vn.culture.lifelong.reporting.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.reporting.reports.domain.HistoryEntry;
import vn.culture.lifelong.reporting.reports.repository.HistoryRepository;

/** Writes a report's history, in the transaction of the change it records. */
@ApplicationScoped
public class ReportHistory {

    private final HistoryRepository history;

    public ReportHistory(HistoryRepository history) {
        this.history = history;
    }

    /** A change of state (or the creation), with its reason if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void step(long reportId, HistoryEntry.Action action, String oldState, String newState, String reason,
            Caller caller, OffsetDateTime at) {
        history.persist(entry(reportId, action, "status", oldState, newState, reason, caller, at));
    }

    /** One changed field of the content: a line's value, a task's progress or note, a narrative part. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(long reportId, String field, String oldValue, String newValue, Caller caller, OffsetDateTime at) {
        history.persist(entry(reportId, HistoryEntry.Action.CHANGED, field, oldValue, newValue, null, caller, at));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> of(long reportId) {
        return history.ofReport(reportId);
    }

    /** Who submitted the report the last time, as its history records it; empty if it never was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> lastSubmitter(long reportId) {
        return history.lastSubmitter(reportId);
    }

    private static HistoryEntry entry(long reportId, HistoryEntry.Action action, String field, String oldValue,
            String newValue, String reason, Caller caller, OffsetDateTime at) {
        HistoryEntry entry = new HistoryEntry();
        entry.reportId = reportId;
        entry.at = at;
        entry.actor = caller.name();
        entry.actorUnit = caller.orgUnit().orElse(null);
        entry.action = action;
        entry.field = field;
        entry.oldValue = oldValue;
        entry.newValue = newValue;
        entry.reason = reason;
        return entry;
    }
}
