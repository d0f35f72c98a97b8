package vn.culture.lifelong.reporting.plans.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * Units a plan names, as plans-service's document writes them: one unit, or with {@code subtree} the units under it,
 * optionally of one kind and level. {@code unit} is the code on the plan's reference day; the plan's
 * {@link PlanView#unitIds} tells which unit it named.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitSelector(String unit, boolean subtree, String kind, String level) {

    public UnitSelector {
        Objects.requireNonNull(unit, "unit");
    }
}
