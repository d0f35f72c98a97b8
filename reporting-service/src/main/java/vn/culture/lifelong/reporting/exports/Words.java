package vn.culture.lifelong.reporting.exports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import vn.culture.lifelong.kit.persistence.VietnamTime;
import vn.culture.lifelong.reporting.consolidation.domain.AcrossUnits;
import vn.culture.lifelong.reporting.consolidation.domain.Basis;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.obligations.domain.ObligationStatus;
import vn.culture.lifelong.reporting.obligations.domain.Timeliness;
import vn.culture.lifelong.reporting.progress.domain.Status;
import vn.culture.lifelong.reporting.progress.domain.TargetKind;
import vn.culture.lifelong.reporting.reports.domain.ValueType;
import vn.culture.lifelong.reporting.units.domain.UnitRef;

/** The Vietnamese words spreadsheets show for the API's codes, and how they write units, periods and days. */
public final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    /** Between the parts of a filter line. */
    static final String AND = "; ";

    private Words() {
    }

    public static String kind(ObligationKind kind) {
        return switch (kind) {
            case HALF_YEAR -> "6 tháng";
            case ANNUAL -> "Năm";
            case AD_HOC -> "Đột xuất";
        };
    }

    /** "6 tháng đầu năm 2026", "năm 2026". */
    public static String period(ObligationKind kind, int year) {
        return switch (kind) {
            case HALF_YEAR -> "6 tháng đầu năm " + year;
            case ANNUAL -> "năm " + year;
            case AD_HOC -> "đột xuất năm " + year;
        };
    }

    public static String status(ObligationStatus status) {
        return switch (status) {
            case NOT_STARTED -> "Chưa lập";
            case DRAFT -> "Dự thảo";
            case SUBMITTED -> "Đã gửi";
            case RETURNED -> "Bị trả lại";
            case ACCEPTED -> "Đã chấp nhận";
        };
    }

    public static String timeliness(Timeliness timeliness) {
        return switch (timeliness) {
            case PENDING -> "Chưa đến hạn";
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Muộn";
            case OVERDUE -> "Quá hạn";
            case NO_DEADLINE -> "Không có hạn";
        };
    }

    public static String status(Status status) {
        return switch (status) {
            case MET -> "Đạt";
            case ON_TRACK -> "Đúng tiến độ";
            case AT_RISK -> "Có nguy cơ không đạt";
            case NOT_MET -> "Không đạt";
            case NO_DATA -> "Chưa có số liệu";
        };
    }

    public static String targetKind(String kind) {
        return switch (TargetKind.valueOf(kind)) {
            case ABSOLUTE -> "Giá trị tuyệt đối";
            case RANGE -> "Khoảng giá trị";
            case COUNT_OF_ACTIVITIES -> "Số hoạt động";
            case GROWTH -> "Tăng trưởng";
            case COVERAGE -> "Tỷ lệ bao phủ";
            case COUNT_OUT_OF_TOTAL -> "Số trên tổng số";
            case SHARE_OF_POPULATION -> "Tỷ lệ dân số";
            case MILESTONE -> "Mốc hoàn thành";
            case RECURRING -> "Định kỳ";
        };
    }

    /** Whether a target of {@code kind} is stated in percent. */
    public static boolean inPercent(String kind) {
        TargetKind targetKind = TargetKind.valueOf(kind);
        return targetKind == TargetKind.COVERAGE || targetKind == TargetKind.SHARE_OF_POPULATION
                || targetKind == TargetKind.GROWTH;
    }

    /** ANNUAL or HALF_YEAR, the reports a target's status rests on. */
    public static String basis(String basis) {
        return basis == null ? null : switch (ObligationKind.valueOf(basis)) {
            case ANNUAL -> "Báo cáo năm";
            case HALF_YEAR -> "Báo cáo 6 tháng (ước cả năm)";
            case AD_HOC -> "Báo cáo đột xuất";
        };
    }

    public static String counted(Basis basis) {
        return switch (basis) {
            case ACCEPTED -> "báo cáo đã được chấp nhận";
            case SUBMITTED -> "báo cáo đã gửi và đã được chấp nhận";
        };
    }

    public static String rule(AcrossUnits rule) {
        return switch (rule) {
            case SUM -> "cộng tổng";
            case COVERAGE -> "tỷ lệ đơn vị đạt trên số đơn vị phải báo cáo";
            case RATIO_OF_SUMS -> "tổng tử số trên tổng mẫu số";
            case LATEST -> "giá trị mới nhất";
        };
    }

    public static String valueType(ValueType type) {
        return switch (type) {
            case NUMBER -> "Số";
            case YES_NO -> "Có/Không (true/false)";
            case RATIO -> "Tỷ lệ (tử số, mẫu số)";
        };
    }

    /** An administrative level as people say it; the nation for the country. */
    public static String level(UnitRef unit) {
        if (unit.equals(UnitRef.NATION)) {
            return "Cả nước";
        }
        return switch (unit.level()) {
            case "CENTRAL" -> "Trung ương";
            case "PROVINCE" -> "Tỉnh";
            case "DISTRICT" -> "Huyện";
            case "COMMUNE" -> "Xã";
            case "VILLAGE" -> "Thôn";
            default -> unit.level();
        };
    }

    /** "Tỉnh Lạng Sơn (20)". */
    public static String unit(UnitRef unit) {
        return unit.equals(UnitRef.NATION) ? unit.name() : unit.name() + " (" + unit.code() + ")";
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** An instant as the clock on a wall in Vietnam shows it. */
    public static String minute(OffsetDateTime instant) {
        return MINUTE.format(instant.atZoneSameInstant(VietnamTime.ZONE));
    }
}
