package vn.culture.lifelong.reporting.progress.domain;

/** How far a target is from being met in a year. */
public enum Status {
    /** The year's actual meets the target. */
    MET,
    /** The year is not over and the half-year's actual, projected to the year, meets the target. */
    ON_TRACK,
    /** The year is not over and the projection falls short. */
    AT_RISK,
    /** The year's actual falls short (or the year is over without meeting it). */
    NOT_MET,
    /** Nothing counted yet to judge by. */
    NO_DATA
}
