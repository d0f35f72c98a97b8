package vn.culture.lifelong.plans.units.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import vn.culture.lifelong.plans.units.domain.CommunePredecessor;

@ApplicationScoped
public class CommunePredecessorRepository implements PanacheRepository<CommunePredecessor> {

    /** One row of the mapping, its 2025 commune already resolved to a unit id. */
    public record Row(long newUnitId, String oldCode, String oldName, String oldDistrict, String oldProvince) {
    }

    /** Replaces the whole mapping in the caller's transaction, in JDBC batches. */
    public void replaceAll(List<Row> rows) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (var delete = connection.createStatement()) {
                delete.executeUpdate("DELETE FROM commune_predecessor");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO commune_predecessor "
                    + "(new_unit_id, old_code, old_name, old_district, old_province) VALUES (?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Row row : rows) {
                    insert.setLong(1, row.newUnitId());
                    insert.setString(2, row.oldCode());
                    insert.setString(3, row.oldName());
                    insert.setString(4, row.oldDistrict());
                    insert.setString(5, row.oldProvince());
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
        });
    }

    /** Rows whose old commune has {@code oldCode}, went into {@code newUnitId}, and match every search word. */
    public PanacheQuery<CommunePredecessor> search(Optional<String> oldCode, Optional<Long> newUnitId, List<String> words) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        Parameters parameters = new Parameters();
        oldCode.ifPresent(code -> {
            conditions.add("oldCode = :oldCode");
            parameters.and("oldCode", code);
        });
        newUnitId.ifPresent(id -> {
            conditions.add("newUnit.id = :newUnit");
            parameters.and("newUnit", id);
        });
        for (int i = 0; i < words.size(); i++) {
            conditions.add("searchText like concat('%', function('fold_for_search', :w" + i + "), '%')");
            parameters.and("w" + i, words.get(i));
        }
        return find(String.join(" and ", conditions), Sort.by("oldProvince").and("oldDistrict").and("oldName"), parameters);
    }
}
