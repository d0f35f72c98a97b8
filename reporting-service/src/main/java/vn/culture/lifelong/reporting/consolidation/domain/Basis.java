package vn.culture.lifelong.reporting.consolidation.domain;

import java.util.Set;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;

/** Which reports a consolidated figure counts: accepted ones (the default), or submitted ones too. */
public enum Basis {
    ACCEPTED(Set.of(ReportStatus.ACCEPTED)),
    SUBMITTED(Set.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED));

    private final Set<ReportStatus> counted;

    Basis(Set<ReportStatus> counted) {
        this.counted = counted;
    }

    public boolean counts(ReportStatus status) {
        return counted.contains(status);
    }
}
