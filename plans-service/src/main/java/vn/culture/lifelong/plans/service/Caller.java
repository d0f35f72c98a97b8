package vn.culture.lifelong.plans.service;

import java.util.Optional;

/** Who is asking: their name for the record, whether they are an admin or a planner, and their unit's code. */
public record Caller(String name, boolean admin, boolean planner, Optional<String> orgUnit) {
}
