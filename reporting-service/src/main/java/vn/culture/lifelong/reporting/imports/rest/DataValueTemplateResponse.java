package vn.culture.lifelong.reporting.imports.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.reporting.imports.service.DataValueTemplate;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;
import vn.culture.lifelong.reporting.reports.domain.ValueType;

@Schema(name = "DataValueTemplate", description = "The lines a bulk import of a plan's period in a unit's tree can fill")
public record DataValueTemplateResponse(
        long plan,
        @Schema(examples = "45/KH-UBND") String planNumber,
        @Schema(examples = "20") String unitCode,
        String unitName,
        int year,
        ObligationKind kind,
        @Schema(description = "One per line, in the import's columns, with the current value where there is one")
        List<Line> values) {

    @Schema(name = "DataValueTemplateLine")
    public record Line(
            long plan,
            @Schema(examples = "06184") String unit,
            int year,
            ObligationKind kind,
            @Schema(examples = "LIB_READER_VISITS") String indicator,
            @Schema(examples = "T01") String target,
            @Schema(description = "A number (NUMBER) or true/false (YES_NO); empty until given",
                    oneOf = {BigDecimal.class, Boolean.class}) Object value,
            @Schema(description = "RATIO only") BigDecimal numerator,
            @Schema(description = "RATIO only") BigDecimal denominator,
            @Schema(examples = "Xã Đồng Đăng") String unitName,
            String indicatorName,
            ValueType valueType,
            @Schema(description = "The report holding the line; empty for a draft not yet started (an import lays it out)")
            Long reportId,
            @Schema(description = "DRAFT or RETURNED; empty for a draft not yet started") ReportStatus reportStatus) {
    }

    static DataValueTemplateResponse of(DataValueTemplate.Template template, List<DataValueTemplate.Line> lines) {
        return new DataValueTemplateResponse(template.plan().planId, template.plan().number, template.unit().code(),
                template.unit().name(), template.year(), template.kind(), lines.stream().map(line -> new Line(line.plan(),
                        line.unit().code(), line.year(), line.kind(), line.indicator(), line.target(),
                        line.valueType() == ValueType.YES_NO ? line.yesNo() : line.number(), line.numerator(),
                        line.denominator(), line.unit().name(), line.indicatorName(), line.valueType(), line.reportId(),
                        line.reportStatus())).toList());
    }
}
