package vn.culture.lifelong.reporting.consolidation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each rule across units, with the seeds' numbers. */
class FiguresTest {

    private static Figures number(long value) {
        return Figures.ofOne(BigDecimal.valueOf(value), null, null, null);
    }

    private static Figures answer(boolean yes) {
        return Figures.ofOne(null, yes, null, null);
    }

    private static Figures ratio(long numerator, long denominator) {
        return Figures.ofOne(null, null, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    @Test
    void numbersAreSummed() {
        // Cần Thơ 2019: "bổ sung 29.000 bản sách", from the province's library and two district ones.
        Figures books = number(12_000).plus(number(10_000)).plus(number(7_000));
        assertEquals(new BigDecimal("29000"), books.valueBy(AcrossUnits.SUM, 0));
        assertEquals(3, books.units());
    }

    @Test
    void coverageIsTheShareOfExpectedUnitsAnsweringYes() {
        // Cần Thơ: 77 of the 85 communes with a library or reading room in 2019; the other 8 answered no.
        Figures readingRooms = IntStream.range(0, 85).mapToObj(commune -> answer(commune < 77))
                .reduce(Figures.NONE, Figures::plus);
        assertEquals(new BigDecimal("90.59"), readingRooms.valueBy(AcrossUnits.COVERAGE, 85));
        // Only 80 of them reported: the 5 silent ones are not counted as yes, and still expected.
        Figures partial = IntStream.range(0, 80).mapToObj(commune -> answer(commune < 77))
                .reduce(Figures.NONE, Figures::plus);
        assertEquals(new BigDecimal("90.59"), partial.valueBy(AcrossUnits.COVERAGE, 85));
        assertEquals(80, partial.units());
        assertNull(partial.valueBy(AcrossUnits.COVERAGE, 0), "no unit expected: no percent");
    }

    @Test
    void sharesAreSummedNumeratorsOverSummedDenominatorsNeverAnAverageOfPercents() {
        // "15–20% số dân sử dụng thư viện": a small commune at 30%, a large one at 2.5%.
        Figures readers = ratio(3_000, 10_000).plus(ratio(1_000, 40_000));
        assertEquals(new BigDecimal("8.00"), readers.valueBy(AcrossUnits.RATIO_OF_SUMS, 0));
        assertNull(Figures.NONE.valueBy(AcrossUnits.RATIO_OF_SUMS, 0));
    }

    @Test
    void aReportTakenBackLeavesNothingBehind() {
        Figures both = number(100).plus(number(50));
        Figures afterReturn = both.minus(number(50));
        assertEquals(1, afterReturn.units());
        assertEquals(0, new BigDecimal("100").compareTo(afterReturn.numberSum()));
        assertTrue(afterReturn.minus(number(100)).isNone());
        assertNull(Figures.NONE.valueBy(AcrossUnits.SUM, 0), "nobody reported: no value, not zero");
    }

    @Test
    void unitsMergedAwayAreExpectedBesideTheUnitsInScope() {
        Figures figures = answer(true).asMergedAway().plus(answer(true));
        assertEquals(2, figures.units());
        assertEquals(1, figures.mergedAway());
        assertEquals(0, figures.minus(answer(true).asMergedAway()).mergedAway());
    }
}
