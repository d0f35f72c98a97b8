package vn.culture.lifelong.plans.units.domain;

/** Administrative levels from the top down; since July 2025 a commune's parent is its province directly. */
public enum AdministrativeLevel {
    CENTRAL,
    PROVINCE,
    DISTRICT,
    COMMUNE,
    VILLAGE;

    /** A unit sits at its parent's level (an institution of a province) or below it, never above. */
    public boolean canBeUnder(AdministrativeLevel parent) {
        return compareTo(parent) >= 0;
    }
}
