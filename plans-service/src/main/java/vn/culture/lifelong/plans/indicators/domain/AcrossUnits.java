package vn.culture.lifelong.plans.indicators.domain;

/** How children's values combine into a parent's, never by a plain average: summed; coverage (units answering yes over units in scope); ratio of the summed numerators and denominators; or the latest value. */
public enum AcrossUnits {
    SUM,
    COVERAGE,
    RATIO_OF_SUMS,
    LATEST
}
