package vn.culture.lifelong.plans.indicators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** Something plans set targets on and units report (chỉ tiêu): reader visits, books added, coverage… */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** As officers write it: lượt, bản, cuộc, %… */
    @Column(name = "unit_of_measure", nullable = false)
    public String unitOfMeasure;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false)
    public ValueType valueType;

    @Enumerated(EnumType.STRING)
    @Column(name = "across_units", nullable = false)
    public AcrossUnits acrossUnits;

    @Enumerated(EnumType.STRING)
    @Column(name = "over_time", nullable = false)
    public OverTime overTime;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    public String description;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
