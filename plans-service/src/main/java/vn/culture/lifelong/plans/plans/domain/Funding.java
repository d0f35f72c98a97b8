package vn.culture.lifelong.plans.plans.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.plans.units.domain.AdministrativeLevel;

/** Where the money comes from (kinh phí) and, when the plan gives them, the yearly estimates (dự toán). */
@Schema(name = "Funding")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Funding(
        List<@NotNull @Valid Source> sources,
        List<@NotNull @Valid Estimate> estimates,
        @Schema(description = "What the budget pays for, how estimates are made") List<String> notes) {

    public Funding {
        sources = sources == null ? List.of() : List.copyOf(sources);
        estimates = estimates == null ? List.of() : List.copyOf(estimates);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static Funding none() {
        return new Funding(List.of(), List.of(), List.of());
    }

    public enum SourceKind {
        /** Ngân sách nhà nước, by budget level. */
        STATE_BUDGET,
        /** Lồng ghép: money of other approved programmes and projects. */
        INTEGRATED_PROGRAMMES,
        /** Xã hội hóa: contributions of businesses, organisations and people. */
        SOCIALISATION,
        /** Các nguồn hợp pháp khác. */
        OTHER_LAWFUL
    }

    @Schema(name = "FundingSource")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Source(
            @NotNull SourceKind kind,
            @Schema(description = "Budget levels that pay (state budget only)") List<@NotNull AdministrativeLevel> budgetLevels,
            String description) {

        public Source {
            budgetLevels = budgetLevels == null ? List.of() : List.copyOf(budgetLevels);
        }
    }

    @Schema(name = "FundingEstimate")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Estimate(
            @NotNull @Min(1900) @Max(2200) Integer year,
            @NotNull SourceKind source,
            @Schema(description = "Đồng") @NotNull @DecimalMin("0") BigDecimal amountVnd,
            String purpose) {
    }
}
