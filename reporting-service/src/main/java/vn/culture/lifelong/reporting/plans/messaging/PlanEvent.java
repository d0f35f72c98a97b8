package vn.culture.lifelong.reporting.plans.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.culture.lifelong.kit.inbox.IncomingEvent;
import vn.culture.lifelong.reporting.plans.domain.PlanTarget;
import vn.culture.lifelong.reporting.plans.domain.PlanTask;
import vn.culture.lifelong.reporting.plans.domain.RegimeReport;

/**
 * An event of {@code plans.plans.v1} (contract: plans-service's README and {@code events/plans.plan.v1.schema.json}),
 * read for what reports need. {@code plan} is empty for the events of drafts, which oblige nobody, and for types this
 * version does not know.
 */
public record PlanEvent(IncomingEvent envelope, Optional<Plan> plan) {

    private static final Set<String> OF_ISSUED_PLANS = Set.of("plans.plan.issued.v1", "plans.plan.amended.v1",
            "plans.plan.ended.v1");

    /** The payload, the parts this service keeps. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plan(long id, String status, int revision, long version, long issuingUnitId, Long parentPlanId,
            LocalDate endedOn, Document document, Map<String, Long> units) {

        public Plan {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(units, "units");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String number, String title, Horizon horizon, List<PlanTarget> targets, List<PlanTask> tasks,
            Reporting reporting) {

        public Document {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(horizon, "horizon");
            targets = targets == null ? List.of() : List.copyOf(targets);
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
            reporting = reporting == null ? new Reporting(List.of()) : reporting;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Horizon(int fromYear, int toYear) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reporting(List<RegimeReport> reports) {

        public Reporting {
            reports = reports == null ? List.of() : List.copyOf(reports);
        }
    }

    public static PlanEvent of(IncomingEvent envelope, ObjectMapper json) {
        if (!OF_ISSUED_PLANS.contains(envelope.type())) {
            return new PlanEvent(envelope, Optional.empty());
        }
        return new PlanEvent(envelope, Optional.of(envelope.dataAs(json, Plan.class, Plan::id)));
    }
}
