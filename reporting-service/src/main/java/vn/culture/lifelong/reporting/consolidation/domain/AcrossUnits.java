package vn.culture.lifelong.reporting.consolidation.domain;

/**
 * How an indicator's values of several units combine (plans-service's catalogue): summed; as coverage (units answering
 * yes over the units expected); as the ratio of the summed numerators and denominators; or the latest one reported.
 */
public enum AcrossUnits {
    SUM,
    COVERAGE,
    RATIO_OF_SUMS,
    LATEST
}
