package vn.culture.lifelong.plans.plans.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole plan as one document: the format plans are created, edited, imported from other provincial systems and
 * exported in. Units are named by code as on the plan's {@link #referenceDay() reference day}.
 */
@Schema(name = "PlanDocument")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PlanDocument(
        @Schema(description = "Official number; may be blank while draft", examples = "1133/KH-UBND")
        @Size(max = 60) String number,
        @Schema(description = "Code of the issuing unit", examples = "12") @NotBlank String issuingUnit,
        @Schema(description = "Issue date: a day, or only the month or year while the document leaves it blank",
                examples = "2015-12-16")
        @IssueDate String issueDate,
        @NotBlank @Size(max = 1000) String title,
        @NotNull @Valid Horizon horizon,
        @Schema(description = "Code of the programme it implements", examples = "QD-208-2014") String programme,
        @Schema(description = "The plan it implements, when that plan is in this system") Long parentPlanId,
        @Schema(description = "Căn cứ / Thực hiện") List<@NotNull @Valid LegalBasis> legalBases,
        @Schema(description = "Mục đích") List<@NotBlank String> purposes,
        @Schema(description = "Yêu cầu") List<@NotBlank String> requirements,
        @Schema(description = "Mục tiêu") List<@NotNull @Valid Objective> objectives,
        @Schema(description = "Chỉ tiêu") List<@NotNull @Valid Target> targets,
        @Schema(description = "Nhiệm vụ, giải pháp") List<@NotNull @Valid Task> tasks,
        @Schema(description = "Kinh phí") @Valid Funding funding,
        @Schema(description = "Tổ chức thực hiện") List<@NotNull @Valid Responsibility> responsibilities,
        @Schema(description = "Chế độ báo cáo") @Valid ReportingRegime reporting) {

    public PlanDocument {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        targets = targets == null ? List.of() : List.copyOf(targets);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        funding = funding == null ? Funding.none() : funding;
        responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
        reporting = reporting == null ? ReportingRegime.none() : reporting;
    }

    /**
     * The day unit codes are read on: the issue day (the first day of its month or year when only those are
     * known), else the first day of the horizon.
     */
    @JsonIgnore
    public LocalDate referenceDay() {
        if (issueDate != null && IssueDates.isValid(issueDate)) {
            return IssueDates.firstDay(issueDate);
        }
        return LocalDate.of(horizon.fromYear(), 1, 1);
    }

    /** The years the plan runs (thời gian thực hiện). */
    @Schema(name = "Horizon")
    public record Horizon(@NotNull @Min(1900) @Max(2200) Integer fromYear, @NotNull @Min(1900) @Max(2200) Integer toYear) {

        @JsonIgnore
        @AssertTrue(message = "{horizon.order}")
        public boolean isOrdered() {
            return fromYear == null || toYear == null || fromYear <= toYear;
        }

        public boolean contains(int year) {
            return fromYear <= year && year <= toYear;
        }
    }

    /** A document the plan rests on ("Căn cứ Quyết định số 208/QĐ-TTg ngày 27/01/2014 của Thủ tướng…"). */
    @Schema(name = "LegalBasis")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LegalBasis(
            @NotNull Kind kind,
            @Schema(examples = "208/QĐ-TTg") @NotBlank @Size(max = 60) String number,
            @Schema(examples = "2014-01-27") LocalDate issuedOn,
            @Schema(examples = "Thủ tướng Chính phủ") @NotBlank String issuer,
            @NotBlank String title) {

        public enum Kind {
            RESOLUTION,
            DIRECTIVE,
            DECISION,
            PLAN,
            OFFICIAL_LETTER,
            GUIDANCE,
            OTHER
        }
    }

    /** Mục tiêu: general ones are narrative; specific ones are made concrete by targets. */
    @Schema(name = "Objective")
    public record Objective(@Schema(examples = "MT1") @NotBlank @Size(max = 40) String key, @NotNull Kind kind,
            @NotBlank String text) {

        public enum Kind {
            GENERAL,
            SPECIFIC
        }
    }

    /** What the plan asks of one unit (or group of units) in "Tổ chức thực hiện". */
    @Schema(name = "Responsibility")
    public record Responsibility(@NotNull @Valid UnitSelector unit, @NotNull @Size(min = 1) List<@NotBlank String> duties) {
    }
}
