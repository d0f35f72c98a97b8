package vn.culture.lifelong.plans.units.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.plans.units.domain.AdministrativeLevel;
import vn.culture.lifelong.plans.units.domain.SuccessionKind;
import vn.culture.lifelong.plans.units.domain.Unit;
import vn.culture.lifelong.plans.units.domain.UnitKind;

@Schema(name = "Unit")
public record UnitResponse(
        @Schema(examples = "06184") String code,
        @Schema(examples = "Xã Đồng Đăng") String name,
        UnitKind kind,
        AdministrativeLevel level,
        @Schema(examples = "20") String parentCode,
        @Schema(description = "First day; absent when it predates the records", examples = "2025-07-01") LocalDate validFrom,
        @Schema(description = "Last day; absent while the unit exists") LocalDate validTo,
        @Schema(description = "Where a closed unit went") List<Successor> successors,
        @Schema(description = "Population by year, oldest first") List<Population> population,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    @Schema(name = "UnitSuccessor")
    public record Successor(@Schema(examples = "06184") String code, SuccessionKind kind) {
    }

    @Schema(name = "UnitPopulation")
    public record Population(@Schema(examples = "2024") int year, @Schema(examples = "12500") long population) {
    }

    public static UnitResponse of(Unit unit) {
        return new UnitResponse(unit.code, unit.name, unit.kind, unit.level,
                unit.parent == null ? null : unit.parent.code, unit.validFrom, unit.validTo,
                unit.successors.stream().map(link -> new Successor(link.successor.code, link.kind)).toList(),
                unit.populationByYear.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(entry -> new Population(entry.getKey(), entry.getValue()))
                        .toList(),
                unit.version, unit.createdAt, unit.updatedAt);
    }
}
