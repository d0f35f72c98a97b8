package vn.culture.lifelong.reporting.obligations.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.reporting.obligations.service.AdHocRequests;

@Schema(name = "ReportRequestCreated", description = "An ad-hoc request and the obligation of each unit asked")
public record ReportRequestResponse(long id, long planId, String receivingUnitCode, String title, LocalDate dueDate,
        String requestedBy, OffsetDateTime requestedAt, List<Owed> obligations) {

    @Schema(name = "ReportRequestObligation")
    public record Owed(long id, String unitCode) {
    }

    public static ReportRequestResponse of(AdHocRequests.Created created) {
        var request = created.request();
        return new ReportRequestResponse(request.id, request.planId, created.units().get(request.receivingUnitId).code(),
                request.title, request.dueDate, request.requestedBy, request.requestedAt,
                created.obligations().stream()
                        .map(obligation -> new Owed(obligation.id, created.units().get(obligation.unitId).code())).toList());
    }
}
