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

-- Transactional outbox: written in the same transaction as the change, relayed to Kafka in sequence order.
CREATE TABLE outbox_event (
    id            UUID PRIMARY KEY,
    sequence      BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    topic         VARCHAR(200) NOT NULL,
    message_key   VARCHAR(200) NOT NULL,
    event_type    VARCHAR(200) NOT NULL,
    envelope      TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    published_at  TIMESTAMPTZ
);
CREATE INDEX outbox_event_unpublished_idx ON outbox_event (sequence) WHERE published_at IS NULL;
