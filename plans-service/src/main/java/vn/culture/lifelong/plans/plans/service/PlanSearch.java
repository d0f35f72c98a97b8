package vn.culture.lifelong.plans.plans.service;

import java.time.LocalDate;
import java.util.Optional;
import vn.culture.lifelong.plans.plans.domain.PlanStatus;

/**
 * What a list of plans may be narrowed to: plans issued by a unit or units under it (its code read {@code on} a
 * day, since codes were reused in 2025), of a status, of a programme, running in a year.
 */
public record PlanSearch(Optional<String> issuedWithin, Optional<LocalDate> on, Optional<PlanStatus> status,
        Optional<String> programme, Optional<Integer> year) {
}
