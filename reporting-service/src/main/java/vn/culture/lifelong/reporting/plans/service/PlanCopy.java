package vn.culture.lifelong.reporting.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.stream.Stream;
import vn.culture.lifelong.kit.inbox.Inbox;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.text.Texts;
import vn.culture.lifelong.reporting.obligations.service.ObligationDerivation;
import vn.culture.lifelong.reporting.plans.domain.IndicatorView;
import vn.culture.lifelong.reporting.plans.domain.PlanView;
import vn.culture.lifelong.reporting.plans.messaging.IndicatorEvent;
import vn.culture.lifelong.reporting.plans.messaging.PlanEvent;
import vn.culture.lifelong.reporting.plans.repository.IndicatorViewRepository;
import vn.culture.lifelong.reporting.plans.repository.PlanViewRepository;

/**
 * This service's copy of plans-service's issued plans and indicators: each event applied once (the kit's inbox), an
 * older version never overwriting a newer one. A plan's obligations are derived in the same transaction as its copy,
 * so what a unit owes never lags behind the plan it reads.
 */
@ApplicationScoped
public class PlanCopy {

    private final PlanViewRepository plans;
    private final IndicatorViewRepository indicators;
    private final ObligationDerivation obligations;
    private final Inbox inbox;

    public PlanCopy(PlanViewRepository plans, IndicatorViewRepository indicators, ObligationDerivation obligations,
            Inbox inbox) {
        this.plans = plans;
        this.indicators = indicators;
        this.obligations = obligations;
        this.inbox = inbox;
    }

    @Transactional
    public boolean apply(PlanEvent event) {
        return inbox.applyOnce(event.envelope(), () -> event.plan().ifPresent(this::upsert));
    }

    @Transactional
    public boolean apply(IndicatorEvent event) {
        return inbox.applyOnce(event.envelope(), () -> event.indicator().ifPresent(this::upsert));
    }

    private void upsert(PlanEvent.Plan incoming) {
        PlanView plan = plans.findById(incoming.id());
        boolean isNew = plan == null;
        if (isNew) {
            plan = new PlanView();
            plan.planId = incoming.id();
        } else if (plan.sourceVersion >= incoming.version()) {
            return;
        }
        PlanEvent.Document document = incoming.document();
        plan.number = document.number();
        plan.title = Texts.nfc(document.title());
        plan.status = incoming.status();
        plan.revision = incoming.revision();
        plan.sourceVersion = incoming.version();
        plan.issuingUnitId = incoming.issuingUnitId();
        plan.parentPlanId = incoming.parentPlanId();
        plan.horizonFrom = document.horizon().fromYear();
        plan.horizonTo = document.horizon().toYear();
        plan.endedOn = incoming.endedOn();
        plan.regime = document.reporting().reports();
        plan.targets = document.targets();
        plan.tasks = document.tasks();
        plan.unitIds = incoming.units();
        plan.obligationsStale = false;
        plan.updatedAt = Timestamps.now();
        if (isNew) {
            plans.persist(plan);
        }
        PlanView named = plan;
        plans.replaceScopeRoots(plan.planId, plan.regime.stream()
                .flatMap(report -> Stream.concat(Stream.of(report.receivingUnit()), report.reportingUnits().stream()))
                .map(named::unitOf).distinct().toList());
        obligations.derive(plan);
    }

    private void upsert(IndicatorEvent.Indicator incoming) {
        IndicatorView indicator = indicators.findById(incoming.code());
        boolean isNew = indicator == null;
        if (isNew) {
            indicator = new IndicatorView();
            indicator.code = incoming.code();
        } else if (indicator.sourceVersion >= incoming.version()) {
            return;
        }
        indicator.nameVi = Texts.nfc(incoming.nameVi());
        indicator.nameEn = incoming.nameEn();
        indicator.unitOfMeasure = Texts.nfc(incoming.unitOfMeasure());
        indicator.valueType = incoming.valueType();
        indicator.acrossUnits = incoming.acrossUnits();
        indicator.overTime = incoming.overTime();
        indicator.direction = incoming.direction();
        indicator.sourceVersion = incoming.version();
        indicator.updatedAt = Timestamps.now();
        if (isNew) {
            indicators.persist(indicator);
        }
    }
}
