package vn.culture.lifelong.plans.units.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A link from a closed unit to a unit that took over its area and duties. */
@Embeddable
public class Succession {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id", nullable = false)
    public Unit successor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SuccessionKind kind;

    protected Succession() {
    }

    public Succession(Unit successor, SuccessionKind kind) {
        this.successor = successor;
        this.kind = kind;
    }
}
