package vn.culture.lifelong.plans.plans.domain;

/** Where a plan is in its life: only drafts are edited; an issued plan changes only by amendment. */
public enum PlanStatus {
    DRAFT,
    ISSUED,
    CLOSED,
    SUPERSEDED
}
