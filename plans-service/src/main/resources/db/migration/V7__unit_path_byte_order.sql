-- Materialized paths are ids and slashes: compared byte by byte ("C" collation) a plain index serves both the
-- prefix match of a subtree query and its ORDER BY path, so a page of a large subtree reads only that page.
DROP INDEX unit_path_idx;
ALTER TABLE unit ALTER COLUMN path TYPE VARCHAR(2000) COLLATE "C";
CREATE INDEX unit_path_idx ON unit (path);
