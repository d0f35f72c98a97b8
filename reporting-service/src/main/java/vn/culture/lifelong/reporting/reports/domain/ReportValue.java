package vn.culture.lifelong.reporting.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;

/**
 * One line of a report: the value of one target's indicator for one unit. Plan, indicator, period and unit are kept on
 * the row so that consolidation reads values by index without joining reports.
 */
@Embeddable
public class ReportValue {

    @Column(name = "target_key", nullable = false)
    public String targetKey;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "plan_id", nullable = false)
    public long planId;

    @Column(nullable = false)
    public String indicator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObligationKind kind;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false)
    public ValueType valueType;

    @Column(name = "number_value")
    public BigDecimal numberValue;

    @Column(name = "yes_no")
    public Boolean yesNo;

    public BigDecimal numerator;

    public BigDecimal denominator;

    /** Counted from the calendar (activities held), until a reporter writes a value of their own. */
    @Column(name = "from_calendar", nullable = false)
    public boolean fromCalendar;

    /** The activities a line counted from the calendar counts, by id. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "calendar_activities")
    public List<Long> calendarActivities;

    /** Sets the value to the count of {@code activities} held, as the calendar says. */
    public void countFromCalendar(List<Long> activities) {
        numberValue = BigDecimal.valueOf(activities.size());
        fromCalendar = true;
        calendarActivities = List.copyOf(activities);
    }

    public boolean isAnswered() {
        return switch (valueType) {
            case NUMBER -> numberValue != null;
            case YES_NO -> yesNo != null;
            case RATIO -> numerator != null && denominator != null;
        };
    }

    /** The value as text, for the history: numbers without the trailing zeros of their stored scale (120, not 120.0000). */
    public String describe() {
        return switch (valueType) {
            case NUMBER -> numberValue == null ? null : plain(numberValue);
            case YES_NO -> yesNo == null ? null : yesNo.toString();
            case RATIO -> numerator == null && denominator == null ? null
                    : plain(numerator) + "/" + plain(denominator);
        };
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
