package vn.culture.lifelong.reporting.reports.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.reporting.reports.domain.TaskProgress;

/**
 * What a reporter writes into a draft, replacing what was there: the values of its lines (each named by target and
 * unit, as the draft lists them), the progress of its tasks, and the narrative. Lines and tasks not sent are left
 * blank.
 */
@Schema(name = "ReportContent")
public record ReportContent(
        @Size(max = 20_000) List<@NotNull @Valid Line> lines,
        @Size(max = 1_000) List<@NotNull @Valid TaskLine> tasks,
        @Schema(description = "Kết quả thực hiện") @Size(max = 50_000) String results,
        @Schema(description = "Khó khăn, vướng mắc") @Size(max = 50_000) String difficulties,
        @Schema(description = "Đề xuất, kiến nghị") @Size(max = 50_000) String proposals) {

    public ReportContent {
        lines = lines == null ? List.of() : List.copyOf(lines);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /**
     * The value of one line, typed by its indicator: {@code value} a number (≥ 0) or true/false; a share as
     * {@code numerator} over {@code denominator}.
     */
    @Schema(name = "ReportLineValue")
    public record Line(
            @Schema(examples = "T01") @NotBlank @Size(max = 40) String target,
            @Schema(examples = "06184") @NotBlank @Size(max = 40) String unitCode,
            @Schema(description = "A number (NUMBER) or true/false (YES_NO)", oneOf = {BigDecimal.class, Boolean.class})
            JsonNode value,
            @Schema(description = "RATIO only") BigDecimal numerator,
            @Schema(description = "RATIO only") BigDecimal denominator) {
    }

    @Schema(name = "ReportTaskProgress")
    public record TaskLine(
            @Schema(examples = "NV01") @NotBlank @Size(max = 40) String task,
            @NotNull TaskProgress.Progress progress,
            @Size(max = 5_000) String note) {
    }
}
