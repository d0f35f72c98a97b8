-- The plan a plan implements (plans-service's parentPlanId): a parent's progress shows its children plans' actuals.
ALTER TABLE plan_view ADD COLUMN parent_plan_id BIGINT;
CREATE INDEX plan_view_parent_idx ON plan_view (parent_plan_id) WHERE parent_plan_id IS NOT NULL;
