-- Skills (competencies) of a plan, on one 1–5 proficiency scale, and the learning actions that grow
-- them (tagged by the 70/20/10 idea: experience, people, courses).
CREATE TABLE skill (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    category       TEXT    NOT NULL CHECK (category IN ('technical_depth', 'delivery_ownership',
                       'communication_influence', 'leadership_mentoring', 'strategy_business', 'visibility')),
    baseline_level INTEGER NOT NULL CHECK (baseline_level BETWEEN 1 AND 5),
    current_level  INTEGER NOT NULL CHECK (current_level BETWEEN 1 AND 5),
    target_level   INTEGER NOT NULL CHECK (target_level BETWEEN 1 AND 5),
    why            TEXT    NOT NULL DEFAULT '',
    notes          TEXT    NOT NULL DEFAULT '',
    position       INTEGER NOT NULL,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    CHECK (target_level >= current_level)
) STRICT;

CREATE INDEX skill_by_plan ON skill (plan_id, position);

CREATE TABLE learning_action (
    id         INTEGER PRIMARY KEY,
    skill_id   INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    title      TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    kind       TEXT    NOT NULL CHECK (kind IN ('experience', 'people', 'courses')),
    due_date   TEXT,
    status     TEXT    NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
) STRICT;

CREATE INDEX learning_action_by_skill ON learning_action (skill_id);
