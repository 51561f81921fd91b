-- A company's career framework (ladder): ordered levels, topics, and what each level expects in
-- each topic. A plan may be held against one framework, from a current to a target level; wins,
-- feedback, milestones and stretch assignments are linked to expectations as evidence; the person
-- rates themselves per topic or skill on a date (self-assessment snapshots).
CREATE TABLE framework (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    source      TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
) STRICT;

CREATE UNIQUE INDEX framework_by_name ON framework (name);

CREATE TABLE framework_level (
    id           INTEGER PRIMARY KEY,
    framework_id INTEGER NOT NULL REFERENCES framework (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    UNIQUE (framework_id, position)
) STRICT;

CREATE TABLE framework_topic (
    id           INTEGER PRIMARY KEY,
    framework_id INTEGER NOT NULL REFERENCES framework (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    UNIQUE (framework_id, position)
) STRICT;

-- Examples are kept one per line (expectations and examples are single lines).
CREATE TABLE expectation (
    id        INTEGER PRIMARY KEY,
    topic_id  INTEGER NOT NULL REFERENCES framework_topic (id) ON DELETE CASCADE,
    level_id  INTEGER NOT NULL REFERENCES framework_level (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    text      TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
    examples  TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX expectation_by_topic ON expectation (topic_id, level_id, position);
CREATE INDEX expectation_by_level ON expectation (level_id);

-- One framework per plan, with the person's place on its ladder.
CREATE TABLE plan_framework (
    plan_id         INTEGER PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    framework_id    INTEGER NOT NULL REFERENCES framework (id) ON DELETE CASCADE,
    current_level_id INTEGER NOT NULL REFERENCES framework_level (id) ON DELETE CASCADE,
    target_level_id INTEGER NOT NULL REFERENCES framework_level (id) ON DELETE CASCADE
) STRICT;

CREATE INDEX plan_framework_by_framework ON plan_framework (framework_id);

-- Evidence: exactly one of the four things it points at; deleting that thing deletes the link.
CREATE TABLE evidence (
    id             INTEGER PRIMARY KEY,
    expectation_id INTEGER NOT NULL REFERENCES expectation (id) ON DELETE CASCADE,
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    win_id         INTEGER REFERENCES win (id) ON DELETE CASCADE,
    feedback_id    INTEGER REFERENCES feedback (id) ON DELETE CASCADE,
    milestone_id   INTEGER REFERENCES milestone (id) ON DELETE CASCADE,
    stretch_id     INTEGER REFERENCES stretch (id) ON DELETE CASCADE,
    created_at     TEXT    NOT NULL,
    CHECK ((win_id IS NOT NULL) + (feedback_id IS NOT NULL) + (milestone_id IS NOT NULL) + (stretch_id IS NOT NULL) = 1)
) STRICT;

CREATE INDEX evidence_by_plan ON evidence (plan_id, expectation_id);
CREATE INDEX evidence_by_expectation ON evidence (expectation_id);
CREATE UNIQUE INDEX evidence_win ON evidence (expectation_id, win_id) WHERE win_id IS NOT NULL;
CREATE UNIQUE INDEX evidence_feedback ON evidence (expectation_id, feedback_id) WHERE feedback_id IS NOT NULL;
CREATE UNIQUE INDEX evidence_milestone ON evidence (expectation_id, milestone_id) WHERE milestone_id IS NOT NULL;
CREATE UNIQUE INDEX evidence_stretch ON evidence (expectation_id, stretch_id) WHERE stretch_id IS NOT NULL;
CREATE INDEX evidence_by_win ON evidence (win_id) WHERE win_id IS NOT NULL;
CREATE INDEX evidence_by_feedback ON evidence (feedback_id) WHERE feedback_id IS NOT NULL;
CREATE INDEX evidence_by_milestone ON evidence (milestone_id) WHERE milestone_id IS NOT NULL;
CREATE INDEX evidence_by_stretch ON evidence (stretch_id) WHERE stretch_id IS NOT NULL;

-- Self-assessment: on a date, a rating per framework topic (on the framework's levels) or per
-- skill (on the 1–5 scale).
CREATE TABLE assessment (
    id         INTEGER PRIMARY KEY,
    plan_id    INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    date       TEXT    NOT NULL,
    note       TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    UNIQUE (plan_id, date)
) STRICT;

CREATE TABLE assessment_rating (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    topic_id      INTEGER REFERENCES framework_topic (id) ON DELETE CASCADE,
    skill_id      INTEGER REFERENCES skill (id) ON DELETE CASCADE,
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 20),
    CHECK ((topic_id IS NULL) <> (skill_id IS NULL))
) STRICT;

CREATE UNIQUE INDEX assessment_rating_topic ON assessment_rating (assessment_id, topic_id) WHERE topic_id IS NOT NULL;
CREATE UNIQUE INDEX assessment_rating_skill ON assessment_rating (assessment_id, skill_id) WHERE skill_id IS NOT NULL;
CREATE INDEX assessment_rating_by_topic ON assessment_rating (topic_id) WHERE topic_id IS NOT NULL;
CREATE INDEX assessment_rating_by_skill ON assessment_rating (skill_id) WHERE skill_id IS NOT NULL;

