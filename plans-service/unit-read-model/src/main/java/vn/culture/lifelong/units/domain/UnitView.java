package vn.culture.lifelong.units.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

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

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    /** The unit's version in plans-service; an event with an older version changes nothing. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
