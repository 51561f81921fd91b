-- Closing a plan: the outcome (promoted, not yet, changed direction, paused), the day it was
-- closed and a short retrospective; a new plan can continue from an old one (`continued_from`).
ALTER TABLE plan ADD COLUMN closed_on TEXT;
ALTER TABLE plan ADD COLUMN outcome TEXT CHECK (outcome IS NULL OR outcome IN ('promoted', 'not_yet',
                                                  'changed_direction', 'paused'));
ALTER TABLE plan ADD COLUMN worked TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN did_not_work TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN differently TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN continued_from INTEGER REFERENCES plan (id) ON DELETE SET NULL;

-- A closed plan is read-only, and the schema keeps it so, whatever code writes: nothing is added
-- to it and none of its items' own fields change. References set to NULL because something shared
-- was deleted (a person on the map) still go through: those columns are not listed. Deletes are
-- refused by the core (`Store::delete_undoable`), since an import clears every table.
CREATE TRIGGER plan_closed_update BEFORE UPDATE OF title, goal, start_date, end_date, current_level, target_level,
    track ON plan WHEN OLD.closed_on IS NOT NULL AND NEW.closed_on IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER skill_closed_insert BEFORE INSERT ON skill
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER skill_closed_update BEFORE UPDATE OF name, category, baseline_level, current_level, target_level, why, notes, position ON skill
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER stretch_closed_insert BEFORE INSERT ON stretch
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER stretch_closed_update BEFORE UPDATE OF title, description, start_date, end_date, status, risks, outcome ON stretch
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER milestone_closed_insert BEFORE INSERT ON milestone
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER milestone_closed_update BEFORE UPDATE OF title, due_date, status, completed_date, evidence ON milestone
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER win_closed_insert BEFORE INSERT ON win
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER win_closed_update BEFORE UPDATE OF date, title, what_happened, metric, baseline, result, unit, impact_note, witnesses ON win
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER feedback_closed_insert BEFORE INSERT ON feedback
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER feedback_closed_update BEFORE UPDATE OF date, from_name, kind, said, response, status ON feedback
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER one_on_one_closed_insert BEFORE INSERT ON one_on_one
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER one_on_one_closed_update BEFORE UPDATE OF date, time, notes ON one_on_one
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER reflection_closed_insert BEFORE INSERT ON reflection
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER reflection_closed_update BEFORE UPDATE OF moved, learned, blocked, focus, confidence, energy ON reflection
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER cycle_date_closed_insert BEFORE INSERT ON cycle_date
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER cycle_date_closed_update BEFORE UPDATE OF kind, name, date ON cycle_date
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER monthly_review_closed_insert BEFORE INSERT ON monthly_review
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER monthly_review_closed_update BEFORE UPDATE OF step, summary, completed_on, changes ON monthly_review
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER assessment_closed_insert BEFORE INSERT ON assessment
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER assessment_closed_update BEFORE UPDATE OF date, note ON assessment
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER plan_framework_closed_insert BEFORE INSERT ON plan_framework
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER plan_framework_closed_update BEFORE UPDATE OF framework_id, current_level_id, target_level_id ON plan_framework
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER learning_action_closed_insert BEFORE INSERT ON learning_action
    WHEN (SELECT closed_on FROM plan WHERE id = (SELECT plan_id FROM skill WHERE id = NEW.skill_id)) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER learning_action_closed_update BEFORE UPDATE OF title, kind, due_date, status ON learning_action
    WHEN (SELECT closed_on FROM plan WHERE id = (SELECT plan_id FROM skill WHERE id = NEW.skill_id)) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER agenda_item_closed_insert BEFORE INSERT ON agenda_item
    WHEN (SELECT closed_on FROM plan WHERE id = (SELECT plan_id FROM one_on_one WHERE id = NEW.one_on_one_id)) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER agenda_item_closed_update BEFORE UPDATE OF position, text, done ON agenda_item
    WHEN (SELECT closed_on FROM plan WHERE id = (SELECT plan_id FROM one_on_one WHERE id = NEW.one_on_one_id)) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER action_item_closed_insert BEFORE INSERT ON action_item
    WHEN (SELECT closed_on FROM plan WHERE id = (SELECT plan_id FROM one_on_one WHERE id = NEW.one_on_one_id)) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
CREATE TRIGGER action_item_closed_update BEFORE UPDATE OF text, owner, status, due_date ON action_item
    WHEN (SELECT closed_on FROM plan WHERE id = (SELECT plan_id FROM one_on_one WHERE id = NEW.one_on_one_id)) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER win_skill_closed_insert BEFORE INSERT ON win_skill
    WHEN (SELECT closed_on FROM plan WHERE id = (SELECT plan_id FROM win WHERE id = NEW.win_id)) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER stretch_skill_closed_insert BEFORE INSERT ON stretch_skill
    WHEN (SELECT closed_on FROM plan WHERE id = (SELECT plan_id FROM stretch WHERE id = NEW.stretch_id)) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER assessment_rating_closed_insert BEFORE INSERT ON assessment_rating
    WHEN (SELECT closed_on FROM plan WHERE id = (SELECT plan_id FROM assessment WHERE id = NEW.assessment_id)) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;

CREATE TRIGGER evidence_closed_insert BEFORE INSERT ON evidence
    WHEN (SELECT closed_on FROM plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'cairn: the plan is closed');
END;
