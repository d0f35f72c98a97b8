-- Events a consumer has applied, recorded in the transaction of their effect: a redelivery changes nothing.
CREATE TABLE processed_event (
    id            UUID PRIMARY KEY,
    event_type    VARCHAR(200) NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL
);
