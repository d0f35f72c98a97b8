-- Search that ignores diacritics and case: "dong dang" finds "Xã Đồng Đăng". The folding is defined once,
-- here, and used both for the stored column and for the search terms.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION fold_for_search(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

ALTER TABLE unit ADD COLUMN search_text TEXT GENERATED ALWAYS AS (fold_for_search(code || ' ' || name)) STORED;
CREATE INDEX unit_search_text_idx ON unit USING gin (search_text gin_trgm_ops);
