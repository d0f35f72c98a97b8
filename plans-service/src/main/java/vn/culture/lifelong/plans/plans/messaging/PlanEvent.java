package vn.culture.lifelong.plans.plans.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.culture.lifelong.kit.outbox.OutgoingEvent;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.plans.plans.domain.Plan;
import vn.culture.lifelong.plans.plans.domain.PlanDocument;

/**
 * The events of {@code plans.plans.v1}, keyed by plan id. Each carries the whole plan as it is after the change —
 * targets, tasks and their units, the reporting regime — so that reporting-service and events-service need nothing
 * else; {@code units} maps each unit code of the document to the unit id it named
 * ({@code events/plans.plan.v1.schema.json}).
 */
public sealed interface PlanEvent extends OutgoingEvent permits PlanEvent.Drafted, PlanEvent.Updated,
        PlanEvent.Deleted, PlanEvent.Issued, PlanEvent.Amended, PlanEvent.Ended {

    String TOPIC = "plans.plans.v1";

    /** The payload of every plan event; {@code changes} lists what an amendment changed. */
    record Data(long id, String status, int revision, long version, long issuingUnitId, Long parentPlanId,
            LocalDate endedOn, Long supersededById, PlanDocument document, Map<String, Long> units, List<String> changes,
            String changedBy) {

        static Data of(Plan plan, List<String> changes, String changedBy) {
            return new Data(plan.id, plan.status.name(), plan.revision, plan.version, plan.issuingUnit.id,
                    plan.parentPlan == null ? null : plan.parentPlan.id, plan.endedOn,
                    plan.supersededBy == null ? null : plan.supersededBy.id, plan.document, new TreeMap<>(plan.unitIds),
                    List.copyOf(changes), changedBy);
        }

        static Data of(Plan plan) {
            return of(plan, List.of(), plan.updatedBy);
        }
    }

    /** A draft was created (or imported). */
    record Drafted(Data data, OffsetDateTime time) implements PlanEvent {

        public static final String TYPE = "plans.plan.drafted.v1";

        public static Drafted of(Plan plan) {
            return new Drafted(Data.of(plan), plan.updatedAt);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A draft was edited. */
    record Updated(Data data, OffsetDateTime time) implements PlanEvent {

        public static final String TYPE = "plans.plan.updated.v1";

        public static Updated of(Plan plan) {
            return new Updated(Data.of(plan), plan.updatedAt);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A draft was discarded, by {@code changedBy}. */
    record Deleted(Data data, OffsetDateTime time) implements PlanEvent {

        public static final String TYPE = "plans.plan.deleted.v1";

        public static Deleted of(Plan plan, String deletedBy) {
            return new Deleted(Data.of(plan, List.of(), deletedBy), Timestamps.now());
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A draft was issued: revision 1, frozen from then on. */
    record Issued(Data data, OffsetDateTime time) implements PlanEvent {

        public static final String TYPE = "plans.plan.issued.v1";

        public static Issued of(Plan plan) {
            return new Issued(Data.of(plan), plan.updatedAt);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** An issued plan was amended: the next revision, with what changed. */
    record Amended(Data data, OffsetDateTime time) implements PlanEvent {

        public static final String TYPE = "plans.plan.amended.v1";

        public static Amended of(Plan plan, List<String> changes) {
            return new Amended(Data.of(plan, changes, plan.updatedBy), plan.updatedAt);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** An issued plan was closed or superseded: {@code status} says which. */
    record Ended(Data data, OffsetDateTime time) implements PlanEvent {

        public static final String TYPE = "plans.plan.ended.v1";

        public static Ended of(Plan plan) {
            return new Ended(Data.of(plan), plan.updatedAt);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    @Override
    Data data();

    @Override
    default String topic() {
        return TOPIC;
    }

    @Override
    default String subject() {
        return Long.toString(data().id());
    }
}
