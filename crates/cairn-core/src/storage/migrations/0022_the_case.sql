-- Making the case (issue 18): Cairn's built-in ladder, the promotion self-review, and wins found
-- in the person's own git history.

-- A built-in framework is Cairn's own (career/builtin/ladder.md): `builtin` names its track and
-- `builtin_version` the shipped text it was last brought up to. The core refuses to change or
-- delete one; a copy is an ordinary framework.
ALTER TABLE framework ADD COLUMN builtin TEXT CHECK (builtin IN ('ic', 'manager', 'hybrid'));
ALTER TABLE framework ADD COLUMN builtin_version TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX framework_builtin ON framework (builtin) WHERE builtin IS NOT NULL;

-- A win told as situation → my part → result; feedback the person may quote word for word.
ALTER TABLE win ADD COLUMN situation TEXT NOT NULL DEFAULT '';
ALTER TABLE win ADD COLUMN my_part TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN quotable INTEGER NOT NULL DEFAULT 0 CHECK (quotable IN (0, 1));

DROP TRIGGER win_closed_update;
CREATE TRIGGER win_closed_update BEFORE UPDATE OF date, title, what_happened, metric, baseline, result, unit, impact_note, witnesses, situation, my_part ON win
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
DROP TRIGGER feedback_closed_update;
CREATE TRIGGER feedback_closed_update BEFORE UPDATE OF date, from_name, kind, said, response, status, quotable ON feedback
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

-- The win's new words are searchable too (kind 6, see 0007).
DROP TRIGGER win_search_insert;
DROP TRIGGER win_search_update;
CREATE TRIGGER win_search_insert AFTER INSERT ON win BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (6 * 1099511627776 + NEW.id, NEW.title, NEW.situation || ' ' || NEW.my_part || ' ' || NEW.what_happened || ' ' || NEW.metric || ' ' || NEW.impact_note || ' ' || NEW.witnesses, 'win', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER win_search_update AFTER UPDATE ON win BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (6 * 1099511627776 + NEW.id, NEW.title, NEW.situation || ' ' || NEW.my_part || ' ' || NEW.what_happened || ' ' || NEW.metric || ' ' || NEW.impact_note || ' ' || NEW.witnesses, 'win', NEW.id, NEW.plan_id);
END;

-- The self-review of a plan: the period it covers (no row: the default period) and the person's
-- text per framework topic, or per skill when the plan uses no framework. `based_on` is the draft
-- the text started from, so a newer draft can be offered beside the text without replacing it.
CREATE TABLE self_review (
    plan_id     INTEGER PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    period_from TEXT    NOT NULL,
    period_to   TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    CHECK (period_from <= period_to)
) STRICT;

CREATE TABLE self_review_section (
    id         INTEGER PRIMARY KEY,
    plan_id    INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    topic_id   INTEGER REFERENCES framework_topic (id) ON DELETE CASCADE,
    skill_id   INTEGER REFERENCES skill (id) ON DELETE CASCADE,
    text       TEXT    NOT NULL,
    based_on   TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    CHECK ((topic_id IS NULL) <> (skill_id IS NULL))
) STRICT;

CREATE UNIQUE INDEX self_review_topic ON self_review_section (plan_id, topic_id) WHERE topic_id IS NOT NULL;
CREATE UNIQUE INDEX self_review_skill ON self_review_section (plan_id, skill_id) WHERE skill_id IS NOT NULL;
CREATE INDEX self_review_by_topic ON self_review_section (topic_id) WHERE topic_id IS NOT NULL;
CREATE INDEX self_review_by_skill ON self_review_section (skill_id) WHERE skill_id IS NOT NULL;

CREATE TRIGGER self_review_closed_insert BEFORE INSERT ON self_review
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER self_review_closed_update BEFORE UPDATE OF period_from, period_to ON self_review
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER self_review_section_closed_insert BEFORE INSERT ON self_review_section
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER self_review_section_closed_update BEFORE UPDATE OF text, based_on ON self_review_section
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

-- Wins from git history. The repositories and author emails are the person's, across plans;
-- `last_seen` is the newest commit read, so the next scan reads only what came after it.
CREATE TABLE git_repo (
    id         INTEGER PRIMARY KEY,
    path       TEXT    NOT NULL UNIQUE CHECK (length(path) BETWEEN 1 AND 4096),
    name       TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    added_at   TEXT    NOT NULL,
    last_seen  TEXT,
    scanned_at TEXT,
    shallow    INTEGER NOT NULL DEFAULT 0 CHECK (shallow IN (0, 1))
) STRICT;

CREATE TABLE git_author (
    email TEXT NOT NULL PRIMARY KEY COLLATE NOCASE CHECK (length(email) BETWEEN 3 AND 254)
) STRICT, WITHOUT ROWID;

-- A piece of merged work proposed as a win: one merge, one change number, or one day and subject
-- (`key`). Accepted or dismissed, it is never proposed again: its commits stay, by id.
CREATE TABLE git_candidate (
    id       INTEGER PRIMARY KEY,
    repo_id  INTEGER NOT NULL REFERENCES git_repo (id) ON DELETE CASCADE,
    key      TEXT    NOT NULL,
    title    TEXT    NOT NULL,
    day      TEXT    NOT NULL,
    commits  INTEGER NOT NULL CHECK (commits >= 1),
    files    INTEGER NOT NULL CHECK (files >= 0),
    added    INTEGER NOT NULL CHECK (added >= 0),
    deleted  INTEGER NOT NULL CHECK (deleted >= 0),
    state    TEXT    NOT NULL CHECK (state IN ('open', 'accepted', 'dismissed')),
    win_id   INTEGER REFERENCES win (id) ON DELETE SET NULL,
    UNIQUE (repo_id, key)
) STRICT;

CREATE INDEX git_candidate_by_day ON git_candidate (state, day);
CREATE INDEX git_candidate_by_win ON git_candidate (win_id) WHERE win_id IS NOT NULL;

CREATE TABLE git_commit (
    candidate_id INTEGER NOT NULL REFERENCES git_candidate (id) ON DELETE CASCADE,
    sha          TEXT    NOT NULL CHECK (length(sha) BETWEEN 40 AND 64),
    PRIMARY KEY (candidate_id, sha)
) STRICT, WITHOUT ROWID;

CREATE INDEX git_commit_by_sha ON git_commit (sha);
