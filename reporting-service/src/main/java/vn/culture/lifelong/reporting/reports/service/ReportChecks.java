package vn.culture.lifelong.reporting.reports.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.culture.lifelong.kit.problem.Violation;
import vn.culture.lifelong.reporting.reports.domain.Report;
import vn.culture.lifelong.reporting.reports.domain.ReportValue;
import vn.culture.lifelong.reporting.reports.domain.ValueType;
import vn.culture.lifelong.reporting.units.domain.UnitRef;

/**
 * The rules a report's content keeps. What is sent into a draft must fit its lines and their types; a report must be
 * whole to be submitted. Every broken rule is listed, each naming its field.
 */
public final class ReportChecks {

    /** The largest value, numerator or denominator a line holds (NUMERIC(20, 4)): sixteen digits before the point. */
    static final BigDecimal LARGEST = new BigDecimal("9999999999999999.9999");

    private ReportChecks() {
    }

    /**
     * What {@code content} breaks when written into {@code report}: lines the draft does not have (a unit outside the
     * reporter's tree, a target the plan does not set), a line sent twice, a value of the wrong type, a task the
     * report does not list.
     */
    static List<Violation> ofContent(ReportContent content, Report report, Map<String, UnitRef> unitsByCode) {
        List<Violation> broken = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < content.lines().size(); i++) {
            ReportContent.Line line = content.lines().get(i);
            String field = "lines[" + i + "]";
            UnitRef unit = unitsByCode.get(line.unitCode());
            ReportValue target = unit == null ? null : lineOf(report, line.target(), unit.unitId());
            if (target == null) {
                broken.add(Violation.of(field + ".unitCode", "report.line.unknown", line.target(), line.unitCode()));
            } else if (!seen.add(line.target() + "/" + line.unitCode())) {
                broken.add(Violation.of(field, "report.line.twice", line.target(), line.unitCode()));
            } else {
                broken.addAll(ofValue(new ReportLines.Value(line.value(), line.numerator(), line.denominator()),
                        target.valueType, field));
            }
        }
        Set<String> tasks = new HashSet<>();
        report.tasks.forEach(task -> tasks.add(task.taskKey));
        Set<String> seenTasks = new HashSet<>();
        for (int i = 0; i < content.tasks().size(); i++) {
            String task = content.tasks().get(i).task();
            if (!tasks.contains(task)) {
                broken.add(Violation.of("tasks[" + i + "].task", "report.task.unknown", task));
            } else if (!seenTasks.add(task)) {
                broken.add(Violation.of("tasks[" + i + "].task", "report.task.twice", task));
            }
        }
        return broken;
    }

    /** What {@code sent} breaks as the value of a line of {@code type}, each field under {@code field}. */
    public static List<Violation> ofValue(ReportLines.Value sent, ValueType type, String field) {
        List<Violation> broken = new ArrayList<>();
        JsonNode value = sent.value();
        boolean hasValue = value != null && !value.isNull();
        switch (type) {
            case NUMBER -> {
                if (hasValue && (!isFiniteNumber(value) || value.decimalValue().signum() < 0)) {
                    broken.add(Violation.of(field + ".value", "report.value.number"));
                } else if (hasValue && tooLarge(value.decimalValue())) {
                    broken.add(Violation.of(field + ".value", "report.value.too-large", LARGEST.toPlainString()));
                }
                noShare(sent, field, type, broken);
            }
            case YES_NO -> {
                if (hasValue && !value.isBoolean()) {
                    broken.add(Violation.of(field + ".value", "report.value.yes-no"));
                }
                noShare(sent, field, type, broken);
            }
            case RATIO -> {
                if (hasValue) {
                    broken.add(Violation.of(field + ".value", "report.value.ratio"));
                }
                if (sent.numerator() != null && sent.numerator().signum() < 0) {
                    broken.add(Violation.of(field + ".numerator", "report.value.negative"));
                } else if (tooLarge(sent.numerator())) {
                    broken.add(Violation.of(field + ".numerator", "report.value.too-large", LARGEST.toPlainString()));
                }
                if (sent.denominator() != null && sent.denominator().signum() <= 0) {
                    broken.add(Violation.of(field + ".denominator", "report.value.denominator"));
                } else if (tooLarge(sent.denominator())) {
                    broken.add(Violation.of(field + ".denominator", "report.value.too-large", LARGEST.toPlainString()));
                }
            }
        }
        return broken;
    }

    /** A number with a decimal value: 1e309 is read from JSON as infinity, which has none. */
    private static boolean isFiniteNumber(JsonNode value) {
        return value.isNumber() && (value.isBigDecimal() || value.isIntegralNumber() || Double.isFinite(value.doubleValue()));
    }

    private static boolean tooLarge(BigDecimal number) {
        return number != null && number.abs().compareTo(LARGEST) > 0;
    }

    private static void noShare(ReportLines.Value sent, String field, ValueType type, List<Violation> broken) {
        if (sent.numerator() != null || sent.denominator() != null) {
            broken.add(Violation.of(field + (sent.numerator() != null ? ".numerator" : ".denominator"),
                    "report.value.not-ratio", type));
        }
    }

    /**
     * What keeps {@code report} from being submitted: a line without its value, a numerator above its denominator, a
     * line for a unit no longer in the reporter's tree. Fields name lines in the order the report lists them.
     */
    static List<Violation> ofSubmission(Report report, UnitRef reporter, Map<Long, UnitRef> unitsById) {
        List<Violation> broken = new ArrayList<>();
        for (int i = 0; i < report.values.size(); i++) {
            ReportValue line = report.values.get(i);
            String field = "lines[" + i + "]";
            UnitRef unit = unitsById.get(line.unitId);
            String unitCode = unit == null ? Long.toString(line.unitId) : unit.code();
            if (unit == null || !unit.isInSubtreeOf(reporter)) {
                broken.add(Violation.of(field + ".unitCode", "report.line.outside", line.targetKey, unitCode));
            }
            if (!line.isAnswered()) {
                broken.add(Violation.of(field + (line.valueType == ValueType.RATIO ? ".numerator" : ".value"),
                        "report.value.missing", line.targetKey, unitCode));
            } else if (line.valueType == ValueType.RATIO && line.numerator.compareTo(line.denominator) > 0) {
                broken.add(Violation.of(field + ".numerator", "report.value.numerator-above", line.targetKey, unitCode,
                        plain(line.numerator), plain(line.denominator)));
            }
        }
        return broken;
    }

    static ReportValue lineOf(Report report, String target, long unitId) {
        return report.values.stream().filter(line -> line.targetKey.equals(target) && line.unitId == unitId)
                .findFirst().orElse(null);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
