package vn.culture.lifelong.reporting.reports.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.culture.lifelong.kit.idempotency.IdempotencyKeys;
import vn.culture.lifelong.kit.idempotency.IdempotentRequest;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.ConflictException;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.problem.RulesBrokenException;
import vn.culture.lifelong.kit.problem.Violation;
import vn.culture.lifelong.kit.rest.ExpectedVersion;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.kit.text.Texts;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.obligations.repository.ObligationRepository;
import vn.culture.lifelong.reporting.reports.domain.HistoryEntry;
import vn.culture.lifelong.reporting.reports.domain.Report;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;
import vn.culture.lifelong.reporting.reports.domain.ReportValue;
import vn.culture.lifelong.reporting.reports.domain.TaskProgress;
import vn.culture.lifelong.reporting.reports.repository.ReportRepository;
import vn.culture.lifelong.reporting.units.domain.UnitRef;

/**
 * A reporting unit's side of a report: the draft created for an obligation, its content replaced while it is a draft
 * (or returned), and its submission, which checks the report as a whole and writes nothing when a rule is broken.
 * Every change is in the report's history.
 */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final ObligationRepository obligations;
    private final ReportContexts contexts;
    private final ReportDrafts drafts;
    private final ReportLines lines;
    private final ReportSteps steps;
    private final ReportHistory history;
    private final IdempotencyKeys idempotencyKeys;
    private final Clock clock;

    public ReportService(ReportRepository reports, ObligationRepository obligations, ReportContexts contexts,
            ReportDrafts drafts, ReportLines lines, ReportSteps steps, ReportHistory history,
            IdempotencyKeys idempotencyKeys, Clock clock) {
        this.reports = reports;
        this.obligations = obligations;
        this.contexts = contexts;
        this.drafts = drafts;
        this.lines = lines;
        this.steps = steps;
        this.history = history;
        this.idempotencyKeys = idempotencyKeys;
        this.clock = clock;
    }

    /** The draft for an obligation: one report per obligation; a retry with the same Idempotency-Key gets the same one. */
    @Transactional
    public ReportDetails create(long obligationId, Caller caller, Optional<IdempotentRequest> request) {
        ReportContext created = idempotencyKeys.createOnce(request, "report", () -> createDraft(obligationId, caller),
                context -> context.report().id, id -> contexts.readable(id, caller));
        return details(created);
    }

    private ReportContext createDraft(long obligationId, Caller caller) {
        // Locked, so that two drafts started at once for one obligation meet here rather than at the unique index.
        Obligation obligation = obligations.findByIdOptional(obligationId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("obligation.not.found", Long.toString(obligationId)));
        Report report = new Report();
        report.obligationId = obligationId;
        ReportContext context = contexts.readable(report, obligation, caller);
        checkMayReport(context);
        if (obligation.reportId != null) {
            throw new ConflictException("obligationId", "report.exists", obligation.reportId);
        }
        Report draft = drafts.layOut(obligation, context.plan(), context.reporter(), caller);
        drafts.keep(draft, obligation, caller);
        return contexts.readable(draft, obligation, caller);
    }

    @Transactional
    public ReportDetails read(long reportId, Caller caller) {
        return details(contexts.readable(reportId, caller));
    }

    /** Replaces the content of a draft or returned report; every changed value goes into its history. */
    @Transactional
    public ReportDetails update(long reportId, ReportContent content, ExpectedVersion expectedVersion, Caller caller) {
        ReportContext context = contexts.readable(reportId, caller);
        checkMayReport(context);
        Report report = context.report();
        expectedVersion.check(report.version);
        ReportSteps.checkAllowed(report, ReportStatus.Step.EDIT);
        Map<String, UnitRef> unitsByCode = context.units().values().stream()
                .collect(Collectors.toMap(UnitRef::code, Function.identity(), (first, second) -> first));
        List<Violation> broken = ReportChecks.ofContent(content, report, unitsByCode);
        if (!broken.isEmpty()) {
            throw new RulesBrokenException("problem.report.detail", broken);
        }
        OffsetDateTime now = Timestamps.now(clock);
        Map<String, ReportContent.Line> sentLines = new HashMap<>();
        content.lines().forEach(line -> sentLines.put(line.target() + "/" + unitsByCode.get(line.unitCode()).unitId(), line));
        for (ReportValue line : report.values) {
            ReportContent.Line sent = sentLines.get(line.targetKey + "/" + line.unitId);
            if (sent == null && line.fromCalendar) {
                // A count from the calendar the reporter did not touch stays the calendar's.
                continue;
            }
            ReportLines.Value value = sent == null ? ReportLines.Value.BLANK
                    : new ReportLines.Value(sent.value(), sent.numerator(), sent.denominator());
            lines.write(report.id, line, context.units().get(line.unitId).code(), value, caller, now);
        }
        Map<String, ReportContent.TaskLine> sentTasks = content.tasks().stream()
                .collect(Collectors.toMap(ReportContent.TaskLine::task, Function.identity()));
        for (TaskProgress task : report.tasks) {
            ReportContent.TaskLine sent = sentTasks.get(task.taskKey);
            TaskProgress.Progress progress = sent == null ? TaskProgress.Progress.NOT_STARTED : sent.progress();
            String note = sent == null ? null : nfc(sent.note());
            record(report, "tasks[" + task.taskKey + "].progress", task.progress.name(), progress.name(), caller, now);
            record(report, "tasks[" + task.taskKey + "].note", task.note, note, caller, now);
            task.progress = progress;
            task.note = note;
        }
        String results = nfc(content.results());
        String difficulties = nfc(content.difficulties());
        String proposals = nfc(content.proposals());
        record(report, "results", report.results, results, caller, now);
        record(report, "difficulties", report.difficulties, difficulties, caller, now);
        record(report, "proposals", report.proposals, proposals, caller, now);
        report.results = results;
        report.difficulties = difficulties;
        report.proposals = proposals;
        report.updatedBy = caller.name();
        report.updatedAt = now;
        reports.flush();
        return details(context);
    }

    /** Submits the report: it must be whole (422 listing every gap), and nothing is written when it is not. */
    @Transactional
    public ReportDetails submit(long reportId, Caller caller) {
        ReportContext context = contexts.readable(reportId, caller);
        checkMayReport(context);
        ReportSteps.checkAllowed(context.report(), ReportStatus.Step.SUBMIT);
        List<Violation> broken = ReportChecks.ofSubmission(context.report(), context.reporter(), context.units());
        if (!broken.isEmpty()) {
            throw new RulesBrokenException("problem.report.incomplete", broken);
        }
        steps.take(context, ReportStatus.Step.SUBMIT, null, caller);
        return details(context);
    }

    /** Every step and every changed value of a report, oldest first. */
    @Transactional
    public List<HistoryEntry> history(long reportId, Caller caller) {
        contexts.readable(reportId, caller);
        return history.of(reportId);
    }

    private void record(Report report, String field, String before, String after, Caller caller, OffsetDateTime now) {
        if (!Objects.equals(before, after)) {
            history.change(report.id, field, before, after, caller, now);
        }
    }

    private static String nfc(String text) {
        return text == null || text.isBlank() ? null : Texts.nfc(text.strip());
    }

    private static void checkMayReport(ReportContext context) {
        if (!context.scope().mayReport(context.reporter())) {
            throw new ForbiddenException("May not report for " + context.reporter().code());
        }
    }

    private ReportDetails details(ReportContext context) {
        return ReportDetails.asOf(context, clock);
    }
}
