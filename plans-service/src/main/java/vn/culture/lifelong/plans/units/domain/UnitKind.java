package vn.culture.lifelong.plans.units.domain;

/** What kind of organisation a unit is; institutions (libraries, museums…) are units too. */
public enum UnitKind {
    PEOPLES_COMMITTEE,
    DEPARTMENT,
    OFFICE,
    LIBRARY,
    MUSEUM,
    CULTURAL_CENTRE,
    CULTURAL_HOUSE,
    CLUB,
    SCHOOL,
    MASS_ORGANISATION,
    OTHER
}
