package vn.culture.lifelong.plans.plans.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.plans.plans.domain.IssueDate;
import vn.culture.lifelong.plans.plans.domain.PlanDocument;

/** Bodies of the plan lifecycle steps. */
public final class PlanRequests {

    private PlanRequests() {
    }

    @Schema(name = "PlanIssue", description = "Issue a draft; number and day may be filled in now, as at signing")
    public record Issue(
            @Schema(examples = "1133/KH-UBND") @Size(max = 60) String number,
            @Schema(examples = "2015-12-16") @IssueDate String issueDate) {
    }

    @Schema(name = "PlanAmendment", description = "The whole amended document, and why")
    public record Amendment(
            @NotNull @Valid PlanDocument document,
            @Schema(description = "Number of the amending document, when it has one", examples = "45/KH-UBND")
            @Size(max = 60) String amendmentNumber,
            @Schema(examples = "2017-03-01") @NotNull LocalDate effectiveOn,
            @Schema(examples = "Điều chỉnh chỉ tiêu lượt bạn đọc theo kết quả năm 2016") @NotBlank String reason) {
    }

    @Schema(name = "PlanClosure")
    public record Closure(@Schema(examples = "2020-12-31") @NotNull LocalDate endedOn) {
    }

    @Schema(name = "PlanSupersession")
    public record Supersession(
            @Schema(description = "The issued plan that replaces it") @NotNull Long supersededBy,
            @NotNull LocalDate endedOn) {
    }
}
