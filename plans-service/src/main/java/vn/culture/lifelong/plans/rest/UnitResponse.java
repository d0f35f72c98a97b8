package vn.culture.lifelong.plans.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.plans.domain.AdministrativeLevel;
import vn.culture.lifelong.plans.domain.Unit;
import vn.culture.lifelong.plans.domain.UnitKind;

@Schema(name = "Unit")
public record UnitResponse(
        @Schema(examples = "06184") String code,
        @Schema(examples = "Xã Đồng Đăng") String name,
        UnitKind kind,
        AdministrativeLevel level,
        @Schema(examples = "20") String parentCode,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static UnitResponse of(Unit unit) {
        return new UnitResponse(unit.code, unit.name, unit.kind, unit.level,
                unit.parent == null ? null : unit.parent.code, unit.version, unit.createdAt, unit.updatedAt);
    }
}
