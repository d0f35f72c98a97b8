package vn.culture.lifelong.plans.units.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.plans.units.domain.AdministrativeLevel;
import vn.culture.lifelong.plans.units.domain.UnitKind;
import vn.culture.lifelong.plans.units.service.SuccessorDraft;
import vn.culture.lifelong.plans.units.service.UnitDraft;

@Schema(name = "UnitRequest", description = "A unit to create, or the new state of an existing one")
public record UnitRequest(
        @Schema(description = "Stable code; ignored on update", examples = "06184")
        @NotBlank @Pattern(regexp = CODE_PATTERN, message = "{unit.code.pattern}")
        String code,

        @Schema(description = "Official Vietnamese name", examples = "Xã Đồng Đăng")
        @NotBlank @Size(max = 255)
        String name,

        @Schema(examples = "PEOPLES_COMMITTEE") @NotNull
        UnitKind kind,

        @Schema(examples = "COMMUNE") @NotNull
        AdministrativeLevel level,

        @Schema(description = "Code of the parent unit (as it is on the unit's first day); absent for a root", examples = "20")
        @Pattern(regexp = CODE_PATTERN, message = "{unit.code.pattern}")
        String parentCode,

        @Schema(description = "First day the unit exists; absent when it predates the records; ignored on update",
                examples = "2025-07-01")
        LocalDate validFrom,

        @Schema(description = "Last day, for a unit that no longer exists (e.g. a commune merged on 1 July 2025); "
                + "ignored on update; later closures go through /closure", examples = "2025-06-30")
        LocalDate validTo,

        @Schema(description = "Units that took over a unit created with a last day, as they are the day after")
        List<UnitClosureRequest.@Valid @NotNull Successor> successors) {

    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9._-]{0,39}";

    public UnitDraft toDraft() {
        List<SuccessorDraft> takenOverBy = successors == null ? List.of()
                : successors.stream().map(UnitClosureRequest.Successor::toDraft).toList();
        return new UnitDraft(code, name, kind, level, parentCode, validFrom, validTo, takenOverBy);
    }
}
