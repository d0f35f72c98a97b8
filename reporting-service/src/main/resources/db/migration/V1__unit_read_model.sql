-- Read model of plans-service's units, fed from the plans.units.v1 topic.
CREATE TABLE unit_view (
    code            VARCHAR(40)  PRIMARY KEY,
    name            VARCHAR(255) NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    level           VARCHAR(20)  NOT NULL,
    parent_code     VARCHAR(40),
    source_version  BIGINT       NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX unit_view_parent_idx ON unit_view (parent_code);

-- Events applied, for idempotent consumption.
CREATE TABLE processed_event (
    id            UUID PRIMARY KEY,
    event_type    VARCHAR(200) NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL
);
