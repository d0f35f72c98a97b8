package vn.culture.lifelong.reporting.reports.service;

import java.time.Clock;
import vn.culture.lifelong.kit.persistence.Timestamps;
import vn.culture.lifelong.reporting.obligations.domain.Timeliness;

/** A report as answered: its context and whether it came in time, as of now. */
public record ReportDetails(ReportContext context, Timeliness timeliness) {

    public static ReportDetails asOf(ReportContext context, Clock clock) {
        return new ReportDetails(context, context.obligation().timeliness(Timestamps.now(clock)));
    }
}
