package vn.culture.lifelong.plans.units.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Population")
public record PopulationRequest(@Schema(examples = "12500") @NotNull @PositiveOrZero Long population) {
}
