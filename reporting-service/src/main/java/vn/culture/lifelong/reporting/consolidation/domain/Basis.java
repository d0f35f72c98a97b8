package vn.culture.lifelong.reporting.consolidation.domain;

import java.util.Set;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;

/** Which reports a consolidated figure counts: accepted ones (the default), or submitted ones too. */
public enum Basis {
    ACCEPTED(Set.of(ReportStatus.ACCEPTED)),
    SUBMITTED(Set.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED));

    /** The value of an {@code include} query parameter asking for submitted reports too. */
    public static final String INCLUDE_SUBMITTED = "submitted";

    private final Set<ReportStatus> counted;

    Basis(Set<ReportStatus> counted) {
        this.counted = counted;
    }

    /** The basis an {@code include} query parameter asks for: SUBMITTED for "submitted", ACCEPTED when absent. */
    public static Basis ofInclude(String include) {
        return INCLUDE_SUBMITTED.equals(include) ? SUBMITTED : ACCEPTED;
    }

    public boolean counts(ReportStatus status) {
        return counted.contains(status);
    }

    /** The states of the reports counted. */
    public Set<ReportStatus> counted() {
        return counted;
    }
}
