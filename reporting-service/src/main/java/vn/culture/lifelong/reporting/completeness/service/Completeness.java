package vn.culture.lifelong.reporting.completeness.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.units.domain.UnitRef;

/**
 * Who reported, on time, late or not at all, for a unit's tree and for each child's tree. Expected and submitted are
 * counted over the same obligations (a merged unit's passed to its successor, never twice), so no rate exceeds 100%.
 */
public record Completeness(UnitRef unit, Optional<Long> plan, Optional<ObligationKind> kind, Optional<Integer> year,
        OffsetDateTime asOf, Counts total, List<Child> children) {

    public record Child(UnitRef unit, Counts counts) {
    }

    /**
     * @param submitted submitted at least once (a returned report still counts: it was sent)
     * @param overdue   not submitted, and past the deadline
     * @param returns   how often reports were returned in all
     */
    public record Counts(long expected, long submitted, long accepted, long onTime, long late, long overdue,
            long returns) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

        public long missing() {
            return expected - submitted;
        }

        public Counts plus(Counts other) {
            return new Counts(expected + other.expected, submitted + other.submitted, accepted + other.accepted,
                    onTime + other.onTime, late + other.late, overdue + other.overdue, returns + other.returns);
        }

        /** {@code part} of the expected reports, in percent with one decimal; empty when none is expected. */
        public Optional<BigDecimal> rate(long part) {
            if (expected == 0) {
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP));
        }
    }
}
