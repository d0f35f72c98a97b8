package vn.culture.lifelong.reporting.obligations.domain;

/** Where the report answering an obligation is: not started, or the state of its report. */
public enum ObligationStatus {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED
}
