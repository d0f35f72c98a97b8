package vn.culture.lifelong.plans.service;

import vn.culture.lifelong.plans.domain.AdministrativeLevel;
import vn.culture.lifelong.plans.domain.UnitKind;

/** What a caller wants a unit to be; the code is only used on creation. */
public record UnitDraft(String code, String name, UnitKind kind, AdministrativeLevel level, String parentCode) {
}
