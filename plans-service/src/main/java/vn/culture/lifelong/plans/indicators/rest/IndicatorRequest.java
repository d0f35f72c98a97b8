package vn.culture.lifelong.plans.indicators.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.plans.indicators.domain.AcrossUnits;
import vn.culture.lifelong.plans.indicators.domain.Direction;
import vn.culture.lifelong.plans.indicators.domain.OverTime;
import vn.culture.lifelong.plans.indicators.domain.Sector;
import vn.culture.lifelong.plans.indicators.domain.ValueType;
import vn.culture.lifelong.plans.indicators.service.IndicatorDraft;

@Schema(name = "IndicatorRequest", description = "An indicator to create, or the new state of an existing one")
public record IndicatorRequest(
        @Schema(description = "Stable code; ignored on update", examples = "LIB_READER_VISITS")
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "{indicator.code.pattern}") String code,
        @Schema(examples = "Lượt bạn đọc được phục vụ") @NotBlank @Size(max = 300) String nameVi,
        @Schema(examples = "Reader visits served") @NotBlank @Size(max = 300) String nameEn,
        @Schema(examples = "lượt") @NotBlank @Size(max = 40) String unitOfMeasure,
        @Schema(examples = "NUMBER") @NotNull ValueType valueType,
        @Schema(examples = "SUM") @NotNull AcrossUnits acrossUnits,
        @Schema(examples = "SUM") @NotNull OverTime overTime,
        @Schema(examples = "HIGHER_IS_BETTER") @NotNull Direction direction,
        @Schema(examples = "LIBRARY") @NotNull Sector sector,
        @Size(max = 2000) String description) {

    public IndicatorDraft toDraft() {
        return new IndicatorDraft(code, nameVi, nameEn, unitOfMeasure, valueType, acrossUnits, overTime, direction,
                sector, description);
    }
}
