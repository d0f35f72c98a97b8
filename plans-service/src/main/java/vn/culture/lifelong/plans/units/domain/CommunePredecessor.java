package vn.culture.lifelong.plans.units.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A pre-2025 commune and the 2025 commune it went into; written only by the reference import. */
@Entity
@Table(name = "commune_predecessor")
public class CommunePredecessor {

    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "new_unit_id")
    public Unit newUnit;

    /** Absent for a tenth of the source rows. */
    @Column(name = "old_code")
    public String oldCode;

    @Column(name = "old_name", nullable = false)
    public String oldName;

    @Column(name = "old_district", nullable = false)
    public String oldDistrict;

    @Column(name = "old_province", nullable = false)
    public String oldProvince;

    /** Old code and names without diacritics, lower case; computed by the database, for search. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;
}
