package vn.culture.lifelong.plans.indicators.domain;

/** Which kind of institution an indicator is about. */
public enum Sector {
    LIBRARY,
    MUSEUM,
    CULTURAL_HOUSE_AND_CLUB,
    GENERAL
}
