package vn.culture.lifelong.plans.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Units, optionally only those directly under {@code parentCode}, and only those whose code and name
     * contain every word of {@code text} regardless of diacritics and case.
     */
    public PanacheQuery<Unit> search(Optional<String> parentCode, List<String> words) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        parentCode.ifPresent(code -> {
            conditions.add("parent.code = :parent");
            parameters.and("parent", code);
        });
        for (int i = 0; i < words.size(); i++) {
            conditions.add("searchText like concat('%', function('fold_for_search', :word" + i + "), '%')");
            parameters.and("word" + i, escapeLike(words.get(i)));
        }
        if (conditions.isEmpty()) {
            return findAll(BY_CODE);
        }
        return find(String.join(" and ", conditions), BY_CODE, parameters);
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
