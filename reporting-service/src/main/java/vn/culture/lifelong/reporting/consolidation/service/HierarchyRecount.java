package vn.culture.lifelong.reporting.consolidation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import vn.culture.lifelong.reporting.consolidation.repository.ConsolidatedValueRepository;
import vn.culture.lifelong.units.service.UnitViewChanged;

/**
 * Counts everything again after the hierarchy changed under counted figures: a unit closed, merged or moved changes
 * which units its figures (and those under it) count under. Unit changes come in bursts; each asks, in the read model's
 * transaction, and one recount answers them all a few seconds later.
 */
@ApplicationScoped
public class HierarchyRecount {

    private final Consolidation consolidation;
    private final ConsolidatedValueRepository sums;
    private final EntityManager entityManager;

    public HierarchyRecount(Consolidation consolidation, ConsolidatedValueRepository sums, EntityManager entityManager) {
        this.consolidation = consolidation;
        this.sums = sums;
        this.entityManager = entityManager;
    }

    void unitChanged(@Observes UnitViewChanged change) {
        if (!sums.isEmpty()) {
            entityManager.createNativeQuery("UPDATE consolidation_recount SET requested_at = now() WHERE id = 1")
                    .executeUpdate();
        }
    }

    @Scheduled(every = "${reporting.consolidation.recount-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void recountIfAsked() {
        QuarkusTransaction.requiringNew().run(() -> {
            // Locked: a unit change arriving meanwhile waits, and asks again for the next run.
            Object asked = entityManager.createNativeQuery(
                    "SELECT requested_at FROM consolidation_recount WHERE id = 1 FOR UPDATE").getSingleResult();
            if (asked != null) {
                consolidation.recountAll();
                entityManager.createNativeQuery("UPDATE consolidation_recount SET requested_at = NULL WHERE id = 1")
                        .executeUpdate();
            }
        });
    }
}
