package vn.culture.lifelong.plans.plans.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A target (chỉ tiêu): a value of an indicator to reach, for a scope of units, over years. Each entry of
 * {@code values} holds for every year from its {@code fromYear} to its {@code toYear}: "hằng năm 8.000–9.000,
 * đến 2020 10.000–12.000" is two entries. What the numbers mean depends on {@link Kind}.
 */
@Schema(name = "Target")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Target(
        @Schema(description = "Unique within the plan; tasks and reports refer to it", examples = "T01")
        @NotBlank @Size(max = 40) String key,
        @Schema(description = "Indicator code from the catalogue", examples = "LIB_READER_VISITS") @NotBlank String indicator,
        @NotNull Kind kind,
        @Schema(description = "Key of the objective it makes concrete") String objective,
        @NotNull @Valid UnitSelector scope,
        @Schema(description = "The values hold for each unit of the scope (mỗi thư viện…), not for their total")
        boolean eachUnit,
        @Schema(description = "Whose share it is (share of population only)") PopulationGroup populationGroup,
        List<@NotNull @Valid Value> values,
        @Schema(description = "What growth is measured against (growth only)") @Valid Baseline baseline,
        @Schema(description = "How often it must happen (recurring only)") @Valid Recurrence recurrence,
        @Schema(description = "When it must be done (milestone only)", examples = "2020-12-31") LocalDate dueBy,
        @Schema(description = "The sentence of the source document it comes from") @NotBlank String source) {

    public Target {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** The target kinds found in the seed plans (DOMAIN.md). */
    public enum Kind {
        /** A number per year: "bổ sung 29.000 bản sách". */
        ABSOLUTE,
        /** Between two numbers per year; met in or above it: "8.000–9.000 lượt". */
        RANGE,
        /** Activities per year, at least (or more than) a number, or between two: "03–05 cuộc trưng bày". */
        COUNT_OF_ACTIVITIES,
        /** A yearly growth rate in percent against a baseline: "tăng bình quân 15%/năm". */
        GROWTH,
        /** Percent of the units of a kind in scope meeting a yes/no indicator: "100% thư viện huyện có Internet". */
        COVERAGE,
        /** A number of units out of a total: "77/85 thư viện xã". */
        COUNT_OUT_OF_TOTAL,
        /** Percent of a population group: "15–20% số dân sử dụng thư viện". */
        SHARE_OF_POPULATION,
        /** Done or not done by a date: "hoàn thành Dự án cung cấp tài liệu số". */
        MILESTONE,
        /** Something held every so many years: "cấp tỉnh 02 năm 01 lần". */
        RECURRING
    }

    /** The target for each year from {@code fromYear} to {@code toYear}: at least (or more than) min, at most max. */
    @Schema(name = "TargetValue")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(
            @NotNull @Min(1900) @Max(2200) Integer fromYear,
            @NotNull @Min(1900) @Max(2200) Integer toYear,
            @Schema(description = "At least this (percent for coverage, share and growth; a count of units for count out of total)")
            @NotNull @DecimalMin("0") BigDecimal min,
            @Schema(description = "At most this (ranges)") @DecimalMin("0") BigDecimal max,
            @Schema(description = "True for more than (trên): the minimum itself is not enough") boolean exclusiveMin,
            @Schema(description = "The total the count is out of (count out of total only)") @Min(1) Integer outOf) {

        public boolean covers(int year) {
            return fromYear <= year && year <= toYear;
        }
    }

    /** The year growth is counted from, and its value when the plan states it. */
    @Schema(name = "TargetBaseline")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Baseline(@NotNull @Min(1900) @Max(2200) Integer year, @DecimalMin("0") BigDecimal value) {
    }

    /** {@code times} occurrences every {@code everyYears} years, from {@code fromYear} to {@code toYear}. */
    @Schema(name = "TargetRecurrence")
    public record Recurrence(
            @NotNull @Min(1) @Max(10) Integer everyYears,
            @NotNull @Min(1) Integer times,
            @NotNull @Min(1900) @Max(2200) Integer fromYear,
            @NotNull @Min(1900) @Max(2200) Integer toYear) {
    }
}
