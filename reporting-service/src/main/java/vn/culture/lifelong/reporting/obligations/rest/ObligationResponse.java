package vn.culture.lifelong.reporting.obligations.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.obligations.domain.ObligationStatus;
import vn.culture.lifelong.reporting.obligations.domain.Timeliness;
import vn.culture.lifelong.reporting.obligations.service.ObligationRow;

@Schema(name = "Obligation", description = "A report a unit owes: of a plan, for a period, to a receiving unit, by a date")
public record ObligationResponse(
        long id, long planId,
        @Schema(examples = "207/KH-UBND") String planNumber,
        @Schema(examples = "06184") String unitCode,
        @Schema(examples = "Xã Đồng Đăng") String unitName,
        @Schema(examples = "20") String receivingUnitCode,
        ObligationKind kind, int year,
        @Schema(description = "The ad-hoc request's title, or the regime report's") String title,
        @Schema(description = "First day of the data window (Decree 09/2019 unless the plan says otherwise)") LocalDate dataFrom,
        LocalDate dataTo,
        @Schema(description = "Empty where the plan sets no deadline") LocalDate dueDate,
        ObligationStatus status,
        @Schema(description = "The report answering it, once started") Long reportId,
        Timeliness timeliness,
        @Schema(description = "How often its report was returned") int returnCount) {

    public static ObligationResponse of(ObligationRow row) {
        return new ObligationResponse(row.id(), row.planId(), row.planNumber(), row.unitCode(), row.unitName(),
                row.receivingUnitCode(), row.kind(), row.year(), row.title(), row.dataFrom(), row.dataTo(), row.dueDate(),
                row.status(), row.reportId(), row.timeliness(), row.returnCount());
    }
}
