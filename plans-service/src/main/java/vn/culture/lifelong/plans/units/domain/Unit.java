package vn.culture.lifelong.plans.units.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.BatchSize;

/**
 * An organisation in the hierarchy (people's committee, department, library, commune…). The hierarchy has
 * no fixed depth; {@link #path} (ids from the root, e.g. {@code /1/7/42/}) lets one query fetch a subtree.
 */
@Entity
@Table(name = "unit")
// A page of units shows each one's parent, successors and population: fetched for the whole page in a few
// queries, not one per unit.
@BatchSize(size = 100)
public class Unit {

    /** Taken from the sequence before the insert, because {@link #path} contains it. */
    @Id
    public Long id;

    /** The official code; reused codes belong to units whose validity periods do not overlap. */
    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdministrativeLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Unit parent;

    @Column(nullable = false)
    public String path;

    /** Code and name without diacritics, lower case; computed by the database, for search. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    /** First day the unit exists; empty when it predates everything this system records. */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** Last day the unit exists; empty while it does. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "unit_successor", joinColumns = @JoinColumn(name = "unit_id"))
    public List<Succession> successors = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "unit_population", joinColumns = @JoinColumn(name = "unit_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "population")
    public Map<Integer, Long> populationByYear = new HashMap<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Sets the parent and the materialized path that follows from it; {@link #id} must be assigned. */
    public void placeUnder(Unit newParent) {
        parent = newParent;
        path = (newParent == null ? "/" : newParent.path) + id + "/";
    }

    public boolean isInSubtreeOf(Unit ancestor) {
        return path.startsWith(ancestor.path);
    }

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }
}
