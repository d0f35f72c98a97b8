package vn.culture.lifelong.plans.indicators.domain;

/** Which way is progress. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
