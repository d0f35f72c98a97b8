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
