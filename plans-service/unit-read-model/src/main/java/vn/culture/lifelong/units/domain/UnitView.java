package vn.culture.lifelong.units.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * This service's copy of a unit owned by plans-service, fed from {@code plans.units.v1}. Kind and level stay
 * plain text so that a value plans-service adds later does not break this service.
 */
@Entity
@Table(name = "unit_view")
public class UnitView {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** plans-service's id of the unit: a code may pass from a closed unit to a new one, the id never does. */
    @Column(name = "unit_id", nullable = false, unique = true)
    public long unitId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String level;

    @Column(name = "parent_code")
    public String parentCode;

    /** plans-service's id of the parent, which unlike {@link #parentCode} names one unit; empty for a root. */
    @Column(name = "parent_unit_id")
    public Long parentUnitId;

    /**
     * plans-service's ids from the root to this unit, e.g. {@code /1/7/42/}: the units of a subtree are those whose
     * path starts with its root's ({@code path like '/1/7/%'}, served by an index).
     */
    @Column(nullable = false)
    public String path;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    /**
     * Where the unit went once closed. The rows are keyed by {@link #unitId}, plans-service's id, rather than by this
     * table's own {@link #id}, so that both of their ends name units the same way and a merger is followed in SQL
     * without a join.
     */
    @ElementCollection
    @CollectionTable(name = "unit_view_successor",
            joinColumns = @JoinColumn(name = "unit_id", referencedColumnName = "unit_id"))
    public Set<UnitSuccessor> successors = new HashSet<>();

    /** Whether this unit is {@code ancestor} or under it. */
    public boolean isInSubtreeOf(UnitView ancestor) {
        return path.startsWith(ancestor.path);
    }

    /** The ids (plans-service's) a path names, from the root to its unit: the unit and every unit above it. */
    public static List<Long> idsOnPath(String path) {
        return Arrays.stream(path.split("/")).filter(id -> !id.isEmpty()).map(Long::valueOf).toList();
    }

    /** The unit's version in plans-service; an event with an older version changes nothing. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
