package vn.culture.lifelong.plans.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.culture.lifelong.plans.domain.Unit;

@ApplicationScoped
public class UnitRepository implements PanacheRepository<Unit> {

    private static final Sort BY_CODE = Sort.by("code");

    public long nextId() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('unit_seq')").getSingleResult()).longValue();
    }

    public Optional<Unit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public PanacheQuery<Unit> listAll(Optional<String> parentCode) {
        return parentCode
                .map(code -> find("parent.code", BY_CODE, code))
                .orElseGet(() -> findAll(BY_CODE));
    }

    public PanacheQuery<Unit> children(Unit parent) {
        return find("parent", BY_CODE, parent);
    }

    /** All units below {@code ancestor}, at any depth, in one statement over the materialized path. */
    public PanacheQuery<Unit> descendants(Unit ancestor) {
        return find("path like ?1 and id <> ?2", Sort.by("path"), ancestor.path + "%", ancestor.id);
    }

    /** Rewrites the paths of a moved subtree in one statement. */
    public void movePaths(String oldPrefix, String newPrefix) {
        getEntityManager()
                .createNativeQuery("UPDATE unit SET path = :newPrefix || substr(path, length(:oldPrefix) + 1) "
                        + "WHERE path LIKE :pattern")
                .setParameter("newPrefix", newPrefix)
                .setParameter("oldPrefix", oldPrefix)
                .setParameter("pattern", oldPrefix + "%")
                .executeUpdate();
    }
}
