package vn.culture.lifelong.plans.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.culture.lifelong.plans.domain.Plan;
import vn.culture.lifelong.plans.domain.PlanDocument;
import vn.culture.lifelong.plans.domain.Timestamps;

/**
 * Publishes plan changes on {@code plans.plans.v1}, keyed by plan id. Every event carries the whole plan as it
 * is after the change — targets, tasks and their units, the reporting regime — so that reporting-service and
 * events-service need nothing else; {@code units} maps each unit code of the document to the unit id it named.
 */
@ApplicationScoped
public class PlanEvents {

    public static final String TOPIC = "plans.plans.v1";
    public static final String DRAFTED = "plans.plan.drafted.v1";
    public static final String UPDATED = "plans.plan.updated.v1";
    public static final String DELETED = "plans.plan.deleted.v1";
    public static final String ISSUED = "plans.plan.issued.v1";
    public static final String AMENDED = "plans.plan.amended.v1";
    public static final String ENDED = "plans.plan.ended.v1";

    public record PlanData(long id, String status, int revision, long version, long issuingUnitId,
            Long parentPlanId, LocalDate endedOn, Long supersededById, PlanDocument document, Map<String, Long> units,
            List<String> changes, String changedBy) {
    }

    private final Outbox outbox;

    public PlanEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void drafted(Plan plan) {
        publish(DRAFTED, plan, List.of(), plan.updatedAt, plan.updatedBy);
    }

    public void updated(Plan plan) {
        publish(UPDATED, plan, List.of(), plan.updatedAt, plan.updatedBy);
    }

    public void deleted(Plan plan, String by) {
        publish(DELETED, plan, List.of(), Timestamps.now(), by);
    }

    public void issued(Plan plan) {
        publish(ISSUED, plan, List.of(), plan.updatedAt, plan.updatedBy);
    }

    public void amended(Plan plan, List<String> changes) {
        publish(AMENDED, plan, changes, plan.updatedAt, plan.updatedBy);
    }

    /** Closed or superseded: {@code status} says which. */
    public void ended(Plan plan) {
        publish(ENDED, plan, List.of(), plan.updatedAt, plan.updatedBy);
    }

    private void publish(String type, Plan plan, List<String> changes, OffsetDateTime time, String by) {
        PlanData data = new PlanData(plan.id, plan.status.name(), plan.revision, plan.version, plan.issuingUnit.id,
                plan.parentPlan == null ? null : plan.parentPlan.id, plan.endedOn,
                plan.supersededBy == null ? null : plan.supersededBy.id, plan.document, new TreeMap<>(plan.unitIds),
                changes, by);
        outbox.append(TOPIC, CloudEvent.of(type, Long.toString(plan.id), time, data));
    }
}
