package vn.culture.lifelong.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * This service's copy of a unit owned by plans-service, fed from {@code plans.units.v1}. Kind and level stay
 * plain text so that a value plans-service adds later does not break this service.
 */
@Entity
@Table(name = "unit_view")
public class UnitView {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String level;

    @Column(name = "parent_code")
    public String parentCode;

    /** The unit's version in plans-service; an event with an older version changes nothing. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
