package vn.culture.lifelong.reporting.reports.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import vn.culture.lifelong.kit.security.Caller;
import vn.culture.lifelong.reporting.reports.domain.ReportValue;

/**
 * Writes a value into a line of a draft and records the change in the report's history; a value of the reporter's own
 * (or of an import) over a count from the calendar takes the line from the calendar, and the history says so.
 */
@ApplicationScoped
public class ReportLines {

    /** Where a line's value came from, as the history tells when a count from the calendar is overridden. */
    private static final String CALENDAR = "CALENDAR";
    private static final String REPORTER = "REPORTER";

    /** What a write did to a line. */
    public enum Change {
        /** The line was blank and now has a value. */
        FILLED,
        /** The line had another value. */
        CHANGED,
        /** The line already had this value (or stays blank). */
        UNCHANGED
    }

    /** A line's new value: a number or true/false, or a numerator over a denominator; all empty to blank it. */
    public record Value(JsonNode value, BigDecimal numerator, BigDecimal denominator) {

        public static final Value BLANK = new Value(null, null, null);
    }

    private final ReportHistory history;

    public ReportLines(ReportHistory history) {
        this.history = history;
    }

    /** Writes {@code value} into {@code line} of report {@code reportId}, whose unit bears {@code unitCode}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change write(long reportId, ReportValue line, String unitCode, Value value, Caller caller, OffsetDateTime now) {
        String field = "lines[" + line.targetKey + "/" + unitCode + "]";
        String before = line.describe();
        set(line, value);
        String after = line.describe();
        if (Objects.equals(before, after)) {
            return Change.UNCHANGED;
        }
        if (line.fromCalendar) {
            line.fromCalendar = false;
            line.calendarActivities = null;
            history.change(reportId, field + ".source", CALENDAR, REPORTER, caller, now);
        }
        history.change(reportId, field, before, after, caller, now);
        return before == null ? Change.FILLED : Change.CHANGED;
    }

    private static void set(ReportValue line, Value sent) {
        line.numberValue = null;
        line.yesNo = null;
        line.numerator = null;
        line.denominator = null;
        boolean hasValue = sent.value() != null && !sent.value().isNull();
        switch (line.valueType) {
            case NUMBER -> line.numberValue = hasValue ? sent.value().decimalValue() : null;
            case YES_NO -> line.yesNo = hasValue ? sent.value().booleanValue() : null;
            case RATIO -> {
                line.numerator = sent.numerator();
                line.denominator = sent.denominator();
            }
        }
    }
}
