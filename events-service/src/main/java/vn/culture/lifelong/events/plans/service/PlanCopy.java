package vn.culture.lifelong.events.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.culture.lifelong.events.plans.domain.PlanView;
import vn.culture.lifelong.events.plans.messaging.PlanEvent;
import vn.culture.lifelong.events.plans.repository.PlanViewRepository;
import vn.culture.lifelong.kit.inbox.Inbox;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.kit.text.Texts;

/** This service's copy of plans-service's issued plans: each event applied once, an older version never winning. */
@ApplicationScoped
public class PlanCopy {

    private final PlanViewRepository plans;
    private final Inbox inbox;

    public PlanCopy(PlanViewRepository plans, Inbox inbox) {
        this.plans = plans;
        this.inbox = inbox;
    }

    @Transactional
    public boolean apply(PlanEvent event) {
        return inbox.applyOnce(event.envelope(), () -> event.plan().ifPresent(this::upsert));
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
        plan.number = incoming.document().number();
        plan.title = Texts.nfc(incoming.document().title());
        plan.status = incoming.status();
        plan.sourceVersion = incoming.version();
        plan.tasks = incoming.document().tasks();
        plan.unitIds = incoming.units();
        plan.updatedAt = Timestamps.now();
        if (isNew) {
            plans.persist(plan);
        }
    }
}
