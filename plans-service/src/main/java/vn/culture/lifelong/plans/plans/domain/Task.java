package vn.culture.lifelong.plans.plans.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.plans.indicators.domain.Sector;

/** A task (nhiệm vụ): what to do, in which sector, when, led by exactly one unit, with the units that help. */
@Schema(name = "Task")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Task(
        @Schema(examples = "NV01") @NotBlank @Size(max = 40) String key,
        @NotNull Sector sector,
        @Schema(examples = "Cung cấp dịch vụ Internet miễn phí cho người dân trong hệ thống thư viện các cấp")
        @NotBlank String content,
        @NotNull @Valid Schedule schedule,
        @Schema(description = "Đơn vị chủ trì: exactly one unit") @NotNull @Valid UnitSelector lead,
        @Schema(description = "Đơn vị thực hiện") List<@NotNull @Valid UnitSelector> implementing,
        @Schema(description = "Đơn vị phối hợp") List<@NotNull @Valid UnitSelector> coordinating,
        @Schema(description = "Keys of the targets it serves") List<@NotBlank String> targets,
        @Schema(description = "The passage of the source document it comes from") String source) {

    public Task {
        implementing = implementing == null ? List.of() : List.copyOf(implementing);
        coordinating = coordinating == null ? List.of() : List.copyOf(coordinating);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** When a task is done (thời gian thực hiện). */
    @Schema(name = "TaskSchedule")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Schedule(
            @NotNull Kind kind,
            @Schema(description = "First year (years only)") @Min(1900) @Max(2200) Integer fromYear,
            @Schema(description = "Last year (years only)") @Min(1900) @Max(2200) Integer toYear,
            @Schema(description = "The condition (condition only)", examples = "Khi được tiếp nhận xe ô tô thư viện lưu động")
            String condition) {

        public enum Kind {
            /** Thường xuyên. */
            CONTINUOUS,
            /** Hằng năm. */
            YEARLY,
            /** A year or a range of years: "Năm 2019", "02 năm (2019 – 2020)". */
            YEARS,
            /** When something happens: "Khi được tiếp nhận xe ô tô thư viện lưu động". */
            CONDITION
        }
    }
}
