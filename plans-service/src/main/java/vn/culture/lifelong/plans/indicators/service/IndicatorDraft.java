package vn.culture.lifelong.plans.indicators.service;

import vn.culture.lifelong.plans.indicators.domain.AcrossUnits;
import vn.culture.lifelong.plans.indicators.domain.Direction;
import vn.culture.lifelong.plans.indicators.domain.OverTime;
import vn.culture.lifelong.plans.indicators.domain.Sector;
import vn.culture.lifelong.plans.indicators.domain.ValueType;

/** What a caller wants an indicator to be; the code is only used on creation. */
public record IndicatorDraft(String code, String nameVi, String nameEn, String unitOfMeasure, ValueType valueType,
        AcrossUnits acrossUnits, OverTime overTime, Direction direction, Sector sector, String description) {
}
