-- This service's copy of the activities units hold (events.activities.v1): what report drafts count.
CREATE TABLE activity_view (
    activity_id          BIGINT       PRIMARY KEY,
    unit_id              BIGINT       NOT NULL,
    kind                 VARCHAR(30)  NOT NULL,
    start_date           DATE         NOT NULL,
    end_date             DATE         NOT NULL,
    status               VARCHAR(12)  NOT NULL,
    actual_participants  INT,
    source_version       BIGINT       NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL
);
-- A draft counts the activities held in a subtree whose first day falls in its data window.
CREATE INDEX activity_view_unit_start_idx ON activity_view (unit_id, start_date);

-- A line counted from the calendar says so, and which activities it counted; a reporter's own value clears both.
ALTER TABLE report_value
    ADD COLUMN from_calendar        BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN calendar_activities  JSONB;
