package vn.culture.lifelong.reporting.imports.service;

import java.util.List;
import vn.culture.lifelong.kit.problem.Violation;

/**
 * What an import did, or would do on a dry run: rows that filled a blank line, changed a value, found it already
 * there, or were refused (each with the field at fault and why).
 *
 * @param written whether any value was written: not on a dry run, nor when every value was already there
 */
public record ImportSummary(int rows, int imported, int updated, int unchanged, List<Refusal> refused, boolean dryRun,
        boolean written) {

    /** A refused row, by its index among the rows sent (0 for the first). */
    public record Refusal(int row, Violation violation) {
    }
}
