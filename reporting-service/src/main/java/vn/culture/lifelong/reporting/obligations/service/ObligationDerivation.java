package vn.culture.lifelong.reporting.obligations.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.Logger;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.reporting.ReportingConfig;
import vn.culture.lifelong.reporting.obligations.domain.Obligation;
import vn.culture.lifelong.reporting.obligations.domain.ObligationStatus;
import vn.culture.lifelong.reporting.obligations.domain.ReportingPeriod;
import vn.culture.lifelong.reporting.obligations.repository.ObligationRepository;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.plans.domain.UnitSelector;
import vn.culture.lifelong.reporting.plans.repository.PlanViewRepository;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.units.service.UnitViewChanged;

/**
 * Derives what each unit owes from a plan's reporting regime: one obligation per report, period and reporting unit,
 * the units read on the period's last day. Deriving again (an amendment, a closure, a unit that changed) reconciles:
 * what is new is added, what nobody started and is no longer owed is removed (a commune merged away passes its later
 * periods to its successor, which the selectors now name), and what is not yet reported takes the new deadline.
 */
@ApplicationScoped
public class ObligationDerivation {

    private static final Logger LOG = Logger.getLogger(ObligationDerivation.class);

    private final ObligationRepository obligations;
    private final PlanViewRepository plans;
    private final UnitDirectory units;
    private final ReportingConfig config;
    private final Event<ObligationsDerived> derived;

    public ObligationDerivation(ObligationRepository obligations, PlanViewRepository plans, UnitDirectory units,
            ReportingConfig config, Event<ObligationsDerived> derived) {
        this.obligations = obligations;
        this.plans = plans;
        this.units = units;
        this.config = config;
        this.derived = derived;
    }

    private record Key(String regimeKey, int year, long unitId) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void derive(PlanView plan) {
        Map<Key, Obligation> owed = owedUnder(plan);
        List<Long> noLongerOwed = new ArrayList<>();
        for (Obligation existing : obligations.periodicOf(plan.planId)) {
            Obligation wanted = owed.remove(new Key(existing.regimeKey, existing.year, existing.unitId));
            if (wanted == null) {
                if (!existing.isStarted()) {
                    noLongerOwed.add(existing.id);
                }
            } else if (existing.status == ObligationStatus.NOT_STARTED || existing.status == ObligationStatus.DRAFT) {
                existing.receivingUnitId = wanted.receivingUnitId;
                existing.title = wanted.title;
                existing.dataFrom = wanted.dataFrom;
                existing.dataTo = wanted.dataTo;
                if (!Objects.equals(existing.dueDate, wanted.dueDate)) {
                    existing.dueOn(wanted.dueDate);
                }
            }
        }
        obligations.deleteByIds(noLongerOwed);
        obligations.insertAll(owed.values());
        LOG.debugf("Plan %d: %d obligations added, %d removed", plan.planId, owed.size(), noLongerOwed.size());
        derived.fire(new ObligationsDerived(plan.planId));
    }

    /** What the plan's regime asks for today, by unit and period. */
    private Map<Key, Obligation> owedUnder(PlanView plan) {
        Map<Key, Obligation> owed = new LinkedHashMap<>();
        Map<String, List<UnitRef>> resolved = new HashMap<>();
        for (ReportingPeriod period : ReportingPeriod.of(plan.regime, plan.horizonFrom, plan.horizonTo, plan.endedOn)) {
            List<UnitRef> receivers = resolve(plan, period.report().receivingUnit(), period.unitsOn(), resolved);
            if (receivers.isEmpty()) {
                // The receiving unit has not reached this service yet: its arrival marks the plan to derive again.
                continue;
            }
            long receiver = receivers.get(0).unitId();
            for (UnitSelector selector : period.report().reportingUnits()) {
                for (UnitRef unit : resolve(plan, selector, period.unitsOn(), resolved)) {
                    if (unit.unitId() == receiver) {
                        // The receiving unit among "the departments report to the Sở VHTTDL" owes itself nothing: its
                        // report is the consolidated one it sends on.
                        continue;
                    }
                    owed.computeIfAbsent(new Key(period.regimeKey(), period.year(), unit.unitId()),
                            key -> obligation(plan, period, unit, receiver));
                }
            }
        }
        return owed;
    }

    private List<UnitRef> resolve(PlanView plan, UnitSelector selector, LocalDate day, Map<String, List<UnitRef>> resolved) {
        String cacheKey = selector + "@" + day;
        return resolved.computeIfAbsent(cacheKey, key -> units.resolve(selector, plan.unitOf(selector), day));
    }

    private static Obligation obligation(PlanView plan, ReportingPeriod period, UnitRef unit, long receiver) {
        Obligation obligation = new Obligation();
        obligation.planId = plan.planId;
        obligation.regimeKey = period.regimeKey();
        obligation.kind = period.kind();
        obligation.year = period.year();
        obligation.unitId = unit.unitId();
        obligation.receivingUnitId = receiver;
        obligation.title = period.title();
        obligation.dataFrom = period.dataFrom();
        obligation.dataTo = period.dataTo();
        obligation.dueOn(period.dueDateFor(unit.level()).orElse(null));
        obligation.createdAt = Timestamps.now();
        return obligation;
    }

    /**
     * A unit changed (created, moved, closed): the plans whose regime names it or a unit above it may owe differently.
     * They are marked here, in the read model's transaction, and derived again by {@link #deriveStalePlans()}.
     */
    void unitChanged(@Observes UnitViewChanged change) {
        plans.markStaleNaming(UnitView.idsOnPath(change.path()));
    }

    @Scheduled(every = "${reporting.obligations.rederive-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void deriveStalePlans() {
        boolean more = true;
        while (more) {
            more = QuarkusTransaction.requiringNew().call(() -> {
                List<PlanView> stale = plans.lockStale(config.obligations().rederiveBatch());
                for (PlanView plan : stale) {
                    derive(plan);
                    plan.obligationsStale = false;
                }
                return stale.size() == config.obligations().rederiveBatch();
            });
        }
    }
}
