package vn.culture.lifelong.reporting.documents.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.plans.domain.PlanTarget;
import vn.culture.lifelong.reporting.exports.Words;
import vn.culture.lifelong.reporting.reports.domain.TaskProgress;

/**
 * How the documents say things in Vietnamese beyond the spreadsheets' words ({@link Words}): numbers (1.250,5), a
 * report's period, tasks' progress, what targets ask and what was done.
 */
public final class Wording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int DECIMALS = 2;

    private Wording() {
    }

    /** {@code 1250.5} as {@code 1.250,5}: dots group thousands, a comma marks decimals. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        return format.format(value.setScale(DECIMALS, RoundingMode.HALF_UP));
    }

    /** A periodic report's period, as titles say it: {@code 6 tháng đầu năm 2026}, {@code năm 2026}. */
    public static String period(ObligationKind kind, int year, String adHocTitle) {
        return kind == ObligationKind.AD_HOC ? adHocTitle : Words.period(kind, year);
    }

    public static String progress(TaskProgress.Progress progress) {
        if (progress == null) {
            return "Chưa báo cáo";
        }
        return switch (progress) {
            case NOT_STARTED -> "Chưa triển khai";
            case IN_PROGRESS -> "Đang thực hiện";
            case DONE -> "Hoàn thành";
            case BLOCKED -> "Gặp vướng mắc";
        };
    }

    /** What a target asks of {@code year}, e.g. {@code ≥ 1.250 lượt}, {@code 77/85}, {@code Hoàn thành trước 23/11/2026}. */
    public static String target(PlanTarget target, int year, String unitOfMeasure) {
        if (target.dueBy() != null) {
            return "Hoàn thành trước " + DAY.format(target.dueBy());
        }
        if (target.recurrence() != null) {
            PlanTarget.Recurrence recurrence = target.recurrence();
            return recurrence.times() + " lần/" + (recurrence.everyYears() == 1 ? "năm" : recurrence.everyYears() + " năm");
        }
        String measure = Words.inPercent(target.kind()) ? "%" : unitOfMeasure;
        String asked = target.valueIn(year).map(value -> value(value, measure)).orElse("");
        return "GROWTH".equals(target.kind()) && !asked.isEmpty() ? "Tăng " + asked + "/năm" : asked;
    }

    /** What a target's actual is, in its terms: a percent, a count of units, done or not, or a number of its measure. */
    public static String actual(String targetKind, BigDecimal actual, String unitOfMeasure) {
        if (actual == null) {
            return "";
        }
        if (Words.inPercent(targetKind) && !"GROWTH".equals(targetKind)) {
            return number(actual) + "%";
        }
        if ("MILESTONE".equals(targetKind)) {
            return actual.signum() > 0 ? "Hoàn thành" : "Chưa hoàn thành";
        }
        return number(actual) + (unitOfMeasure == null || unitOfMeasure.isBlank() || "COUNT_OUT_OF_TOTAL".equals(targetKind)
                ? "" : " " + unitOfMeasure);
    }

    private static String value(PlanTarget.Value value, String unitOfMeasure) {
        String unit = unitOfMeasure == null || unitOfMeasure.isBlank() ? "" : "%".equals(unitOfMeasure) ? "%" : " " + unitOfMeasure;
        if (value.outOf() != null) {
            return number(value.min()) + "/" + value.outOf();
        }
        if (value.min() != null && value.max() != null) {
            return number(value.min()) + " – " + number(value.max()) + unit;
        }
        if (value.min() != null) {
            return (value.exclusiveMin() ? "trên " : "≥ ") + number(value.min()) + unit;
        }
        return value.max() == null ? "" : "≤ " + number(value.max()) + unit;
    }

    /** A free text as paragraphs: one per non-blank line. */
    public static List<String> paragraphs(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
