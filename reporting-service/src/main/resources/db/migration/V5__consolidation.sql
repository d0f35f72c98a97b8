-- Consolidation (tổng hợp): what the units under a unit reported for an indicator and a period, combined by the
-- indicator's rule, kept up to date as reports are submitted, accepted, returned and reopened, so that a province's or
-- the nation's figure is one row read, not a scan of every value under it.
--
-- A row holds the contributions of the units strictly under unit_id (a unit's own value is read from its report);
-- a unit merged away before the period's last day contributes under its successor and the successor's ancestors.
-- plan_id 0 is across plans, where each fact (indicator, unit, period) counts once: the latest accepted (or, on the
-- SUBMITTED basis, the latest submitted or accepted) of the reports of every plan.
CREATE TABLE consolidated_value (
    plan_id          BIGINT         NOT NULL,
    basis            VARCHAR(10)    NOT NULL,
    indicator        VARCHAR(60)    NOT NULL,
    kind             VARCHAR(10)    NOT NULL,
    year             INT            NOT NULL,
    unit_id          BIGINT         NOT NULL,
    units            INT            NOT NULL,
    number_sum       NUMERIC(24, 4) NOT NULL,
    yes_count        INT            NOT NULL,
    numerator_sum    NUMERIC(24, 4) NOT NULL,
    denominator_sum  NUMERIC(24, 4) NOT NULL,
    -- Units behind the figures that were merged away before the period's last day: expected, though gone by then.
    merged_away      INT            NOT NULL,
    PRIMARY KEY (plan_id, basis, indicator, kind, year, unit_id)
);

-- A fact across plans: the same indicator, unit and period in every plan's reports.
CREATE INDEX report_value_fact_idx ON report_value (indicator, unit_id, kind, year);

-- Set when the hierarchy changed under counted figures (a merger, a move): everything is counted again shortly after.
CREATE TABLE consolidation_recount (
    id            INT PRIMARY KEY CHECK (id = 1),
    requested_at  TIMESTAMPTZ
);
INSERT INTO consolidation_recount (id, requested_at) VALUES (1, NULL);
