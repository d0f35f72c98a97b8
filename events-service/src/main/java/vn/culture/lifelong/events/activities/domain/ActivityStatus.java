package vn.culture.lifelong.events.activities.domain;

/** An activity is planned, then held (with its actual participants) or cancelled (with a reason); both are final. */
public enum ActivityStatus {
    PLANNED,
    HELD,
    CANCELLED
}
