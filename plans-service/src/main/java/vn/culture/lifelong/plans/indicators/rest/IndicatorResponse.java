package vn.culture.lifelong.plans.indicators.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.plans.indicators.domain.AcrossUnits;
import vn.culture.lifelong.plans.indicators.domain.Direction;
import vn.culture.lifelong.plans.indicators.domain.Indicator;
import vn.culture.lifelong.plans.indicators.domain.OverTime;
import vn.culture.lifelong.plans.indicators.domain.Sector;
import vn.culture.lifelong.plans.indicators.domain.ValueType;

@Schema(name = "Indicator")
public record IndicatorResponse(
        @Schema(examples = "LIB_READER_VISITS") String code,
        @Schema(examples = "Lượt bạn đọc được phục vụ") String nameVi,
        @Schema(examples = "Reader visits served") String nameEn,
        @Schema(examples = "lượt") String unitOfMeasure,
        ValueType valueType,
        AcrossUnits acrossUnits,
        OverTime overTime,
        Direction direction,
        Sector sector,
        String description,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static IndicatorResponse of(Indicator indicator) {
        return new IndicatorResponse(indicator.code, indicator.nameVi, indicator.nameEn, indicator.unitOfMeasure,
                indicator.valueType, indicator.acrossUnits, indicator.overTime, indicator.direction, indicator.sector,
                indicator.description, indicator.version, indicator.createdAt, indicator.updatedAt);
    }
}
