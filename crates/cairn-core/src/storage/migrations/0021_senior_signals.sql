-- The senior signals as records of their own (issue 17): mentoring (a mentee's goals, sessions
-- with their agenda), visibility (talks, design documents, posts, demos, presentations,
-- workshops), feedback requests and feedback given. All of them belong to a plan, count as
-- evidence for readiness, are searchable, and freeze with a closed plan.

-- A mentee is a person on the map. Their goals live in the plan they are mentored in; removing
-- the person from the map removes their goals.
CREATE TABLE mentee_goal (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    stakeholder_id INTEGER NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    text           TEXT    NOT NULL,
    target_date    TEXT,
    status         TEXT    NOT NULL CHECK (status IN ('open', 'met', 'dropped')),
    met_on         TEXT,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;
CREATE INDEX mentee_goal_by_plan ON mentee_goal (plan_id, stakeholder_id);
CREATE INDEX mentee_goal_by_stakeholder ON mentee_goal (stakeholder_id);

-- A session keeps the mentee's name, so it stays evidence if the person leaves the map.
CREATE TABLE mentoring_session (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    stakeholder_id INTEGER REFERENCES stakeholder (id) ON DELETE SET NULL,
    mentee_name    TEXT    NOT NULL,
    date           TEXT    NOT NULL,
    topics         TEXT    NOT NULL DEFAULT '',
    notes          TEXT    NOT NULL DEFAULT '',
    will_try       TEXT    NOT NULL DEFAULT '',
    learned        TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;
CREATE INDEX mentoring_session_by_plan ON mentoring_session (plan_id, date);
CREATE INDEX mentoring_session_by_stakeholder ON mentoring_session (stakeholder_id, date);

-- A session's agenda: the mentee's open goals and what they were to try since last time.
CREATE TABLE mentoring_item (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES mentoring_session (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    source     TEXT    NOT NULL CHECK (source IN ('goal', 'follow_up', 'added')),
    text       TEXT    NOT NULL,
    done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    goal_id    INTEGER REFERENCES mentee_goal (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX mentoring_item_by_session ON mentoring_item (session_id, position);
CREATE INDEX mentoring_item_by_goal ON mentoring_item (goal_id) WHERE goal_id IS NOT NULL;

CREATE TABLE visibility (
    id            INTEGER PRIMARY KEY,
    plan_id       INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL CHECK (kind IN ('talk', 'design_doc', 'post', 'demo', 'presentation', 'workshop')),
    title         TEXT    NOT NULL,
    date          TEXT    NOT NULL,
    audience      TEXT    NOT NULL CHECK (audience IN ('team', 'org', 'company', 'external')),
    audience_size INTEGER CHECK (audience_size IS NULL OR audience_size BETWEEN 1 AND 1000000),
    -- Kept as text: shown and copyable, never fetched or opened by Cairn.
    link          TEXT    NOT NULL DEFAULT '',
    outcome       TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
) STRICT;
CREATE INDEX visibility_by_plan ON visibility (plan_id, date);

CREATE TABLE visibility_skill (
    visibility_id INTEGER NOT NULL REFERENCES visibility (id) ON DELETE CASCADE,
    skill_id      INTEGER NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
    PRIMARY KEY (visibility_id, skill_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX visibility_skill_by_skill ON visibility_skill (skill_id);

-- Asking for feedback: whom, about what (a skill, an expectation, a stretch assignment or a
-- question: `topic` keeps its words, so the request reads the same after the thing is deleted),
-- by when, and where it stands. The answer is a feedback row.
CREATE TABLE feedback_request (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    stakeholder_id INTEGER REFERENCES stakeholder (id) ON DELETE SET NULL,
    person_name    TEXT    NOT NULL,
    about          TEXT    NOT NULL CHECK (about IN ('skill', 'expectation', 'stretch', 'question')),
    skill_id       INTEGER REFERENCES skill (id) ON DELETE SET NULL,
    expectation_id INTEGER REFERENCES expectation (id) ON DELETE SET NULL,
    stretch_id     INTEGER REFERENCES stretch (id) ON DELETE SET NULL,
    topic          TEXT    NOT NULL,
    due_date       TEXT,
    status         TEXT    NOT NULL CHECK (status IN ('to_ask', 'asked', 'answered', 'declined')),
    asked_on       TEXT,
    feedback_id    INTEGER REFERENCES feedback (id) ON DELETE SET NULL,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;
CREATE INDEX feedback_request_by_plan ON feedback_request (plan_id, status);
CREATE INDEX feedback_request_by_stakeholder ON feedback_request (stakeholder_id) WHERE stakeholder_id IS NOT NULL;
CREATE INDEX feedback_request_by_feedback ON feedback_request (feedback_id) WHERE feedback_id IS NOT NULL;
CREATE INDEX feedback_request_by_skill ON feedback_request (skill_id) WHERE skill_id IS NOT NULL;
CREATE INDEX feedback_request_by_expectation ON feedback_request (expectation_id) WHERE expectation_id IS NOT NULL;
CREATE INDEX feedback_request_by_stretch ON feedback_request (stretch_id) WHERE stretch_id IS NOT NULL;

CREATE TABLE feedback_given (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    stakeholder_id INTEGER REFERENCES stakeholder (id) ON DELETE SET NULL,
    person_name    TEXT    NOT NULL,
    date           TEXT    NOT NULL,
    context        TEXT    NOT NULL CHECK (context IN ('code_review', 'design_review', 'peer_review', 'other')),
    kind           TEXT    NOT NULL CHECK (kind IN ('praise', 'constructive')),
    about          TEXT    NOT NULL,
    notes          TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;
CREATE INDEX feedback_given_by_plan ON feedback_given (plan_id, date);
CREATE INDEX feedback_given_by_stakeholder ON feedback_given (stakeholder_id) WHERE stakeholder_id IS NOT NULL;

-- Evidence points at one of eight things now. SQLite cannot change a CHECK in place: the table is
-- rebuilt with its rows, indexes and closed-plan trigger (nothing references it).
CREATE TABLE evidence_new (
    id                   INTEGER PRIMARY KEY,
    expectation_id       INTEGER NOT NULL REFERENCES expectation (id) ON DELETE CASCADE,
    plan_id              INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    win_id               INTEGER REFERENCES win (id) ON DELETE CASCADE,
    feedback_id          INTEGER REFERENCES feedback (id) ON DELETE CASCADE,
    milestone_id         INTEGER REFERENCES milestone (id) ON DELETE CASCADE,
    stretch_id           INTEGER REFERENCES stretch (id) ON DELETE CASCADE,
    created_at           TEXT    NOT NULL,
    mentoring_session_id INTEGER REFERENCES mentoring_session (id) ON DELETE CASCADE,
    visibility_id        INTEGER REFERENCES visibility (id) ON DELETE CASCADE,
    feedback_request_id  INTEGER REFERENCES feedback_request (id) ON DELETE CASCADE,
    feedback_given_id    INTEGER REFERENCES feedback_given (id) ON DELETE CASCADE,
    CHECK ((win_id IS NOT NULL) + (feedback_id IS NOT NULL) + (milestone_id IS NOT NULL) + (stretch_id IS NOT NULL)
           + (mentoring_session_id IS NOT NULL) + (visibility_id IS NOT NULL) + (feedback_request_id IS NOT NULL)
           + (feedback_given_id IS NOT NULL) = 1)
) STRICT;
INSERT INTO evidence_new (id, expectation_id, plan_id, win_id, feedback_id, milestone_id, stretch_id, created_at)
    SELECT id, expectation_id, plan_id, win_id, feedback_id, milestone_id, stretch_id, created_at FROM evidence;
DROP TABLE evidence;
ALTER TABLE evidence_new RENAME TO evidence;
CREATE INDEX evidence_by_plan ON evidence (plan_id, expectation_id);
CREATE INDEX evidence_by_expectation ON evidence (expectation_id);
CREATE UNIQUE INDEX evidence_win ON evidence (expectation_id, win_id) WHERE win_id IS NOT NULL;
CREATE UNIQUE INDEX evidence_feedback ON evidence (expectation_id, feedback_id) WHERE feedback_id IS NOT NULL;
CREATE UNIQUE INDEX evidence_milestone ON evidence (expectation_id, milestone_id) WHERE milestone_id IS NOT NULL;
CREATE UNIQUE INDEX evidence_stretch ON evidence (expectation_id, stretch_id) WHERE stretch_id IS NOT NULL;
CREATE UNIQUE INDEX evidence_mentoring ON evidence (expectation_id, mentoring_session_id) WHERE mentoring_session_id IS NOT NULL;
CREATE UNIQUE INDEX evidence_visibility ON evidence (expectation_id, visibility_id) WHERE visibility_id IS NOT NULL;
CREATE UNIQUE INDEX evidence_request ON evidence (expectation_id, feedback_request_id) WHERE feedback_request_id IS NOT NULL;
CREATE UNIQUE INDEX evidence_given ON evidence (expectation_id, feedback_given_id) WHERE feedback_given_id IS NOT NULL;
CREATE INDEX evidence_by_win ON evidence (win_id) WHERE win_id IS NOT NULL;
CREATE INDEX evidence_by_feedback ON evidence (feedback_id) WHERE feedback_id IS NOT NULL;
CREATE INDEX evidence_by_milestone ON evidence (milestone_id) WHERE milestone_id IS NOT NULL;
CREATE INDEX evidence_by_stretch ON evidence (stretch_id) WHERE stretch_id IS NOT NULL;
CREATE INDEX evidence_by_mentoring ON evidence (mentoring_session_id) WHERE mentoring_session_id IS NOT NULL;
CREATE INDEX evidence_by_visibility ON evidence (visibility_id) WHERE visibility_id IS NOT NULL;
CREATE INDEX evidence_by_request ON evidence (feedback_request_id) WHERE feedback_request_id IS NOT NULL;
CREATE INDEX evidence_by_given ON evidence (feedback_given_id) WHERE feedback_given_id IS NOT NULL;

-- Reminders for feedback requests falling due (rebuilt for the wider list of kinds, as 0017).
CREATE TABLE reminder_sent_new (
    kind     TEXT    NOT NULL CHECK (kind IN ('check_in', 'milestone', 'learning_action', 'action_item',
                                              'reflection', 'monthly_review', 'cycle_date_soon', 'cycle_date',
                                              'self_assessment', 'feedback_request')),
    item_id  INTEGER NOT NULL,
    due_date TEXT    NOT NULL,
    sent_at  TEXT    NOT NULL,
    PRIMARY KEY (kind, item_id, due_date)
) STRICT, WITHOUT ROWID;
INSERT INTO reminder_sent_new SELECT kind, item_id, due_date, sent_at FROM reminder_sent;
DROP TABLE reminder_sent;
ALTER TABLE reminder_sent_new RENAME TO reminder_sent;

-- A closed plan stays read-only (as 0019) for the new tables too.
CREATE TRIGGER evidence_closed_insert BEFORE INSERT ON evidence
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER mentee_goal_closed_insert BEFORE INSERT ON mentee_goal
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER mentee_goal_closed_update BEFORE UPDATE OF text, target_date, status, met_on ON mentee_goal
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER mentoring_session_closed_insert BEFORE INSERT ON mentoring_session
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER mentoring_session_closed_update BEFORE UPDATE OF date, topics, notes, will_try, learned ON mentoring_session
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER mentoring_item_closed_insert BEFORE INSERT ON mentoring_item
    WHEN (SELECT closed_on FROM plan WHERE id = (SELECT plan_id FROM mentoring_session WHERE id = NEW.session_id)) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER mentoring_item_closed_update BEFORE UPDATE OF position, text, done ON mentoring_item
    WHEN (SELECT closed_on FROM plan WHERE id = (SELECT plan_id FROM mentoring_session WHERE id = NEW.session_id)) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER visibility_closed_insert BEFORE INSERT ON visibility
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER visibility_closed_update BEFORE UPDATE OF kind, title, date, audience, audience_size, link, outcome ON visibility
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER visibility_skill_closed_insert BEFORE INSERT ON visibility_skill
    WHEN (SELECT closed_on FROM plan WHERE id = (SELECT plan_id FROM visibility WHERE id = NEW.visibility_id)) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER feedback_request_closed_insert BEFORE INSERT ON feedback_request
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER feedback_request_closed_update BEFORE UPDATE OF person_name, about, topic, due_date, status, asked_on ON feedback_request
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER feedback_given_closed_insert BEFORE INSERT ON feedback_given
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER feedback_given_closed_update BEFORE UPDATE OF date, context, kind, about, notes ON feedback_given
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

-- Searchable like the rest of the plan (kinds 16–20 in the index's rowid space, see 0007).
CREATE TRIGGER mentoring_session_search_insert AFTER INSERT ON mentoring_session BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (16 * 1099511627776 + NEW.id, 'Mentoring ' || NEW.mentee_name,
            NEW.topics || ' ' || NEW.notes || ' ' || NEW.will_try || ' ' || NEW.learned, 'mentoring_session', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER mentoring_session_search_update AFTER UPDATE ON mentoring_session BEGIN
    DELETE FROM search_index WHERE rowid = 16 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (16 * 1099511627776 + NEW.id, 'Mentoring ' || NEW.mentee_name,
            NEW.topics || ' ' || NEW.notes || ' ' || NEW.will_try || ' ' || NEW.learned, 'mentoring_session', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER mentoring_session_search_delete AFTER DELETE ON mentoring_session BEGIN
    DELETE FROM search_index WHERE rowid = 16 * 1099511627776 + OLD.id;
END;
CREATE TRIGGER visibility_search_insert AFTER INSERT ON visibility BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (17 * 1099511627776 + NEW.id, NEW.title, NEW.outcome, 'visibility', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER visibility_search_update AFTER UPDATE ON visibility BEGIN
    DELETE FROM search_index WHERE rowid = 17 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (17 * 1099511627776 + NEW.id, NEW.title, NEW.outcome, 'visibility', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER visibility_search_delete AFTER DELETE ON visibility BEGIN
    DELETE FROM search_index WHERE rowid = 17 * 1099511627776 + OLD.id;
END;
CREATE TRIGGER feedback_request_search_insert AFTER INSERT ON feedback_request BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (18 * 1099511627776 + NEW.id, 'Feedback request: ' || NEW.topic, NEW.person_name, 'feedback_request', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER feedback_request_search_update AFTER UPDATE ON feedback_request BEGIN
    DELETE FROM search_index WHERE rowid = 18 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (18 * 1099511627776 + NEW.id, 'Feedback request: ' || NEW.topic, NEW.person_name, 'feedback_request', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER feedback_request_search_delete AFTER DELETE ON feedback_request BEGIN
    DELETE FROM search_index WHERE rowid = 18 * 1099511627776 + OLD.id;
END;
CREATE TRIGGER feedback_given_search_insert AFTER INSERT ON feedback_given BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (19 * 1099511627776 + NEW.id, 'Feedback to ' || NEW.person_name || ': ' || NEW.about, NEW.notes, 'feedback_given', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER feedback_given_search_update AFTER UPDATE ON feedback_given BEGIN
    DELETE FROM search_index WHERE rowid = 19 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (19 * 1099511627776 + NEW.id, 'Feedback to ' || NEW.person_name || ': ' || NEW.about, NEW.notes, 'feedback_given', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER feedback_given_search_delete AFTER DELETE ON feedback_given BEGIN
    DELETE FROM search_index WHERE rowid = 19 * 1099511627776 + OLD.id;
END;
CREATE TRIGGER mentee_goal_search_insert AFTER INSERT ON mentee_goal BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (20 * 1099511627776 + NEW.id, NEW.text, (SELECT name FROM stakeholder WHERE id = NEW.stakeholder_id), 'mentee_goal', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER mentee_goal_search_update AFTER UPDATE ON mentee_goal BEGIN
    DELETE FROM search_index WHERE rowid = 20 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (20 * 1099511627776 + NEW.id, NEW.text, (SELECT name FROM stakeholder WHERE id = NEW.stakeholder_id), 'mentee_goal', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER mentee_goal_search_delete AFTER DELETE ON mentee_goal BEGIN
    DELETE FROM search_index WHERE rowid = 20 * 1099511627776 + OLD.id;
END;
