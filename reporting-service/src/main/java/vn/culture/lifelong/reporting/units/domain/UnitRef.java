package vn.culture.lifelong.reporting.units.domain;

import java.time.LocalDate;

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

    /** Whether this unit is {@code ancestor} or under it. */
    public boolean isInSubtreeOf(UnitRef ancestor) {
        return path.startsWith(ancestor.path);
    }
}
