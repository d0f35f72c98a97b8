-- Days become maintainable (admins the national ones, organisers their unit's): each change is versioned for If-Match.
ALTER TABLE commemorative_day
    ADD COLUMN version    BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN updated_by VARCHAR(200),
    ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();

-- What a unit holds (an exhibition, a book fair, a reading contest…). All-day activities have dates only; timed ones
-- also their instants. start_date and end_date (inclusive, in Vietnam) are set for both, so that every calendar query
-- filters one way.
CREATE TABLE activity (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id               BIGINT        NOT NULL,
    kind                  VARCHAR(30)   NOT NULL CHECK (kind IN ('EXHIBITION', 'THEMATIC_DISPLAY', 'BOOK_FAIR',
                              'BOOK_STREET', 'READING_CONTEST', 'STORYTELLING', 'TALK', 'TRAINING_CLASS',
                              'MOBILE_LIBRARY', 'FESTIVAL', 'OTHER')),
    title                 VARCHAR(500)  NOT NULL,
    place                 VARCHAR(500),
    all_day               BOOLEAN       NOT NULL,
    start_date            DATE          NOT NULL,
    end_date              DATE          NOT NULL,
    starts_at             TIMESTAMPTZ,
    ends_at               TIMESTAMPTZ,
    day_code              VARCHAR(60)   REFERENCES commemorative_day (code) ON UPDATE CASCADE,
    plan_id               BIGINT,
    task_key              VARCHAR(60),
    expected_participants INT           CHECK (expected_participants >= 0),
    actual_participants   INT           CHECK (actual_participants >= 0),
    status                VARCHAR(12)   NOT NULL CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    visibility            VARCHAR(10)   NOT NULL CHECK (visibility IN ('PUBLIC', 'INTERNAL')),
    cancellation_reason   TEXT,
    version               BIGINT        NOT NULL,
    created_by            VARCHAR(200)  NOT NULL,
    created_at            TIMESTAMPTZ   NOT NULL,
    updated_by            VARCHAR(200)  NOT NULL,
    updated_at            TIMESTAMPTZ   NOT NULL,
    CONSTRAINT activity_dates CHECK (end_date >= start_date),
    CONSTRAINT activity_times CHECK (all_day = (starts_at IS NULL) AND all_day = (ends_at IS NULL)
                                     AND (all_day OR ends_at >= starts_at)),
    CONSTRAINT activity_task CHECK (task_key IS NULL OR plan_id IS NOT NULL)
);
-- A calendar asks for the activities of a subtree's units in a window of dates.
CREATE INDEX activity_unit_start ON activity (unit_id, start_date);

-- This service's copy of plans-service's issued plans (plans.plans.v1): only what activities are checked against,
-- the tasks and the units they name.
CREATE TABLE plan_view (
    plan_id        BIGINT PRIMARY KEY,
    number         VARCHAR(100),
    title          TEXT         NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    source_version BIGINT       NOT NULL,
    tasks          JSONB        NOT NULL,
    unit_ids       JSONB        NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);
