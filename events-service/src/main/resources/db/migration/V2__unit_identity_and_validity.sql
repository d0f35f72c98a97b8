-- A code may pass from a closed unit to a new one (2025 mergers), so units are told apart by plans-service's
-- id. Rows written before events carried ids keep a null unit_id until their next event fills it in.
ALTER TABLE unit_view DROP CONSTRAINT unit_view_pkey;
ALTER TABLE unit_view ADD COLUMN id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
ALTER TABLE unit_view ADD COLUMN unit_id BIGINT UNIQUE;
ALTER TABLE unit_view ADD COLUMN valid_from DATE;
ALTER TABLE unit_view ADD COLUMN valid_to DATE;
CREATE INDEX unit_view_code_idx ON unit_view (code);
