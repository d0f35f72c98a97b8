package vn.culture.lifelong.reporting.plans.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A target (chỉ tiêu) of a plan: an indicator to reach for a scope of units, with its values year by year; by kind,
 * a growth's baseline, a recurring obligation's rhythm or a milestone's day. {@code eachUnit}: the values hold for
 * each unit of the scope, not for their total.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanTarget(String key, String indicator, String kind, UnitSelector scope, boolean eachUnit,
        List<Value> values, Baseline baseline, Recurrence recurrence, LocalDate dueBy) {

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

    /** The year growth is counted from, and its value when the plan states it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Baseline(int year, BigDecimal value) {
    }

    /** {@code times} occurrences every {@code everyYears} years, from {@code fromYear} to {@code toYear}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recurrence(int everyYears, int times, int fromYear, int toYear) {
    }

    /** The value that holds in {@code year}, if the plan sets one. */
    public Optional<Value> valueIn(int year) {
        return values.stream().filter(value -> value.fromYear() <= year && year <= value.toYear()).findFirst();
    }
}
