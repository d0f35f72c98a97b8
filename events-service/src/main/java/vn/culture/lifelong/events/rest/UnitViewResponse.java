package vn.culture.lifelong.events.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.events.domain.UnitView;

@Schema(name = "UnitView", description = "A unit as this service knows it from plans-service's events")
public record UnitViewResponse(
        @Schema(examples = "06184") String code,
        @Schema(examples = "Xã Đồng Đăng") String name,
        @Schema(examples = "PEOPLES_COMMITTEE") String kind,
        @Schema(examples = "COMMUNE") String level,
        @Schema(examples = "20") String parentCode,
        @Schema(description = "The unit's version in plans-service") long sourceVersion,
        OffsetDateTime updatedAt) {

    public static UnitViewResponse of(UnitView unit) {
        return new UnitViewResponse(unit.code, unit.name, unit.kind, unit.level, unit.parentCode, unit.sourceVersion,
                unit.updatedAt);
    }
}
