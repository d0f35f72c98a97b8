package vn.culture.lifelong.plans.plans.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.culture.lifelong.plans.plans.domain.Plan;
import vn.culture.lifelong.plans.plans.domain.PlanStatus;
import vn.culture.lifelong.plans.units.domain.Unit;

@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

    /** What plans can be filtered on in a list. */
    public record Filter(Optional<Unit> issuedWithin, Optional<PlanStatus> status, Optional<String> programme,
            Optional<Integer> runningInYear) {
    }

    /** Plans matching {@code filter}, newest horizon first; "within" a unit includes the unit itself. */
    public PanacheQuery<Plan> list(Filter filter) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        Parameters parameters = new Parameters();
        filter.issuedWithin().ifPresent(unit -> {
            conditions.add("issuingUnit.path like :path");
            parameters.and("path", unit.path + "%");
        });
        filter.status().ifPresent(status -> {
            conditions.add("status = :status");
            parameters.and("status", status);
        });
        filter.programme().ifPresent(code -> {
            conditions.add("programmeCode = :programme");
            parameters.and("programme", code);
        });
        filter.runningInYear().ifPresent(year -> {
            conditions.add("horizonFrom <= :year and horizonTo >= :year");
            parameters.and("year", year);
        });
        return find(String.join(" and ", conditions),
                Sort.by("horizonFrom", Sort.Direction.Descending).and("id"), parameters);
    }

    public List<Plan> children(Plan parent) {
        return list("parentPlan", Sort.by("id"), parent);
    }

    /** Ids of every plan below {@code root} in the lineage, with their parents', in one recursive query. */
    @SuppressWarnings("unchecked")
    public List<Object[]> descendantLinks(long root) {
        return getEntityManager().createNativeQuery("""
                WITH RECURSIVE below(id, parent_plan_id) AS (
                    SELECT id, parent_plan_id FROM plan WHERE parent_plan_id = :root
                    UNION ALL
                    SELECT p.id, p.parent_plan_id FROM plan p JOIN below b ON p.parent_plan_id = b.id
                )
                SELECT id, parent_plan_id FROM below ORDER BY id""")
                .setParameter("root", root)
                .getResultList();
    }

    public boolean numberTaken(Unit issuer, String number, String year, Optional<Long> except) {
        return count("from Plan p where p.issuingUnit = ?1 and p.number = ?2 and substring(p.issueDate, 1, 4) = ?3 and p.id <> ?4",
                issuer, number, year, except.orElse(-1L)) > 0;
    }
}
