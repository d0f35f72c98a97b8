package vn.culture.lifelong.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * An organisation in the hierarchy (people's committee, department, library, commune…). The hierarchy has
 * no fixed depth; {@link #path} (ids from the root, e.g. {@code /1/7/42/}) lets one query fetch a subtree.
 */
@Entity
@Table(name = "unit")
public class Unit {

    /** Taken from the sequence before the insert, because {@link #path} contains it. */
    @Id
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
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
}
