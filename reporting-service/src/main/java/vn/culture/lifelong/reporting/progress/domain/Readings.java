package vn.culture.lifelong.reporting.progress.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import vn.culture.lifelong.reporting.consolidation.domain.Figures;

/**
 * What was counted for a target's scope, for judging it in {@code year} as of {@code today}: the year's annual and
 * half-year figures, how many units the scope holds, a growth's baseline actual, and a recurring target's annual
 * numbers for each year of its current cycle.
 */
public record Readings(int year, LocalDate today, Figures annual, Figures halfYear, long unitsInScope,
        BigDecimal baselineActual, Map<Integer, Figures> cycle) {

    public Readings {
        annual = annual == null ? Figures.NONE : annual;
        halfYear = halfYear == null ? Figures.NONE : halfYear;
        cycle = cycle == null ? Map.of() : Map.copyOf(cycle);
    }

    /** Whether the whole year can be judged: it has ended. */
    public boolean isYearOver() {
        return today.getYear() > year;
    }
}
