-- Units have a validity period (either end open); a merged province may pass its code to the new unit, so a
-- code is unique only among units whose periods overlap.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE unit ADD COLUMN valid_from DATE;
ALTER TABLE unit ADD COLUMN valid_to DATE;
ALTER TABLE unit ADD CONSTRAINT unit_validity_ordered
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to);
ALTER TABLE unit DROP CONSTRAINT unit_code_key;
ALTER TABLE unit ADD CONSTRAINT unit_code_unique_while_valid
    EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to, '[]') WITH &&);

-- Where a closed unit went: merged into one successor, or split into several.
CREATE TABLE unit_successor (
    unit_id       BIGINT      NOT NULL REFERENCES unit (id),
    successor_id  BIGINT      NOT NULL REFERENCES unit (id),
    kind          VARCHAR(20) NOT NULL,
    PRIMARY KEY (unit_id, successor_id),
    CHECK (unit_id <> successor_id)
);
CREATE INDEX unit_successor_successor_idx ON unit_successor (successor_id);

-- Population by year, for per-capita targets.
CREATE TABLE unit_population (
    unit_id     BIGINT  NOT NULL REFERENCES unit (id),
    year        INTEGER NOT NULL,
    population  BIGINT  NOT NULL CHECK (population >= 0),
    PRIMARY KEY (unit_id, year)
);
