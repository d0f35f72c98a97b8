package vn.culture.lifelong.reporting.review.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;
import vn.culture.lifelong.reporting.reports.service.ReportContext;
import vn.culture.lifelong.reporting.reports.service.ReportContexts;
import vn.culture.lifelong.reporting.reports.service.ReportDetails;
import vn.culture.lifelong.reporting.reports.service.ReportHistory;
import vn.culture.lifelong.reporting.reports.service.ReportSteps;

/**
 * The receiving unit's side of a report: its reviewers return a submitted report with a reason or accept it, which
 * locks its values; a reviewer (of the receiving unit or above) or an admin reopens an accepted one, with a reason.
 * Acceptance is a second pair of eyes: a reviewer who also reports (both roles in the province) does not accept what
 * they submitted themselves, which would count their own figures unchecked. Admins, who do everything, may.
 */
@ApplicationScoped
public class ReviewService {

    private final ReportContexts contexts;
    private final ReportSteps steps;
    private final ReportHistory history;
    private final Clock clock;

    public ReviewService(ReportContexts contexts, ReportSteps steps, ReportHistory history, Clock clock) {
        this.contexts = contexts;
        this.steps = steps;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public ReportDetails returnReport(long reportId, String reason, Caller caller) {
        return review(reportId, ReportStatus.Step.RETURN, reason, caller);
    }

    @Transactional
    public ReportDetails accept(long reportId, Caller caller) {
        return review(reportId, ReportStatus.Step.ACCEPT, null, caller);
    }

    @Transactional
    public ReportDetails reopen(long reportId, String reason, Caller caller) {
        return review(reportId, ReportStatus.Step.REOPEN, reason, caller);
    }

    private ReportDetails review(long reportId, ReportStatus.Step step, String reason, Caller caller) {
        ReportContext context = contexts.readable(reportId, caller);
        if (!context.scope().mayReview(context.receiver())) {
            throw new ForbiddenException("May not review reports received by " + context.receiver().code());
        }
        if (step == ReportStatus.Step.ACCEPT && !caller.isAdmin()
                && history.lastSubmitter(reportId).filter(caller.name()::equals).isPresent()) {
            throw new ForbiddenException("May not accept a report one submitted oneself");
        }
        steps.take(context, step, reason, caller);
        return ReportDetails.asOf(context, clock);
    }
}
