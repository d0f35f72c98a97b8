package vn.culture.lifelong.reporting.reports.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.culture.lifelong.reporting.reports.domain.Report;
import vn.culture.lifelong.reporting.reports.domain.ReportStatus;

@ApplicationScoped
public class ReportRepository implements PanacheRepository<Report> {

    public Optional<Report> findByObligation(long obligationId) {
        return find("obligationId", obligationId).firstResultOptional();
    }

    /** The reports in one of {@code statuses} with a line counted from the calendar for one of {@code unitIds}. */
    public List<Report> withCalendarLines(Set<ReportStatus> statuses, Set<Long> unitIds) {
        return getEntityManager().createQuery("SELECT DISTINCT r FROM Report r JOIN r.values v WHERE r.status IN :statuses"
                        + " AND v.fromCalendar = true AND v.unitId IN :units", Report.class)
                .setParameter("statuses", statuses).setParameter("units", unitIds).getResultList();
    }
}
