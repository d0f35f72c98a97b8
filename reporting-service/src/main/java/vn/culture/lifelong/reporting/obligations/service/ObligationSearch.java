package vn.culture.lifelong.reporting.obligations.service;

import java.time.LocalDate;
import java.util.Optional;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;
import vn.culture.lifelong.reporting.obligations.domain.ObligationStatus;
import vn.culture.lifelong.reporting.obligations.domain.Timeliness;

/**
 * Filters of the obligation list: owed by {@code unit} or a unit under it, received by {@code receivingUnit}, of a
 * plan, year, kind, status, timeliness, due by a day. "What is overdue in Lạng Sơn" is {@code unit=20,
 * timeliness=OVERDUE}; "what falls due this month" adds {@code timeliness=PENDING, dueBy=…}.
 */
public record ObligationSearch(Optional<String> unit, Optional<String> receivingUnit, Optional<Long> plan,
        Optional<Integer> year, Optional<ObligationKind> kind, Optional<ObligationStatus> status,
        Optional<Timeliness> timeliness, Optional<LocalDate> dueBy) {
}
