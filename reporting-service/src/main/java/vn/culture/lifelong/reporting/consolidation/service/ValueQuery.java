package vn.culture.lifelong.reporting.consolidation.service;

import java.util.Optional;
import vn.culture.lifelong.reporting.consolidation.domain.Basis;
import vn.culture.lifelong.reporting.obligations.domain.ObligationKind;

/** A consolidated value asked for: an indicator, a unit's tree (the caller's by default), a period, optionally one plan. */
public record ValueQuery(String indicator, Optional<String> unit, int year, ObligationKind kind, Optional<Long> plan,
        Basis basis) {
}
