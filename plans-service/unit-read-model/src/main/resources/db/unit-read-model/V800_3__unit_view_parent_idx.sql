-- Children are found by their parent's id when the parent arrives or moves, to hang them under it.
CREATE INDEX unit_view_parent_unit_idx ON unit_view (parent_unit_id);
