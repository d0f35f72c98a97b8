package vn.culture.lifelong.reporting.reports.domain;

import java.util.EnumSet;
import java.util.Set;
import vn.culture.lifelong.reporting.obligations.domain.ObligationStatus;

/**
 * The life of a report: DRAFT → SUBMITTED → ACCEPTED, or RETURNED (editable again) → SUBMITTED; an ACCEPTED report
 * is reopened to RETURNED by a reviewer or admin, with a reason.
 */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** What can happen to a report, and from which states. */
    public enum Step {
        EDIT(EnumSet.of(DRAFT, RETURNED), null),
        SUBMIT(EnumSet.of(DRAFT, RETURNED), SUBMITTED),
        RETURN(EnumSet.of(SUBMITTED), RETURNED),
        ACCEPT(EnumSet.of(SUBMITTED), ACCEPTED),
        REOPEN(EnumSet.of(ACCEPTED), RETURNED);

        private final Set<ReportStatus> from;
        private final ReportStatus to;

        Step(Set<ReportStatus> from, ReportStatus to) {
            this.from = from;
            this.to = to;
        }

        public boolean isAllowedFrom(ReportStatus status) {
            return from.contains(status);
        }

        /** The states the step may be taken from. */
        public Set<ReportStatus> allowedFrom() {
            return Set.copyOf(from);
        }

        /** The state after the step; an edit leaves the state as it is. */
        public ReportStatus after(ReportStatus status) {
            return to == null ? status : to;
        }
    }

    public ObligationStatus asObligationStatus() {
        return ObligationStatus.valueOf(name());
    }
}
