package vn.culture.lifelong.units.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A unit that took over a closed one, by plans-service's id; {@code kind} ({@code MERGED_INTO}, {@code SPLIT_INTO})
 * stays plain text, as in {@link UnitView}.
 */
@Embeddable
public record UnitSuccessor(
        @Column(name = "successor_unit_id", nullable = false) long successorUnitId,
        @Column(nullable = false) String kind) {
}
