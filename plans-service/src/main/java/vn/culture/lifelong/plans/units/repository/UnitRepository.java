package vn.culture.lifelong.plans.units.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import vn.culture.lifelong.plans.units.domain.Unit;

@ApplicationScoped
public class UnitRepository implements PanacheRepository<Unit> {

    private static final Sort BY_CODE = Sort.by("code");
    /** HQL condition: the unit exists on the day bound to the parameter {@code :on}. */
    private static final String VALID_ON = "(validFrom is null or validFrom <= :on) and (validTo is null or validTo >= :on)";

    /**
     * For bulk work in one transaction: queries stop flushing pending changes first, which would otherwise
     * make every query cost as much as all the units written so far. The caller flushes when it needs to.
     */
    public void flushOnlyAtCommit() {
        getEntityManager().unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
    }

    /** A unit with its parent, successors and population loaded, to be read after its transaction ends. */
    public Unit findWithDetails(long id) {
        return find("select distinct u from Unit u left join fetch u.parent left join fetch u.successors s "
                + "left join fetch s.successor left join fetch u.populationByYear where u.id = ?1", id).singleResult();
    }

    public long nextId() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('unit_seq')").getSingleResult()).longValue();
    }

    /**
     * The unit bearing {@code code} today; if none does (it was closed), the one that bore it last, so that
     * old plans and reports can still be followed to it.
     */
    public Optional<Unit> findByCode(String code) {
        return find("code = :code order by case when " + VALID_ON + " then 0 else 1 end, validTo desc nulls first",
                Parameters.with("code", code).and("on", LocalDate.now())).firstResultOptional();
    }

    /** The unit that bore {@code code} on {@code day}. */
    public Optional<Unit> findByCode(String code, LocalDate day) {
        return find("code = :code and " + VALID_ON, Parameters.with("code", code).and("on", day)).firstResultOptional();
    }

    /**
     * Whether a unit bears {@code code} on any day from {@code firstDay} to {@code lastDay}, which a new unit
     * existing over those days would clash with; an empty first day means "since ever", an empty last day "still".
     */
    public boolean codeTaken(String code, Optional<LocalDate> firstDay, Optional<LocalDate> lastDay) {
        List<String> conditions = new ArrayList<>(List.of("code = :code"));
        Parameters parameters = Parameters.with("code", code);
        firstDay.ifPresent(day -> {
            conditions.add("(validTo is null or validTo >= :first)");
            parameters.and("first", day);
        });
        lastDay.ifPresent(day -> {
            conditions.add("(validFrom is null or validFrom <= :last)");
            parameters.and("last", day);
        });
        return count(String.join(" and ", conditions), parameters) > 0;
    }

    /** Children still existing after {@code day}. */
    public long childrenValidAfter(Unit parent, LocalDate day) {
        return count("parent = ?1 and (validTo is null or validTo > ?2)", parent, day);
    }

    /**
     * Units, optionally only those directly under {@code parentCode}, and only those whose code and name
     * contain every word of {@code text} regardless of diacritics and case.
     */
    public PanacheQuery<Unit> search(Optional<String> parentCode, List<String> words, LocalDate day) {
        List<String> conditions = new ArrayList<>(List.of(VALID_ON));
        Parameters parameters = Parameters.with("on", day);
        parentCode.ifPresent(code -> {
            conditions.add("parent.code = :parent");
            parameters.and("parent", code);
        });
        for (int i = 0; i < words.size(); i++) {
            conditions.add("searchText like concat('%', function('fold_for_search', :word" + i + "), '%')");
            parameters.and("word" + i, escapeLike(words.get(i)));
        }
        return find(String.join(" and ", conditions), BY_CODE, parameters);
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public PanacheQuery<Unit> children(Unit parent, LocalDate day) {
        return find("parent = :parent and " + VALID_ON, BY_CODE, Parameters.with("parent", parent).and("on", day));
    }

    /** All units below {@code ancestor} existing on {@code day}, at any depth, in one statement over the materialized path. */
    public PanacheQuery<Unit> descendants(Unit ancestor, LocalDate day) {
        return find("path like :path and id <> :id and " + VALID_ON, Sort.by("path"),
                Parameters.with("path", ancestor.path + "%").and("id", ancestor.id).and("on", day));
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
