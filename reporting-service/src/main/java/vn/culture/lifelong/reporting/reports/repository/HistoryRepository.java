package vn.culture.lifelong.reporting.reports.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.culture.lifelong.reporting.reports.domain.HistoryEntry;

@ApplicationScoped
public class HistoryRepository implements PanacheRepository<HistoryEntry> {

    public List<HistoryEntry> ofReport(long reportId) {
        return list("reportId = ?1 order by id", reportId);
    }

    public Optional<String> lastSubmitter(long reportId) {
        return find("reportId = ?1 and action = ?2 order by id desc", reportId, HistoryEntry.Action.SUBMITTED)
                .firstResultOptional().map(entry -> entry.actor);
    }
}
