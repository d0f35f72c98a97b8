package vn.culture.lifelong.reporting.obligations.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ad-hoc report asked of chosen units (báo cáo đột xuất), about a plan, received by the asking unit. */
@Schema(name = "ReportRequest")
public record AdHocRequest(
        @Schema(description = "The plan the report is about") @NotNull Long planId,
        @Schema(description = "The unit that asks and receives; the caller's own by default", examples = "20")
        @Size(max = 40) String receivingUnit,
        @Schema(description = "The units asked, by code", examples = "[\"06184\"]")
        @NotNull @Size(min = 1, max = 5_000) List<@NotBlank @Size(max = 40) String> units,
        @Schema(examples = "Báo cáo nhanh kết quả hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam") @NotBlank @Size(max = 500) String title,
        @Schema(examples = "2026-12-15") @NotNull LocalDate dueDate) {
}
