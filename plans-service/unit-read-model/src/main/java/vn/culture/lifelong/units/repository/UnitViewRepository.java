package vn.culture.lifelong.units.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.culture.lifelong.units.domain.UnitView;

@ApplicationScoped
public class UnitViewRepository implements PanacheRepository<UnitView> {

    /** The row of plans-service's unit {@code unitId}. */
    public Optional<UnitView> findByUnitId(long unitId) {
        return find("unitId", unitId).firstResultOptional();
    }

    /** The unit bearing {@code code} today or, if none does, the one that bore it last. */
    public Optional<UnitView> findByCode(String code) {
        return find("code = :code order by case when (validFrom is null or validFrom <= :today) "
                        + "and (validTo is null or validTo >= :today) then 0 else 1 end, validTo desc nulls first",
                Parameters.with("code", code).and("today", LocalDate.now())).firstResultOptional();
    }

    /**
     * Moves the stored descendants of unit {@code movedUnitId} with it, in one statement: plans-service publishes
     * only the moved unit, and its descendants' paths change by the same prefix.
     */
    public void movePaths(long movedUnitId, String oldPath, String newPath) {
        getEntityManager()
                .createNativeQuery("UPDATE unit_view SET path = :newPath || substr(path, length(:oldPath) + 1) "
                        + "WHERE path LIKE :oldPath || '%' AND unit_id <> :movedUnitId")
                .setParameter("newPath", newPath)
                .setParameter("oldPath", oldPath)
                .setParameter("movedUnitId", movedUnitId)
                .executeUpdate();
    }

    /**
     * Moves under {@code parentPath} the stored children of unit {@code parentUnitId} that hang elsewhere, with their
     * subtrees: they arrived before their parent's latest place did.
     */
    public void rehangChildren(long parentUnitId, String parentPath) {
        @SuppressWarnings("unchecked")
        List<Object[]> strays = getEntityManager().createNativeQuery("SELECT unit_id, path FROM unit_view "
                        + "WHERE parent_unit_id = :parent AND path <> :parentPath || unit_id || '/'")
                .setParameter("parent", parentUnitId).setParameter("parentPath", parentPath).getResultList();
        for (Object[] stray : strays) {
            String oldPath = (String) stray[1];
            getEntityManager()
                    .createNativeQuery("UPDATE unit_view SET path = :newPath || substr(path, length(:oldPath) + 1) "
                            + "WHERE path LIKE :oldPath || '%'")
                    .setParameter("newPath", parentPath + ((Number) stray[0]).longValue() + "/")
                    .setParameter("oldPath", oldPath)
                    .executeUpdate();
        }
    }
}
