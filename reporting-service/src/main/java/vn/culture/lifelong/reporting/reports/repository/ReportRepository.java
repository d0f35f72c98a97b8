package vn.culture.lifelong.reporting.reports.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.culture.lifelong.reporting.reports.domain.Report;

@ApplicationScoped
public class ReportRepository implements PanacheRepository<Report> {

    public Optional<Report> findByObligation(long obligationId) {
        return find("obligationId", obligationId).firstResultOptional();
    }
}
