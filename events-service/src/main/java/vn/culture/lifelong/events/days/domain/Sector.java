package vn.culture.lifelong.events.days.domain;

/** The sectors a day concerns. */
public enum Sector {
    LIBRARY,
    MUSEUM,
    CULTURAL_HOUSE_AND_CLUB,
    GENERAL
}
