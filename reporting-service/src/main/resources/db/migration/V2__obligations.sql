-- An ad-hoc request (báo cáo đột xuất): a receiving unit asks chosen units for a report on a plan by a date.
CREATE TABLE report_request (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id            BIGINT       NOT NULL REFERENCES plan_view,
    receiving_unit_id  BIGINT       NOT NULL,
    title              VARCHAR(500) NOT NULL,
    due_date           DATE         NOT NULL,
    requested_by       VARCHAR(200) NOT NULL,
    requested_at       TIMESTAMPTZ  NOT NULL
);

-- What a unit owes: one report of a plan's regime for one period, or one ad-hoc request. Status, report and first
-- submission mirror the report (changed in the same transaction), so reminder lists and completeness read this
-- table alone. Periodic obligations are told apart by regime_key ("ANNUAL#1": the first annual report of the
-- regime), which survives an amendment that only moves a deadline.
CREATE TABLE obligation (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id             BIGINT       NOT NULL REFERENCES plan_view,
    regime_key          VARCHAR(40),
    request_id          BIGINT       REFERENCES report_request,
    kind                VARCHAR(10)  NOT NULL,
    year                INT          NOT NULL,
    unit_id             BIGINT       NOT NULL,
    receiving_unit_id   BIGINT       NOT NULL,
    title               VARCHAR(500),
    data_from           DATE,
    data_to             DATE,
    due_date            DATE,
    -- The end of the due day in Vietnam (UTC+7): submitted by then is on time.
    deadline            TIMESTAMPTZ,
    status              VARCHAR(12)  NOT NULL,
    report_id           BIGINT,
    first_submitted_at  TIMESTAMPTZ,
    return_count        INT          NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ  NOT NULL,
    CONSTRAINT obligation_periodic_or_requested CHECK ((regime_key IS NULL) <> (request_id IS NULL)),
    CONSTRAINT obligation_deadline_with_due_date CHECK ((due_date IS NULL) = (deadline IS NULL))
);
CREATE UNIQUE INDEX obligation_periodic_key ON obligation (plan_id, regime_key, year, unit_id) WHERE regime_key IS NOT NULL;
CREATE UNIQUE INDEX obligation_requested_key ON obligation (request_id, unit_id) WHERE request_id IS NOT NULL;
CREATE INDEX obligation_unit_idx ON obligation (unit_id, year);
CREATE INDEX obligation_receiving_idx ON obligation (receiving_unit_id, year);
CREATE INDEX obligation_plan_idx ON obligation (plan_id, year, kind);
