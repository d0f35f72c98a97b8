package vn.culture.lifelong.reporting.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** This service's copy of an indicator of plans-service's catalogue (from {@code plans.indicators.v1}). */
@Entity
@Table(name = "indicator_view")
public class IndicatorView {

    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "unit_of_measure", nullable = false)
    public String unitOfMeasure;

    /** NUMBER, YES_NO or RATIO: how one unit reports it. */
    @Column(name = "value_type", nullable = false)
    public String valueType;

    @Column(name = "across_units", nullable = false)
    public String acrossUnits;

    @Column(name = "over_time", nullable = false)
    public String overTime;

    @Column(nullable = false)
    public String direction;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
