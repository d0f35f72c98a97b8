package vn.culture.lifelong.reporting.progress.domain;

import java.math.BigDecimal;

/**
 * A target judged for a year.
 *
 * @param actual the consolidated actual, in the target's terms (a number, a percent, a count of units, 1 or 0 for a
 *        milestone done or not)
 * @param basis which reports it comes from: ANNUAL, or HALF_YEAR while the year's report is not in
 * @param projected the half-year's actual projected to the year, when that is what the status rests on
 * @param required what the year asks for, when it is computed (a growth compounded from its baseline)
 */
public record Evaluation(Status status, BigDecimal actual, String basis, BigDecimal projected, BigDecimal required) {

    public static final String ANNUAL = "ANNUAL";
    public static final String HALF_YEAR = "HALF_YEAR";

    public static Evaluation noData() {
        return new Evaluation(Status.NO_DATA, null, null, null, null);
    }
}
