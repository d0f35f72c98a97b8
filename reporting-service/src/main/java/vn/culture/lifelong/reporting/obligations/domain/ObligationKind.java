package vn.culture.lifelong.reporting.obligations.domain;

/** Báo cáo 6 tháng, năm, đột xuất (Decree 09/2019/NĐ-CP). */
public enum ObligationKind {
    HALF_YEAR,
    ANNUAL,
    AD_HOC
}
