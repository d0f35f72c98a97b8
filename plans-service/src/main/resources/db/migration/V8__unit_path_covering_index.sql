-- A subtree page also counts the subtree's units that exist on a day: with id and validity in the path index,
-- that count reads the index alone instead of every unit's row.
DROP INDEX unit_path_idx;
CREATE INDEX unit_path_idx ON unit (path) INCLUDE (id, valid_from, valid_to);
