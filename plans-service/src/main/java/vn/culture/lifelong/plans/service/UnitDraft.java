package vn.culture.lifelong.plans.service;

import java.time.LocalDate;
import vn.culture.lifelong.plans.domain.AdministrativeLevel;
import vn.culture.lifelong.plans.domain.UnitKind;

/** What a caller wants a unit to be; code and first day are only used on creation. */
public record UnitDraft(String code, String name, UnitKind kind, AdministrativeLevel level, String parentCode,
        LocalDate validFrom) {
}
