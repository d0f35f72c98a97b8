package vn.culture.lifelong.reporting.units.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.culture.lifelong.units.domain.UnitView;

/**
 * A unit as reporting reads it from the unit read model: plans-service's id, code, kind, level, its place in the
 * hierarchy ({@code path} of ids from the root, e.g. {@code /1/7/42/}) and its validity.
 */
public record UnitRef(long unitId, String code, String name, String kind, String level, String path,
        LocalDate validFrom, LocalDate validTo) {

    /**
     * The whole country, above every unit without a parent (the provinces, the ministry): consolidated figures count
     * under it too. Not a unit of plans-service: it has no id there (0 here) and its path is the root of every path.
     */
    public static final UnitRef NATION = new UnitRef(0, "VN", "Cả nước", "NATION", "CENTRAL", "/", null, null);

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    /**
     * What {@code byUnitId} holds for this unit, else for the nearest unit above it that it holds anything for: the
     * report answering for a unit is its own, else that of the nearest unit above it owing one.
     */
    public <T> Optional<T> nearestIn(Map<Long, T> byUnitId) {
        List<Long> path = UnitView.idsOnPath(this.path);
        for (int i = path.size() - 1; i >= 0; i--) {
            T found = byUnitId.get(path.get(i));
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** Whether this unit is {@code ancestor} or under it. */
    public boolean isInSubtreeOf(UnitRef ancestor) {
        return path.startsWith(ancestor.path);
    }
}
