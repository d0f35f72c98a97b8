package vn.culture.lifelong.plans.units.service;

import java.time.LocalDate;
import java.util.List;
import vn.culture.lifelong.plans.units.domain.AdministrativeLevel;
import vn.culture.lifelong.plans.units.domain.UnitKind;

/**
 * What a caller wants a unit to be. Code, first and last day and successors are only used on creation: a unit
 * that no longer exists (a pre-2025 commune a plan names) is created with its last day and successors at once.
 */
public record UnitDraft(String code, String name, UnitKind kind, AdministrativeLevel level, String parentCode,
        LocalDate validFrom, LocalDate validTo, List<SuccessorDraft> successors) {

    public UnitDraft {
        successors = successors == null ? List.of() : List.copyOf(successors);
    }

    /** A unit that exists from {@code validFrom} (or since ever) and still does. */
    public static UnitDraft open(String code, String name, UnitKind kind, AdministrativeLevel level, String parentCode,
            LocalDate validFrom) {
        return new UnitDraft(code, name, kind, level, parentCode, validFrom, null, List.of());
    }
}
