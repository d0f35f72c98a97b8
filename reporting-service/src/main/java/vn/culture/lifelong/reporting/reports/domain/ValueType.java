package vn.culture.lifelong.reporting.reports.domain;

/** How a unit reports an indicator (plans-service's catalogue): a number, yes or no, or a numerator over a denominator. */
public enum ValueType {
    NUMBER,
    YES_NO,
    RATIO
}
