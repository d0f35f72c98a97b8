package vn.culture.lifelong.units.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.units.domain.UnitView;

@Schema(name = "UnitView", description = "A unit as this service knows it from plans-service's events")
public record UnitViewResponse(
        @Schema(examples = "06184") String code,
        @Schema(examples = "Xã Đồng Đăng") String name,
        @Schema(examples = "PEOPLES_COMMITTEE") String kind,
        @Schema(examples = "COMMUNE") String level,
        @Schema(examples = "20") String parentCode,
        @Schema(description = "First day, if known", examples = "2025-07-01") LocalDate validFrom,
        @Schema(description = "Last day, once the unit was closed") LocalDate validTo,
        @Schema(description = "The unit's version in plans-service") long sourceVersion,
        OffsetDateTime updatedAt) {

    public static UnitViewResponse of(UnitView unit) {
        return new UnitViewResponse(unit.code, unit.name, unit.kind, unit.level, unit.parentCode, unit.validFrom,
                unit.validTo, unit.sourceVersion, unit.updatedAt);
    }
}
