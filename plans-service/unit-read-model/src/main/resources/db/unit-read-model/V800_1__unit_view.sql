-- Read model of plans-service's units, fed from the plans.units.v1 topic. Units are told apart by plans-service's
-- id (unit_id), since a code may pass from a closed unit to a new one (2025 mergers).
CREATE TABLE unit_view (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id         BIGINT       NOT NULL UNIQUE,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(255) NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    level           VARCHAR(20)  NOT NULL,
    parent_code     VARCHAR(40),
    valid_from      DATE,
    valid_to        DATE,
    source_version  BIGINT       NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX unit_view_code_idx ON unit_view (code);
CREATE INDEX unit_view_parent_idx ON unit_view (parent_code);
