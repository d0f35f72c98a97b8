package vn.culture.lifelong.plans.plans.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.plans.units.domain.AdministrativeLevel;
import vn.culture.lifelong.plans.units.domain.UnitKind;

/**
 * The units a plan names: one unit, or — with {@code subtree} — the units under it, optionally only those of
 * one kind and level ("thư viện các huyện" = libraries at district level under the province). The code is read
 * as it was on the plan's reference day (see {@link PlanDocument#referenceDay()}), since codes were reused in 2025.
 */
@Schema(name = "UnitSelector")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitSelector(
        @Schema(description = "Unit code as on the plan's reference day", examples = "12")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{0,39}", message = "{unit.code.pattern}") String unit,
        @Schema(description = "The units under it rather than the unit itself") boolean subtree,
        @Schema(description = "Only units of this kind (with subtree)", examples = "LIBRARY") UnitKind kind,
        @Schema(description = "Only units at this level (with subtree)", examples = "DISTRICT") AdministrativeLevel level,
        @Schema(description = "How the document names them", examples = "Thư viện các huyện, thành phố")
        @Size(max = 500) String label) {

    public static UnitSelector of(String unit) {
        return new UnitSelector(unit, false, null, null, null);
    }

    /** One named unit, as a task's lead must be. */
    @JsonIgnore
    public boolean isSingleUnit() {
        return !subtree && kind == null && level == null;
    }
}
