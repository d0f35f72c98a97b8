package vn.culture.lifelong.plans.plans.domain;

/** The people a share-of-population target counts: "70% dân đô thị, 50% dân nông thôn", "80% học sinh". */
public enum PopulationGroup {
    ALL,
    URBAN,
    RURAL,
    PUPILS_AND_STUDENTS
}
