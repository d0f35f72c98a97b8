package vn.culture.lifelong.plans.programmes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A national scheme or programme (Đề án / Chương trình) approved by a decision, which plans implement. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(name = "horizon_from", nullable = false)
    public int horizonFrom;

    @Column(name = "horizon_to", nullable = false)
    public int horizonTo;
}
