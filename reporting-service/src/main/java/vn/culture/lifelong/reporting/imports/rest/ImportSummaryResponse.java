package vn.culture.lifelong.reporting.imports.rest;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.kit.problem.Messages;
import vn.culture.lifelong.reporting.imports.service.ImportSummary;

@Schema(name = "ImportSummary", description = "What a bulk import did (or, on a dry run, would do)")
public record ImportSummaryResponse(
        @Schema(description = "Rows sent") int rows,
        @Schema(description = "Rows that filled a blank line") int imported,
        @Schema(description = "Rows that changed a value") int updated,
        @Schema(description = "Rows whose value was already there") int unchanged,
        @Schema(description = "Rows refused, each listed in refusals") int refused,
        List<Refusal> refusals,
        boolean dryRun,
        @Schema(description = "Whether any value was written: not on a dry run, nor when all were there")
        boolean written) {

    @Schema(name = "ImportRefusal")
    public record Refusal(
            @Schema(description = "The row's index among those sent, from 0") int row,
            @Schema(examples = "values[3].unit") String field,
            String reason) {
    }

    static ImportSummaryResponse of(ImportSummary summary, Messages messages, Locale locale) {
        return new ImportSummaryResponse(summary.rows(), summary.imported(), summary.updated(), summary.unchanged(),
                summary.refused().size(), summary.refused().stream().map(refusal -> new Refusal(refusal.row(),
                        refusal.violation().field(), messages.get(locale, refusal.violation().messageKey(),
                                refusal.violation().arguments().toArray()))).toList(),
                summary.dryRun(), summary.written());
    }
}
