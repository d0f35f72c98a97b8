-- Where a unit stands in the hierarchy and where a closed unit went, as plans.units.v1 now carries them: the parent
-- by plans-service's id (parent_code is ambiguous, codes were reused across the 2025 mergers), the materialized path
-- of ids from the root (e.g. /1/7/42/) for subtree queries, and the successors of a merged or split unit.
ALTER TABLE unit_view ADD COLUMN parent_unit_id BIGINT;
ALTER TABLE unit_view ADD COLUMN path VARCHAR(2000) COLLATE "C";
-- A row kept before events carried a path stands as its own root until its next event places it.
UPDATE unit_view SET path = '/' || unit_id || '/';
ALTER TABLE unit_view ALTER COLUMN path SET NOT NULL;
-- Compared byte by byte ("C" collation), a plain index serves the prefix match of a subtree (path LIKE '/1/7/%');
-- with the id, kind, level and validity included, finding a subtree's units on a day reads the index alone.
CREATE INDEX unit_view_path_idx ON unit_view (path) INCLUDE (unit_id, kind, level, valid_from, valid_to);

-- Both ends are plans-service's ids, so a merger is followed (either way) without a join. The successor is not a
-- foreign key: its own event may reach this service later.
CREATE TABLE unit_view_successor (
    unit_id            BIGINT      NOT NULL REFERENCES unit_view (unit_id),
    successor_unit_id  BIGINT      NOT NULL,
    kind               VARCHAR(20) NOT NULL,
    PRIMARY KEY (unit_id, successor_unit_id)
);
CREATE INDEX unit_view_successor_successor_idx ON unit_view_successor (successor_unit_id);
