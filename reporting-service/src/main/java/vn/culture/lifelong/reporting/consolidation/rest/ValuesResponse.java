package vn.culture.lifelong.reporting.consolidation.rest;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.kit.rest.PageResponse;
import vn.culture.lifelong.reporting.consolidation.domain.AcrossUnits;
import vn.culture.lifelong.reporting.consolidation.domain.Basis;
import vn.culture.lifelong.reporting.consolidation.service.ConsolidatedValues;
import vn.culture.lifelong.reporting.consolidation.service.ValueQuery;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;

@Schema(name = "ConsolidatedValue", description = "An indicator's value for a unit's tree and a period, and each child's")
public record ValuesResponse(
        @Schema(examples = "LIB_READER_VISITS") String indicator,
        @Schema(description = "How units' values combine: SUM, COVERAGE (percent of the expected units answering yes), "
                + "RATIO_OF_SUMS (percent: summed numerators over summed denominators) or LATEST") AcrossUnits rule,
        @Schema(examples = "lượt") String unitOfMeasure,
        @Schema(examples = "20") String unitCode,
        @Schema(examples = "Tỉnh Lạng Sơn") String unitName,
        int year,
        ObligationKind kind,
        @Schema(description = "Only this plan's reports; empty: every plan's, each fact once (the latest accepted)") Long plan,
        @Schema(description = "ACCEPTED: accepted reports only; SUBMITTED: submitted ones too") Basis counted,
        @Schema(description = "Empty when no unit reported (or a percent has nothing to divide by)") BigDecimal value,
        @Schema(description = "Units whose values are behind the figure") int unitsReported,
        @Schema(description = "Units expected to report the indicator for the period") long unitsExpected,
        @Schema(description = "The same for each unit one level down, by code") PageResponse<Child> children) {

    @Schema(name = "ConsolidatedValueChild")
    public record Child(
            @Schema(examples = "06184") String unitCode,
            @Schema(examples = "Xã Đồng Đăng") String unitName,
            BigDecimal value,
            int unitsReported,
            long unitsExpected,
            @Schema(description = "The child's own consolidated value, with its children",
                    examples = "/api/reports/values?indicator=LIB_READER_VISITS&unit=06184&year=2026&kind=ANNUAL") String href) {
    }

    public static ValuesResponse of(ConsolidatedValues.Answer answer) {
        ValueQuery query = answer.query();
        ConsolidatedValues.Figure total = answer.total();
        return new ValuesResponse(answer.indicator().code, answer.rule(), answer.indicator().unitOfMeasure,
                total.unit().code(), total.unit().name(), query.year(), query.kind(), query.plan().orElse(null),
                query.basis(), total.value(), total.unitsReported(), total.unitsExpected(),
                answer.children().map(child -> new Child(child.unit().code(), child.unit().name(), child.value(),
                        child.unitsReported(), child.unitsExpected(), href(query, child.unit().code()))));
    }

    private static String href(ValueQuery query, String unitCode) {
        return "/api/reports/values?indicator=" + query.indicator() + "&unit=" + URLEncoder.encode(unitCode, StandardCharsets.UTF_8) + "&year=" + query.year()
                + "&kind=" + query.kind() + query.plan().map(plan -> "&plan=" + plan).orElse("")
                + (query.basis() == Basis.SUBMITTED ? "&include=" + Basis.INCLUDE_SUBMITTED : "");
    }
}
