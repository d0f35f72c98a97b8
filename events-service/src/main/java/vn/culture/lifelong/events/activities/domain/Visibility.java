package vn.culture.lifelong.events.activities.domain;

/** Public activities are in the public calendar, without login; internal ones only for the people of the unit's line. */
public enum Visibility {
    PUBLIC,
    INTERNAL
}
