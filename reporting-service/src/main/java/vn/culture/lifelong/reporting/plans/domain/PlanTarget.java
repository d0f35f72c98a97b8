package vn.culture.lifelong.reporting.plans.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A target (chỉ tiêu) of a plan: an indicator to reach for a scope of units, with its values year by year. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanTarget(String key, String indicator, String kind, UnitSelector scope, List<Value> values) {

    public PlanTarget {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** The target for each year from {@code fromYear} to {@code toYear}: at least min (more than, if exclusive), at most max. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Value(int fromYear, int toYear, BigDecimal min, BigDecimal max, boolean exclusiveMin, Integer outOf) {
    }

    /** The value that holds in {@code year}, if the plan sets one. */
    public Optional<Value> valueIn(int year) {
        return values.stream().filter(value -> value.fromYear() <= year && year <= value.toYear()).findFirst();
    }
}
