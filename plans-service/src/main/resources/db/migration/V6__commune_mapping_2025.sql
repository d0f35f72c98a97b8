-- Which pre-2025 commune went into which 2025 commune (reference/vn-admin-units-2025/commune-mapping-2025.csv),
-- for officers holding an old address. Old communes are not units unless a plan names one: most are known only
-- by name, district and province (a tenth of the rows have no old code).
CREATE TABLE commune_predecessor (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    new_unit_id   BIGINT       NOT NULL REFERENCES unit (id),
    old_code      VARCHAR(5),
    old_name      VARCHAR(200) NOT NULL,
    old_district  VARCHAR(200) NOT NULL,
    old_province  VARCHAR(200) NOT NULL,
    search_text   TEXT GENERATED ALWAYS AS (fold_for_search(coalesce(old_code, '') || ' ' || old_name || ' '
                      || old_district || ' ' || old_province)) STORED,
    UNIQUE (new_unit_id, old_name, old_district, old_province)
);
CREATE UNIQUE INDEX commune_predecessor_old_code_uq ON commune_predecessor (old_code);
CREATE INDEX commune_predecessor_new_unit_idx ON commune_predecessor (new_unit_id);
CREATE INDEX commune_predecessor_search_idx ON commune_predecessor USING gin (search_text gin_trgm_ops);
