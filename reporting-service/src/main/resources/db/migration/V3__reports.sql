-- A report answering one obligation. Its values are rows of report_value, one per target and unit, indexed the
-- way consolidation reads them (plan, indicator, unit, period).
CREATE TABLE report (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    obligation_id       BIGINT       NOT NULL UNIQUE REFERENCES obligation,
    status              VARCHAR(12)  NOT NULL,
    results             TEXT,
    difficulties        TEXT,
    proposals           TEXT,
    first_submitted_at  TIMESTAMPTZ,
    last_submitted_at   TIMESTAMPTZ,
    accepted_at         TIMESTAMPTZ,
    return_count        INT          NOT NULL DEFAULT 0,
    version             BIGINT       NOT NULL,
    created_by          VARCHAR(200) NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_by          VARCHAR(200) NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL
);

CREATE TABLE report_value (
    report_id     BIGINT        NOT NULL REFERENCES report,
    target_key    VARCHAR(40)   NOT NULL,
    unit_id       BIGINT        NOT NULL,
    plan_id       BIGINT        NOT NULL,
    indicator     VARCHAR(60)   NOT NULL,
    kind          VARCHAR(10)   NOT NULL,
    year          INT           NOT NULL,
    value_type    VARCHAR(20)   NOT NULL,
    number_value  NUMERIC(20, 4),
    yes_no        BOOLEAN,
    numerator     NUMERIC(20, 4),
    denominator   NUMERIC(20, 4),
    PRIMARY KEY (report_id, target_key, unit_id)
);
CREATE INDEX report_value_consolidation_idx ON report_value (plan_id, indicator, unit_id, kind, year);

CREATE TABLE report_task (
    report_id  BIGINT        NOT NULL REFERENCES report,
    task_key   VARCHAR(40)   NOT NULL,
    progress   VARCHAR(12)   NOT NULL,
    note       TEXT,
    PRIMARY KEY (report_id, task_key)
);

-- Every state change and every changed value of a report, never updated or deleted.
CREATE TABLE report_history (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id   BIGINT        NOT NULL REFERENCES report,
    at          TIMESTAMPTZ   NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    actor_unit  VARCHAR(40),
    action      VARCHAR(20)   NOT NULL,
    field       VARCHAR(200),
    old_value   TEXT,
    new_value   TEXT,
    reason      TEXT
);
CREATE INDEX report_history_report_idx ON report_history (report_id, id);
CREATE RULE report_history_no_update AS ON UPDATE TO report_history DO INSTEAD NOTHING;
CREATE RULE report_history_no_delete AS ON DELETE TO report_history DO INSTEAD NOTHING;
