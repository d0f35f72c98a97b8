-- Idempotency-Key on creating POSTs: the key is recorded in the transaction that creates the resource, so a
-- retried request finds it and gets the same resource instead of a second one.
CREATE TABLE idempotency_key (
    caller        VARCHAR(200) NOT NULL,
    key           VARCHAR(200) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    resource_type VARCHAR(40)  NOT NULL,
    resource_id   BIGINT       NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
