package vn.culture.lifelong.reporting.imports.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;

/**
 * One value pushed in bulk: the value of a plan's indicator for a unit and a period, written into the line of the
 * report that answers for the unit (its own, or the one of the unit above it that reports for it).
 */
@Schema(name = "DataValue")
public record DataValue(
        @Schema(description = "The plan's id", examples = "12") Long plan,
        @Schema(description = "The unit the value is of", examples = "06184") String unit,
        @Schema(examples = "2026") Integer year,
        @Schema(description = "HALF_YEAR or ANNUAL") ObligationKind kind,
        @Schema(examples = "LIB_READER_VISITS") String indicator,
        @Schema(description = "The plan's target, when several of its targets measure the indicator for the unit",
                examples = "T01") String target,
        @Schema(description = "A number (NUMBER) or true/false (YES_NO)", oneOf = {BigDecimal.class, Boolean.class})
        JsonNode value,
        @Schema(description = "RATIO only") BigDecimal numerator,
        @Schema(description = "RATIO only") BigDecimal denominator) {
}
