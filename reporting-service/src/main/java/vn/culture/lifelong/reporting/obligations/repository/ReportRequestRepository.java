package vn.culture.lifelong.reporting.obligations.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.culture.lifelong.reporting.obligations.domain.ReportRequest;

@ApplicationScoped
public class ReportRequestRepository implements PanacheRepository<ReportRequest> {
}
