package vn.culture.lifelong.plans.plans.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an amendment changed, in terms officers recognise: a header field, a whole section, or one objective,
 * target or task by its key ({@code "targets[T02] changed"}).
 */
public final class PlanChanges {

    private PlanChanges() {
    }

    public static List<String> between(PlanDocument before, PlanDocument after) {
        List<String> changes = new ArrayList<>();
        field("number", before.number(), after.number(), changes);
        field("issueDate", before.issueDate(), after.issueDate(), changes);
        field("title", before.title(), after.title(), changes);
        field("horizon", before.horizon(), after.horizon(), changes);
        field("programme", before.programme(), after.programme(), changes);
        field("parentPlanId", before.parentPlanId(), after.parentPlanId(), changes);
        field("legalBases", before.legalBases(), after.legalBases(), changes);
        field("purposes", before.purposes(), after.purposes(), changes);
        field("requirements", before.requirements(), after.requirements(), changes);
        keyed("objectives", before.objectives(), after.objectives(), PlanDocument.Objective::key, changes);
        keyed("targets", before.targets(), after.targets(), Target::key, changes);
        keyed("tasks", before.tasks(), after.tasks(), Task::key, changes);
        field("funding", before.funding(), after.funding(), changes);
        field("responsibilities", before.responsibilities(), after.responsibilities(), changes);
        field("reporting", before.reporting(), after.reporting(), changes);
        return changes;
    }

    private static void field(String name, Object before, Object after, List<String> changes) {
        if (!Objects.equals(before, after)) {
            changes.add(name + " changed");
        }
    }

    private static <T> void keyed(String name, List<T> before, List<T> after, Function<T, String> key,
            List<String> changes) {
        Map<String, T> old = index(before, key);
        Map<String, T> now = index(after, key);
        old.forEach((k, item) -> {
            if (!now.containsKey(k)) {
                changes.add(name + "[" + k + "] removed");
            } else if (!now.get(k).equals(item)) {
                changes.add(name + "[" + k + "] changed");
            }
        });
        now.keySet().stream().filter(k -> !old.containsKey(k)).forEach(k -> changes.add(name + "[" + k + "] added"));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.put(key.apply(item), item));
        return byKey;
    }
}
