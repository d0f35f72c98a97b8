package vn.culture.lifelong.plans.units.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.plans.units.domain.SuccessionKind;
import vn.culture.lifelong.plans.units.service.SuccessorDraft;

@Schema(name = "UnitClosure", description = "The end of a unit, e.g. a commune merged on 1 July 2025")
public record UnitClosureRequest(
        @Schema(description = "The unit's last day", examples = "2025-06-30") @NotNull LocalDate lastDay,
        @Schema(description = "Units that take it over, as they are the day after") @NotNull List<@Valid @NotNull Successor> successors) {

    @Schema(name = "UnitClosureSuccessor")
    public record Successor(
            @Schema(examples = "06184") @NotNull @Pattern(regexp = UnitRequest.CODE_PATTERN, message = "{unit.code.pattern}") String code,
            @Schema(examples = "MERGED_INTO") @NotNull SuccessionKind kind) {

        SuccessorDraft toDraft() {
            return new SuccessorDraft(code, kind);
        }
    }

    public List<SuccessorDraft> toSuccessors() {
        return successors.stream().map(Successor::toDraft).toList();
    }
}
