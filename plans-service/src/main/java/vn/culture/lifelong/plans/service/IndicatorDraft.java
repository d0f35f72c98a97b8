package vn.culture.lifelong.plans.service;

import vn.culture.lifelong.plans.domain.AcrossUnits;
import vn.culture.lifelong.plans.domain.Direction;
import vn.culture.lifelong.plans.domain.OverTime;
import vn.culture.lifelong.plans.domain.Sector;
import vn.culture.lifelong.plans.domain.ValueType;

/** What a caller wants an indicator to be; the code is only used on creation. */
public record IndicatorDraft(String code, String nameVi, String nameEn, String unitOfMeasure, ValueType valueType,
        AcrossUnits acrossUnits, OverTime overTime, Direction direction, Sector sector, String description) {
}
