package vn.culture.lifelong.reporting.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import org.hibernate.Hibernate;
import java.util.Map;
import java.util.Set;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.reporting.access.ReportingScope;
import vn.culture.lifelong.reporting.access.ReportingScopes;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.obligations.repository.ObligationRepository;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.plans.repository.PlanViewRepository;
import vn.culture.lifelong.reporting.reports.domain.Report;
import vn.culture.lifelong.reporting.reports.repository.ReportRepository;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;

/**
 * Loads a report for a caller. A report the caller may not read (another province's) is answered 404, the same as
 * one that does not exist, so that probing ids tells an attacker nothing; what they may read but not do is 403.
 */
@ApplicationScoped
public class ReportContexts {

    private final ReportRepository reports;
    private final ObligationRepository obligations;
    private final PlanViewRepository plans;
    private final UnitDirectory units;
    private final ReportingScopes scopes;

    public ReportContexts(ReportRepository reports, ObligationRepository obligations, PlanViewRepository plans,
            UnitDirectory units, ReportingScopes scopes) {
        this.reports = reports;
        this.obligations = obligations;
        this.plans = plans;
        this.units = units;
        this.scopes = scopes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ReportContext readable(long reportId, Caller caller) {
        Report report = reports.findByIdOptional(reportId)
                .orElseThrow(() -> new NotFoundException("report.not.found", Long.toString(reportId)));
        return readable(report, obligations.findById(report.obligationId), caller);
    }

    /** The context of {@code report} (possibly just created) for {@code obligation}, if the caller may read it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReportContext readable(Report report, Obligation obligation, Caller caller) {
        ReportingScope scope = scopes.of(caller);
        Set<Long> named = new HashSet<>(Set.of(obligation.unitId, obligation.receivingUnitId));
        report.values.forEach(line -> named.add(line.unitId));
        Map<Long, UnitRef> known = units.byIds(named);
        UnitRef reporter = known.get(obligation.unitId);
        UnitRef receiver = known.get(obligation.receivingUnitId);
        if (reporter == null || receiver == null || !scope.mayRead(reporter, receiver)) {
            throw new NotFoundException(report.id == null ? "obligation.not.found" : "report.not.found",
                    Long.toString(report.id == null ? obligation.id : report.id));
        }
        // Answers are written after the transaction: the task lines must be loaded by then (the values are, above).
        Hibernate.initialize(report.tasks);
        PlanView plan = plans.findForReading(obligation.planId).orElseThrow();
        return new ReportContext(report, obligation, plan, known, scope);
    }
}
