-- What reporting-service keeps of plans-service's plans (plans.plans.v1) and indicators (plans.indicators.v1): the
-- parts reports are made of. The regime, targets and tasks stay as the plan's document wrote them (JSON), read
-- whole whenever obligations are derived or a draft is laid out.
CREATE TABLE plan_view (
    plan_id          BIGINT       PRIMARY KEY,
    number           VARCHAR(60),
    title            TEXT         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    revision         INT          NOT NULL,
    source_version   BIGINT       NOT NULL,
    issuing_unit_id  BIGINT       NOT NULL,
    horizon_from     INT          NOT NULL,
    horizon_to       INT          NOT NULL,
    ended_on         DATE,
    regime           JSONB        NOT NULL,
    targets          JSONB        NOT NULL,
    tasks            JSONB        NOT NULL,
    unit_ids         JSONB        NOT NULL,
    -- Set when a unit under the plan's regime changed: its obligations are derived again shortly after.
    obligations_stale BOOLEAN     NOT NULL DEFAULT false,
    updated_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX plan_view_stale_idx ON plan_view (plan_id) WHERE obligations_stale;

-- The units each issued plan's regime names (receiving and reporting units, by plans-service id): a change to a
-- unit under one of them may change who owes the plan's reports.
CREATE TABLE plan_scope_root (
    plan_id       BIGINT NOT NULL REFERENCES plan_view ON DELETE CASCADE,
    root_unit_id  BIGINT NOT NULL,
    PRIMARY KEY (plan_id, root_unit_id)
);
CREATE INDEX plan_scope_root_unit_idx ON plan_scope_root (root_unit_id);

CREATE TABLE indicator_view (
    code             VARCHAR(60)  PRIMARY KEY,
    name_vi          VARCHAR(500) NOT NULL,
    name_en          VARCHAR(500) NOT NULL,
    unit_of_measure  VARCHAR(100) NOT NULL,
    value_type       VARCHAR(20)  NOT NULL,
    across_units     VARCHAR(20)  NOT NULL,
    over_time        VARCHAR(20)  NOT NULL,
    direction        VARCHAR(20)  NOT NULL,
    source_version   BIGINT       NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL
);
