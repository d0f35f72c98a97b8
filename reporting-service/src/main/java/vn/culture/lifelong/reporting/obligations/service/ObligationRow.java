package vn.culture.lifelong.reporting.obligations.service;

import java.time.LocalDate;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.obligations.domain.ObligationStatus;
import vn.culture.lifelong.reporting.obligations.domain.Timeliness;

/** An obligation as lists show it: with its plan's number and its units' codes and names. */
public record ObligationRow(long id, long planId, String planNumber, String unitCode, String unitName,
        String receivingUnitCode, ObligationKind kind, int year, String title, LocalDate dataFrom, LocalDate dataTo,
        LocalDate dueDate, ObligationStatus status, Long reportId, Timeliness timeliness, int returnCount) {
}
