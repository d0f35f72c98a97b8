package vn.culture.lifelong.reporting.progress.domain;

/** The kinds of target plans-service's documents hold (DOMAIN.md, "Targets — the kinds the seeds contain"). */
public enum TargetKind {
    ABSOLUTE,
    RANGE,
    COUNT_OF_ACTIVITIES,
    GROWTH,
    COVERAGE,
    COUNT_OUT_OF_TOTAL,
    SHARE_OF_POPULATION,
    MILESTONE,
    RECURRING
}
