package vn.culture.lifelong.plans.plans.service;

import vn.culture.lifelong.plans.plans.domain.Plan;

/** A plan as one caller sees it: the plan, and whether that caller may change it. */
public record PlanWithAccess(Plan plan, boolean writable) {
}
