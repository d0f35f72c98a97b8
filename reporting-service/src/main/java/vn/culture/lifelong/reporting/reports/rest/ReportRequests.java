package vn.culture.lifelong.reporting.reports.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the report endpoints that are not the report's content. */
public final class ReportRequests {

    private ReportRequests() {
    }

    @Schema(name = "ReportCreation")
    public record Creation(@Schema(description = "The obligation the report answers") @NotNull Long obligationId) {
    }

    @Schema(name = "ReportStepReason")
    public record Reason(@Schema(examples = "Thiếu số liệu lượt bạn đọc quý II") @NotBlank @Size(max = 2_000) String reason) {
    }
}
