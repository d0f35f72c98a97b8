package vn.culture.lifelong.reporting.consolidation.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.culture.lifelong.units.domain.UnitView;
import vn.culture.lifelong.reporting.units.domain.UnitRef;
import vn.culture.lifelong.reporting.units.service.UnitDirectory;

/**
 * Under which units a unit's figures for a period count: every unit above it, as the hierarchy stands, and the
 * nation; or, when it was merged away before the period's last day, its successor and every unit above that one, so
 * that a commune's figures reported before a 2025 merger stay with its old province and those of later periods go to
 * the new one. One instance serves one recount and remembers what it looked up.
 */
final class Filing {

    private final UnitDirectory units;
    private final Map<Long, UnitRef> known = new HashMap<>();
    private final Map<String, Position> positions = new HashMap<>();

    /** The units a unit's figures count under, and whether it had been merged away by then. */
    record Position(List<Long> unitsAbove, boolean mergedAway) {
    }

    Filing(UnitDirectory units, Collection<Long> unitIds) {
        this.units = units;
        known.putAll(units.byIds(unitIds));
    }

    Position of(long unitId, LocalDate day) {
        return positions.computeIfAbsent(unitId + "@" + day, key -> lookUp(unitId, day));
    }

    private Position lookUp(long unitId, LocalDate day) {
        UnitRef unit = known.get(unitId);
        if (unit == null) {
            return new Position(List.of(), false);
        }
        if (unit.validTo() != null && unit.validTo().isBefore(day)) {
            List<UnitRef> successors = units.existingOn(unitId, day);
            if (!successors.isEmpty()) {
                return new Position(withNation(UnitView.idsOnPath(successors.get(0).path())), true);
            }
        }
        List<Long> path = UnitView.idsOnPath(unit.path());
        return new Position(withNation(path.subList(0, path.size() - 1)), false);
    }

    private static List<Long> withNation(List<Long> unitsAbove) {
        List<Long> all = new ArrayList<>(unitsAbove.size() + 1);
        all.add(UnitRef.NATION.unitId());
        all.addAll(unitsAbove);
        return all;
    }
}
