package vn.culture.lifelong.plans.domain;

/** Which way is progress. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
