package vn.culture.lifelong.events.plans.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.culture.lifelong.events.plans.domain.PlanTask;
import vn.culture.lifelong.kit.inbox.IncomingEvent;

/**
 * An event of {@code plans.plans.v1} (contract: plans-service's README and {@code events/plans.plan.v1.schema.json}),
 * read for what activities need: the tasks and their units. {@code plan} is empty for drafts' events and for types
 * this version does not know.
 */
public record PlanEvent(IncomingEvent envelope, Optional<Plan> plan) {

    private static final Set<String> OF_ISSUED_PLANS = Set.of("plans.plan.issued.v1", "plans.plan.amended.v1",
            "plans.plan.ended.v1");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(long id, String status, long version, Document document, Map<String, Long> units) {

        public Plan {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(units, "units");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String number, String title, List<PlanTask> tasks) {

        public Document {
            Objects.requireNonNull(title, "title");
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
        }
    }

    public static PlanEvent of(IncomingEvent envelope, ObjectMapper json) {
        if (!OF_ISSUED_PLANS.contains(envelope.type())) {
            return new PlanEvent(envelope, Optional.empty());
        }
        return new PlanEvent(envelope, Optional.of(envelope.dataAs(json, Plan.class, Plan::id)));
    }
}
