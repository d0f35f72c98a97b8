package vn.culture.lifelong.plans.plans.service;

import java.util.List;
import vn.culture.lifelong.plans.plans.domain.Plan;

/** The plans a plan implements (nearest first) and the tree of plans implementing it. */
public record PlanLineage(List<Plan> ancestors, List<Branch> descendants) {

    public record Branch(Plan plan, List<Branch> children) {
    }
}
