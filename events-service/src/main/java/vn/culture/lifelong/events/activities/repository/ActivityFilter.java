package vn.culture.lifelong.events.activities.repository;

import java.time.LocalDate;
import java.util.Optional;
import vn.culture.lifelong.events.activities.domain.ActivityKind;
import vn.culture.lifelong.events.activities.domain.ActivityStatus;

/**
 * Which activities a query wants: those of the units whose path starts with {@code subtreePath}, taking place on a day
 * from {@code from} to {@code to}, optionally of one kind, day, plan and status, and readable as {@link Readers} says.
 */
public record ActivityFilter(String subtreePath, LocalDate from, LocalDate to, Optional<ActivityKind> kind,
        Optional<String> dayCode, Optional<Long> planId, Optional<ActivityStatus> status, Readers readers) {

    /**
     * Who reads: everyone sees public activities; {@code linePath} adds the internal ones of that unit's line (units
     * above it and under it); {@code everything} (admins) reads all.
     */
    public record Readers(boolean everything, Optional<String> linePath) {

        public static final Readers PUBLIC = new Readers(false, Optional.empty());
        public static final Readers ALL = new Readers(true, Optional.empty());

        public static Readers ofLine(String path) {
            return new Readers(false, Optional.of(path));
        }
    }

    public static ActivityFilter window(String subtreePath, LocalDate from, LocalDate to, Readers readers) {
        return new ActivityFilter(subtreePath, from, to, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), readers);
    }
}
