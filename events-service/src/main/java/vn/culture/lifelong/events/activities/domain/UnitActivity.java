package vn.culture.lifelong.events.activities.domain;

import vn.culture.lifelong.units.domain.UnitView;

/** An activity with the unit holding it, as the unit read model knows it today. */
public record UnitActivity(Activity activity, UnitView holder) {
}
