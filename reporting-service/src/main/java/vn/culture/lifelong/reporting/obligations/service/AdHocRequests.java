package vn.culture.lifelong.reporting.obligations.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.culture.lifelong.kit.idempotency.IdempotencyKeys;
import vn.culture.lifelong.kit.idempotency.IdempotentRequest;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.problem.BusinessRuleException;
import vn.culture.lifelong.kit.problem.NotFoundException;
import vn.culture.lifelong.kit.problem.RulesBrokenException;
import vn.culture.lifelong.kit.problem.Violation;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.kit.text.Texts;
import vn.culture.lifelong.reporting.access.ReportingScope;
import vn.culture.lifelong.reporting.access.ReportingScopes;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.obligations.domain.ReportRequest;
import vn.culture.lifelong.reporting.obligations.repository.ObligationRepository;
import vn.culture.lifelong.reporting.obligations.repository.ReportRequestRepository;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.plans.repository.PlanViewRepository;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;

/**
 * Ad-hoc reports: a reviewer or planner of a unit asks chosen units of its tree for a report on an issued plan by a
 * date; each unit asked owes it from then on, like a periodic report.
 */
@ApplicationScoped
public class AdHocRequests {

    private final ReportRequestRepository requests;
    private final ObligationRepository obligations;
    private final PlanViewRepository plans;
    private final UnitDirectory units;
    private final ReportingScopes scopes;
    private final IdempotencyKeys idempotencyKeys;

    public AdHocRequests(ReportRequestRepository requests, ObligationRepository obligations, PlanViewRepository plans,
            UnitDirectory units, ReportingScopes scopes, IdempotencyKeys idempotencyKeys) {
        this.requests = requests;
        this.obligations = obligations;
        this.plans = plans;
        this.units = units;
        this.scopes = scopes;
        this.idempotencyKeys = idempotencyKeys;
    }

    /** The request, the obligations it created, and the codes of the units they name. */
    public record Created(ReportRequest request, List<Obligation> obligations, Map<Long, UnitRef> units) {
    }

    @Transactional
    public Created request(AdHocRequest wanted, Caller caller, Optional<IdempotentRequest> idempotentRequest) {
        return idempotencyKeys.createOnce(idempotentRequest, "report-request", () -> create(wanted, caller),
                created -> created.request().id, this::created);
    }

    private Created create(AdHocRequest wanted, Caller caller) {
        ReportingScope scope = scopes.of(caller);
        UnitRef receiver = Optional.ofNullable(wanted.receivingUnit()).or(caller::orgUnit)
                .flatMap(units::byCode)
                .orElseThrow(() -> new BusinessRuleException("receivingUnit", "request.receiver.unknown",
                        Optional.ofNullable(wanted.receivingUnit()).orElse("")));
        if (!scope.mayRequest(receiver)) {
            throw new ForbiddenException("May not ask for reports on behalf of " + receiver.code());
        }
        PlanView plan = plans.findForReading(wanted.planId())
                .orElseThrow(() -> new NotFoundException("plan.not.found", Long.toString(wanted.planId())));
        if (!PlanView.ISSUED.equals(plan.status)) {
            throw new BusinessRuleException("planId", "request.plan.not-issued", plan.planId, plan.status);
        }
        List<UnitRef> asked = new ArrayList<>();
        List<Violation> broken = new ArrayList<>();
        List<String> codes = List.copyOf(new LinkedHashSet<>(wanted.units()));
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Optional<UnitRef> unit = units.byCode(code);
            if (unit.isEmpty()) {
                broken.add(Violation.of("units[" + i + "]", "unit.not.found", code));
            } else if (!scope.covers(unit.get()) || !unit.get().isValidOn(wanted.dueDate())) {
                broken.add(Violation.of("units[" + i + "]", "request.unit.outside", code, wanted.dueDate()));
            } else {
                asked.add(unit.get());
            }
        }
        if (!broken.isEmpty()) {
            throw new RulesBrokenException(broken);
        }
        OffsetDateTime now = Timestamps.now();
        ReportRequest request = new ReportRequest();
        request.planId = plan.planId;
        request.receivingUnitId = receiver.unitId();
        request.title = Texts.nfc(wanted.title().strip());
        request.dueDate = wanted.dueDate();
        request.requestedBy = caller.name();
        request.requestedAt = now;
        requests.persist(request);
        List<Obligation> owed = asked.stream().map(unit -> {
            Obligation obligation = new Obligation();
            obligation.planId = plan.planId;
            obligation.requestId = request.id;
            obligation.kind = ObligationKind.AD_HOC;
            obligation.year = wanted.dueDate().getYear();
            obligation.unitId = unit.unitId();
            obligation.receivingUnitId = receiver.unitId();
            obligation.title = request.title;
            obligation.dueOn(wanted.dueDate());
            obligation.createdAt = now;
            obligations.persist(obligation);
            return obligation;
        }).toList();
        return new Created(request, owed, units.byIds(unitIdsOf(request, owed)));
    }

    /** A request, for a caller of its receiving unit's tree or of a unit asked. */
    @Transactional
    public Created read(long requestId, Caller caller) {
        ReportingScope scope = scopes.of(caller);
        Created created = requests.findByIdOptional(requestId).map(request -> created(request.id))
                .orElseThrow(() -> new NotFoundException("request.not.found", Long.toString(requestId)));
        if (created.units().values().stream().noneMatch(scope::covers)) {
            throw new NotFoundException("request.not.found", Long.toString(requestId));
        }
        return created;
    }

    private Created created(long requestId) {
        ReportRequest request = requests.findById(requestId);
        List<Obligation> owed = obligations.list("requestId", requestId);
        return new Created(request, owed, units.byIds(unitIdsOf(request, owed)));
    }

    private static Set<Long> unitIdsOf(ReportRequest request, List<Obligation> owed) {
        Set<Long> ids = new HashSet<>(Set.of(request.receivingUnitId));
        owed.forEach(obligation -> ids.add(obligation.unitId));
        return ids;
    }
}
