CREATE SEQUENCE unit_seq;

CREATE TABLE unit (
    id          BIGINT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    name        VARCHAR(255) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    level       VARCHAR(20)  NOT NULL,
    parent_id   BIGINT REFERENCES unit (id),
    path        VARCHAR(2000) NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX unit_parent_idx ON unit (parent_id);
-- Subtree queries are prefix matches on the materialized path.
CREATE INDEX unit_path_idx ON unit (path text_pattern_ops);
