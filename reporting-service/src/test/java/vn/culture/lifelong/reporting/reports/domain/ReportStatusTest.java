package vn.culture.lifelong.reporting.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.culture.lifelong.reporting.reports.domain.ReportStatus.ACCEPTED;
import static vn.culture.lifelong.reporting.reports.domain.ReportStatus.DRAFT;
import static vn.culture.lifelong.reporting.reports.domain.ReportStatus.RETURNED;
import static vn.culture.lifelong.reporting.reports.domain.ReportStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus.Step;

/** DRAFT → SUBMITTED → ACCEPTED, or RETURNED → SUBMITTED; ACCEPTED reopened to RETURNED. Nothing else. */
class ReportStatusTest {

    private static Set<ReportStatus> allowedFrom(Step step) {
        return EnumSet.allOf(ReportStatus.class).stream().filter(step::isAllowedFrom).collect(Collectors.toSet());
    }

    @Test
    void eachStepIsAllowedFromItsStatesOnly() {
        assertThat(allowedFrom(Step.EDIT)).containsExactlyInAnyOrder(DRAFT, RETURNED);
        assertThat(allowedFrom(Step.SUBMIT)).containsExactlyInAnyOrder(DRAFT, RETURNED);
        assertThat(allowedFrom(Step.RETURN)).containsExactly(SUBMITTED);
        assertThat(allowedFrom(Step.ACCEPT)).containsExactly(SUBMITTED);
        assertThat(allowedFrom(Step.REOPEN)).containsExactly(ACCEPTED);
    }

    @Test
    void eachStepLeadsToItsState() {
        assertThat(Step.SUBMIT.after(DRAFT)).isEqualTo(SUBMITTED);
        assertThat(Step.SUBMIT.after(RETURNED)).isEqualTo(SUBMITTED);
        assertThat(Step.RETURN.after(SUBMITTED)).isEqualTo(RETURNED);
        assertThat(Step.ACCEPT.after(SUBMITTED)).isEqualTo(ACCEPTED);
        assertThat(Step.REOPEN.after(ACCEPTED)).isEqualTo(RETURNED);
        assertThat(Step.EDIT.after(RETURNED)).isEqualTo(RETURNED);
    }

    @Test
    void everyReportStateIsAnObligationState() {
        for (ReportStatus status : ReportStatus.values()) {
            assertThat(status.asObligationStatus().name()).isEqualTo(status.name());
        }
    }
}
