package vn.culture.lifelong.events.plans.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * Units a plan's task names, as plans-service's document writes them: one unit, or with {@code subtree} the units
 * under it, optionally of one kind and level. {@code unit} is a code; the plan's unit ids tell which unit it named.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitSelector(String unit, boolean subtree, String kind, String level) {

    public UnitSelector {
        Objects.requireNonNull(unit, "unit");
    }
}
