package vn.culture.lifelong.plans.plans.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.plans.plans.domain.Plan;
import vn.culture.lifelong.plans.plans.domain.PlanDocument;
import vn.culture.lifelong.plans.plans.domain.PlanRevision;
import vn.culture.lifelong.plans.plans.domain.PlanStatus;
import vn.culture.lifelong.plans.plans.service.PlanLineage;

/** What the plan endpoints answer. */
public final class PlanResponses {

    private PlanResponses() {
    }

    @Schema(name = "PlanIssuer")
    public record Issuer(@Schema(examples = "12") String code, String name) {
    }

    @Schema(name = "PlanSummary", description = "A plan without its document, for lists and lineage")
    public record Summary(long id, PlanStatus status, int revision, String number, String issueDate, Issuer issuingUnit,
            String title, int horizonFrom, int horizonTo, String programme, Long parentPlanId, LocalDate endedOn,
            Long supersededBy, long version) {

        public static Summary of(Plan plan) {
            return new Summary(plan.id, plan.status, plan.revision, plan.number, plan.issueDate,
                    new Issuer(plan.issuingUnit.code, plan.issuingUnit.name), plan.title, plan.horizonFrom, plan.horizonTo,
                    plan.programmeCode, plan.parentPlan == null ? null : plan.parentPlan.id, plan.endedOn,
                    plan.supersededBy == null ? null : plan.supersededBy.id, plan.version);
        }
    }

    @Schema(name = "Plan", description = "A plan: where it is in its life, and its whole document")
    public record Details(Summary plan, PlanDocument document, boolean writable, OffsetDateTime createdAt,
            String createdBy, OffsetDateTime updatedAt, String updatedBy) {

        public static Details of(Plan plan, boolean writable) {
            return new Details(Summary.of(plan), plan.document, writable, plan.createdAt, plan.createdBy, plan.updatedAt,
                    plan.updatedBy);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanRevision", description = "An issued state: revision 1 as issued, later ones amendments")
    public record Revision(int revision, String amendmentNumber, LocalDate effectiveOn, String reason,
            List<String> changes, OffsetDateTime recordedAt, String recordedBy, PlanDocument document) {

        public static Revision of(PlanRevision revision, boolean withDocument) {
            return new Revision(revision.key.revision(), revision.amendmentNumber, revision.effectiveOn, revision.reason,
                    revision.changes, revision.recordedAt, revision.recordedBy, withDocument ? revision.document : null);
        }
    }

    @Schema(name = "PlanLineage", description = "The plans a plan implements (nearest first) and those implementing it")
    public record Lineage(List<Summary> ancestors, List<Node> descendants) {

        public static Lineage of(PlanLineage lineage) {
            return new Lineage(lineage.ancestors().stream().map(Summary::of).toList(), Node.of(lineage.descendants()));
        }
    }

    @Schema(name = "PlanLineageNode")
    public record Node(Summary plan, List<Node> children) {

        static List<Node> of(List<PlanLineage.Branch> branches) {
            return branches.stream().map(branch -> new Node(Summary.of(branch.plan()), of(branch.children()))).toList();
        }
    }
}
