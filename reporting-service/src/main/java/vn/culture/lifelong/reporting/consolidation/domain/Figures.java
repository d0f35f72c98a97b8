package vn.culture.lifelong.reporting.consolidation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a set of units reported for one indicator and period, in the sums every rule combines from: how many units
 * answered, the sum of their numbers, how many answered yes, and the sums of numerators and denominators. Figures
 * add up (a parent's are its children's together) and subtract (a report returned takes its own back out).
 *
 * @param mergedAway of the units that answered, those merged away before the period's last day: not among the units
 *        expected then, yet behind the figure, so they are expected too
 */
public record Figures(int units, BigDecimal numberSum, int yesCount, BigDecimal numeratorSum, BigDecimal denominatorSum,
        int mergedAway) {

    public static final Figures NONE = new Figures(0, BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Percentages keep two decimals (66.67). */
    private static final int PERCENT_SCALE = 2;

    /** One unit's answer: a number, a yes or no, or a numerator over a denominator. */
    public static Figures ofOne(BigDecimal number, Boolean yesNo, BigDecimal numerator, BigDecimal denominator) {
        return new Figures(1, orZero(number), Boolean.TRUE.equals(yesNo) ? 1 : 0, orZero(numerator), orZero(denominator),
                0);
    }

    /** The same answers, from units merged away before the period's last day. */
    public Figures asMergedAway() {
        return new Figures(units, numberSum, yesCount, numeratorSum, denominatorSum, units);
    }

    public Figures plus(Figures other) {
        return new Figures(units + other.units, numberSum.add(other.numberSum), yesCount + other.yesCount,
                numeratorSum.add(other.numeratorSum), denominatorSum.add(other.denominatorSum), mergedAway + other.mergedAway);
    }

    public Figures minus(Figures other) {
        return new Figures(units - other.units, numberSum.subtract(other.numberSum), yesCount - other.yesCount,
                numeratorSum.subtract(other.numeratorSum), denominatorSum.subtract(other.denominatorSum),
                mergedAway - other.mergedAway);
    }

    public boolean isNone() {
        return units == 0 && numberSum.signum() == 0 && yesCount == 0 && numeratorSum.signum() == 0
                && denominatorSum.signum() == 0 && mergedAway == 0;
    }

    /**
     * The value by the indicator's rule across units: the sum of numbers; a coverage as the percent of {@code expected}
     * units answering yes; a share as the percent of the summed numerators over the summed denominators (never an
     * average of percentages). None when nobody answered, or when a percent would divide by zero.
     */
    public BigDecimal valueBy(AcrossUnits rule, long expected) {
        if (units == 0) {
            return null;
        }
        return switch (rule) {
            case SUM -> plain(numberSum);
            case COVERAGE -> expected == 0 ? null : percent(BigDecimal.valueOf(yesCount), BigDecimal.valueOf(expected));
            case RATIO_OF_SUMS -> denominatorSum.signum() == 0 ? null : percent(numeratorSum, denominatorSum);
            case LATEST -> throw new IllegalArgumentException("The latest value is read, not combined");
        };
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    /** Without the stored scale's trailing zeros, and never in exponent form: 150, not 150.0000 or 1.5E+2. */
    public static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal orZero(BigDecimal number) {
        return number == null ? BigDecimal.ZERO : number;
    }
}
