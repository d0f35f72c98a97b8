package vn.culture.lifelong.reporting.completeness.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.reporting.completeness.service.Completeness;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.units.domain.UnitRef;

@Schema(name = "Completeness", description = "Who reported on time, late or not at all: the unit's tree, and each child's")
public record CompletenessResponse(Row total, List<Row> children, Long plan, ObligationKind kind, Integer year,
        @Schema(description = "Overdue is counted as of this instant") OffsetDateTime asOf) {

    @Schema(name = "CompletenessRow")
    public record Row(
            @Schema(examples = "20") String unitCode,
            @Schema(examples = "Tỉnh Lạng Sơn") String unitName,
            @Schema(description = "Reports owed") long expected,
            @Schema(description = "Submitted at least once") long submitted,
            long accepted,
            @Schema(description = "First submitted by the end of the due day, Vietnam time") long onTime,
            long late,
            @Schema(description = "Not submitted (yet)") long missing,
            @Schema(description = "Not submitted, past the deadline") long overdue,
            @Schema(description = "Returns for correction, in all") long returns,
            @Schema(description = "submitted / expected, percent; empty when nothing is expected") BigDecimal submissionRate,
            @Schema(description = "on time / expected, percent") BigDecimal onTimeRate,
            @Schema(description = "accepted / expected, percent") BigDecimal acceptanceRate) {

        static Row of(UnitRef unit, Completeness.Counts counts) {
            return new Row(unit.code(), unit.name(), counts.expected(), counts.submitted(), counts.accepted(),
                    counts.onTime(), counts.late(), counts.missing(), counts.overdue(), counts.returns(),
                    counts.rate(counts.submitted()).orElse(null), counts.rate(counts.onTime()).orElse(null),
                    counts.rate(counts.accepted()).orElse(null));
        }
    }

    public static CompletenessResponse of(Completeness completeness) {
        return new CompletenessResponse(Row.of(completeness.unit(), completeness.total()),
                completeness.children().stream().map(child -> Row.of(child.unit(), child.counts())).toList(),
                completeness.plan().orElse(null), completeness.kind().orElse(null), completeness.year().orElse(null),
                completeness.asOf());
    }
}
