package vn.culture.lifelong.reporting.obligations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An ad-hoc request (báo cáo đột xuất): a receiving unit asks chosen units for a report on a plan by a date. */
@Entity
@Table(name = "report_request")
public class ReportRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public long planId;

    @Column(name = "receiving_unit_id", nullable = false)
    public long receivingUnitId;

    @Column(nullable = false)
    public String title;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;
}
