package vn.culture.lifelong.plans.units.domain;

/** How a closed unit lives on: merged into one successor (with others), or split into several. */
public enum SuccessionKind {
    MERGED_INTO,
    SPLIT_INTO
}
