package vn.culture.lifelong.plans.indicators.domain;

/** How a unit's values within a period combine: summed (visits in a year) or the last one (a state at the end). */
public enum OverTime {
    SUM,
    LAST
}
