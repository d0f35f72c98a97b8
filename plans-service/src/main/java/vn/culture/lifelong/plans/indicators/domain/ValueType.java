package vn.culture.lifelong.plans.indicators.domain;

/** How one unit reports the indicator: a number, yes or no, or a numerator over a denominator (a share). */
public enum ValueType {
    NUMBER,
    YES_NO,
    RATIO
}
