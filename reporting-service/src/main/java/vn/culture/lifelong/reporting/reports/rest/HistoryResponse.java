package vn.culture.lifelong.reporting.reports.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.reporting.reports.domain.HistoryEntry;

@Schema(name = "ReportHistoryEntry", description = "A change of state or of one value: who, when, old and new, why")
public record HistoryResponse(
        OffsetDateTime at,
        @Schema(examples = "reporter.dongdang") String actor,
        @Schema(examples = "06184") String actorUnit,
        HistoryEntry.Action action,
        @Schema(description = "What changed: status, a line lines[target/unit], tasks[key].progress, results…",
                examples = "lines[T01/06184]") String field,
        String oldValue, String newValue, String reason) {

    public static HistoryResponse of(HistoryEntry entry) {
        return new HistoryResponse(entry.at, entry.actor, entry.actorUnit, entry.action, entry.field, entry.oldValue,
                entry.newValue, entry.reason);
    }
}
