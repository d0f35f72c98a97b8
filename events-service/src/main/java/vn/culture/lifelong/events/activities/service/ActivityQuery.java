package vn.culture.lifelong.events.activities.service;

import java.time.LocalDate;
import java.util.Optional;
import vn.culture.lifelong.events.activities.domain.ActivityKind;
import vn.culture.lifelong.events.activities.domain.ActivityStatus;

/**
 * Which activities a list asks for: those of a unit's subtree (the caller's unit by default) taking place on a day of
 * the period, optionally of a kind, for a day, carrying out a plan, in a status.
 */
public record ActivityQuery(Optional<String> unitCode, Optional<LocalDate> from, Optional<LocalDate> to,
        Optional<ActivityKind> kind, Optional<String> dayCode, Optional<Long> planId, Optional<ActivityStatus> status) {
}
