-- Full-text search over every text of a plan (and the shared stakeholder map), ranked with FTS5.
-- Each indexed row has rowid = kind code * 2^40 + the row's id, so triggers find it without a scan.
-- Stakeholders and interactions belong to no plan (plan_id NULL) and are found from every plan.
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, kind UNINDEXED, ref_id UNINDEXED, plan_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- plan
INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) SELECT 1 * 1099511627776 + x.id, x.title, x.goal || ' ' || x.current_level || ' ' || x.target_level, 'plan', x.id, x.id FROM plan x;
CREATE TRIGGER plan_search_insert AFTER INSERT ON plan BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (1 * 1099511627776 + NEW.id, NEW.title, NEW.goal || ' ' || NEW.current_level || ' ' || NEW.target_level, 'plan', NEW.id, NEW.id);
END;
CREATE TRIGGER plan_search_update AFTER UPDATE ON plan BEGIN
    DELETE FROM search_index WHERE rowid = 1 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (1 * 1099511627776 + NEW.id, NEW.title, NEW.goal || ' ' || NEW.current_level || ' ' || NEW.target_level, 'plan', NEW.id, NEW.id);
END;
CREATE TRIGGER plan_search_delete AFTER DELETE ON plan BEGIN
    DELETE FROM search_index WHERE rowid = 1 * 1099511627776 + OLD.id;
END;

-- skill
INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) SELECT 2 * 1099511627776 + x.id, x.name, x.why || ' ' || x.notes, 'skill', x.id, x.plan_id FROM skill x;
CREATE TRIGGER skill_search_insert AFTER INSERT ON skill BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (2 * 1099511627776 + NEW.id, NEW.name, NEW.why || ' ' || NEW.notes, 'skill', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER skill_search_update AFTER UPDATE ON skill BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (2 * 1099511627776 + NEW.id, NEW.name, NEW.why || ' ' || NEW.notes, 'skill', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER skill_search_delete AFTER DELETE ON skill BEGIN
    DELETE FROM search_index WHERE rowid = 2 * 1099511627776 + OLD.id;
END;

-- learning_action
INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) SELECT 3 * 1099511627776 + x.id, x.title, '', 'learning_action', x.id, (SELECT plan_id FROM skill WHERE id = x.skill_id) FROM learning_action x;
CREATE TRIGGER learning_action_search_insert AFTER INSERT ON learning_action BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (3 * 1099511627776 + NEW.id, NEW.title, '', 'learning_action', NEW.id, (SELECT plan_id FROM skill WHERE id = NEW.skill_id));
END;
CREATE TRIGGER learning_action_search_update AFTER UPDATE ON learning_action BEGIN
    DELETE FROM search_index WHERE rowid = 3 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (3 * 1099511627776 + NEW.id, NEW.title, '', 'learning_action', NEW.id, (SELECT plan_id FROM skill WHERE id = NEW.skill_id));
END;
CREATE TRIGGER learning_action_search_delete AFTER DELETE ON learning_action BEGIN
    DELETE FROM search_index WHERE rowid = 3 * 1099511627776 + OLD.id;
END;

-- stretch
INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) SELECT 4 * 1099511627776 + x.id, x.title, x.description || ' ' || x.risks || ' ' || x.outcome, 'stretch', x.id, x.plan_id FROM stretch x;
CREATE TRIGGER stretch_search_insert AFTER INSERT ON stretch BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (4 * 1099511627776 + NEW.id, NEW.title, NEW.description || ' ' || NEW.risks || ' ' || NEW.outcome, 'stretch', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER stretch_search_update AFTER UPDATE ON stretch BEGIN
    DELETE FROM search_index WHERE rowid = 4 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (4 * 1099511627776 + NEW.id, NEW.title, NEW.description || ' ' || NEW.risks || ' ' || NEW.outcome, 'stretch', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER stretch_search_delete AFTER DELETE ON stretch BEGIN
    DELETE FROM search_index WHERE rowid = 4 * 1099511627776 + OLD.id;
END;

-- milestone
INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) SELECT 5 * 1099511627776 + x.id, x.title, x.evidence, 'milestone', x.id, x.plan_id FROM milestone x;
CREATE TRIGGER milestone_search_insert AFTER INSERT ON milestone BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (5 * 1099511627776 + NEW.id, NEW.title, NEW.evidence, 'milestone', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER milestone_search_update AFTER UPDATE ON milestone BEGIN
    DELETE FROM search_index WHERE rowid = 5 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (5 * 1099511627776 + NEW.id, NEW.title, NEW.evidence, 'milestone', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER milestone_search_delete AFTER DELETE ON milestone BEGIN
    DELETE FROM search_index WHERE rowid = 5 * 1099511627776 + OLD.id;
END;

-- win
INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) SELECT 6 * 1099511627776 + x.id, x.title, x.what_happened || ' ' || x.metric || ' ' || x.impact_note || ' ' || x.witnesses, 'win', x.id, x.plan_id FROM win x;
CREATE TRIGGER win_search_insert AFTER INSERT ON win BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (6 * 1099511627776 + NEW.id, NEW.title, NEW.what_happened || ' ' || NEW.metric || ' ' || NEW.impact_note || ' ' || NEW.witnesses, 'win', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER win_search_update AFTER UPDATE ON win BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (6 * 1099511627776 + NEW.id, NEW.title, NEW.what_happened || ' ' || NEW.metric || ' ' || NEW.impact_note || ' ' || NEW.witnesses, 'win', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER win_search_delete AFTER DELETE ON win BEGIN
    DELETE FROM search_index WHERE rowid = 6 * 1099511627776 + OLD.id;
END;

-- feedback
INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) SELECT 7 * 1099511627776 + x.id, x.from_name, x.said || ' ' || x.response, 'feedback', x.id, x.plan_id FROM feedback x;
CREATE TRIGGER feedback_search_insert AFTER INSERT ON feedback BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (7 * 1099511627776 + NEW.id, NEW.from_name, NEW.said || ' ' || NEW.response, 'feedback', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER feedback_search_update AFTER UPDATE ON feedback BEGIN
    DELETE FROM search_index WHERE rowid = 7 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (7 * 1099511627776 + NEW.id, NEW.from_name, NEW.said || ' ' || NEW.response, 'feedback', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER feedback_search_delete AFTER DELETE ON feedback BEGIN
    DELETE FROM search_index WHERE rowid = 7 * 1099511627776 + OLD.id;
END;

-- one_on_one
INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) SELECT 8 * 1099511627776 + x.id, x.with_name, x.notes, 'one_on_one', x.id, x.plan_id FROM one_on_one x;
CREATE TRIGGER one_on_one_search_insert AFTER INSERT ON one_on_one BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (8 * 1099511627776 + NEW.id, NEW.with_name, NEW.notes, 'one_on_one', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER one_on_one_search_update AFTER UPDATE ON one_on_one BEGIN
    DELETE FROM search_index WHERE rowid = 8 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (8 * 1099511627776 + NEW.id, NEW.with_name, NEW.notes, 'one_on_one', NEW.id, NEW.plan_id);
END;
CREATE TRIGGER one_on_one_search_delete AFTER DELETE ON one_on_one BEGIN
    DELETE FROM search_index WHERE rowid = 8 * 1099511627776 + OLD.id;
END;

-- agenda_item
INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) SELECT 9 * 1099511627776 + x.id, x.text, '', 'agenda_item', x.id, (SELECT plan_id FROM one_on_one WHERE id = x.one_on_one_id) FROM agenda_item x;
CREATE TRIGGER agenda_item_search_insert AFTER INSERT ON agenda_item BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (9 * 1099511627776 + NEW.id, NEW.text, '', 'agenda_item', NEW.id, (SELECT plan_id FROM one_on_one WHERE id = NEW.one_on_one_id));
END;
CREATE TRIGGER agenda_item_search_update AFTER UPDATE ON agenda_item BEGIN
    DELETE FROM search_index WHERE rowid = 9 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (9 * 1099511627776 + NEW.id, NEW.text, '', 'agenda_item', NEW.id, (SELECT plan_id FROM one_on_one WHERE id = NEW.one_on_one_id));
END;
CREATE TRIGGER agenda_item_search_delete AFTER DELETE ON agenda_item BEGIN
    DELETE FROM search_index WHERE rowid = 9 * 1099511627776 + OLD.id;
END;

-- action_item
INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) SELECT 10 * 1099511627776 + x.id, x.text, x.owner, 'action_item', x.id, (SELECT plan_id FROM one_on_one WHERE id = x.one_on_one_id) FROM action_item x;
CREATE TRIGGER action_item_search_insert AFTER INSERT ON action_item BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (10 * 1099511627776 + NEW.id, NEW.text, NEW.owner, 'action_item', NEW.id, (SELECT plan_id FROM one_on_one WHERE id = NEW.one_on_one_id));
END;
CREATE TRIGGER action_item_search_update AFTER UPDATE ON action_item BEGIN
    DELETE FROM search_index WHERE rowid = 10 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (10 * 1099511627776 + NEW.id, NEW.text, NEW.owner, 'action_item', NEW.id, (SELECT plan_id FROM one_on_one WHERE id = NEW.one_on_one_id));
END;
CREATE TRIGGER action_item_search_delete AFTER DELETE ON action_item BEGIN
    DELETE FROM search_index WHERE rowid = 10 * 1099511627776 + OLD.id;
END;

-- stakeholder
INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) SELECT 11 * 1099511627776 + x.id, x.name, x.role || ' ' || x.cares_about, 'stakeholder', x.id, NULL FROM stakeholder x;
CREATE TRIGGER stakeholder_search_insert AFTER INSERT ON stakeholder BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (11 * 1099511627776 + NEW.id, NEW.name, NEW.role || ' ' || NEW.cares_about, 'stakeholder', NEW.id, NULL);
END;
CREATE TRIGGER stakeholder_search_update AFTER UPDATE ON stakeholder BEGIN
    DELETE FROM search_index WHERE rowid = 11 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (11 * 1099511627776 + NEW.id, NEW.name, NEW.role || ' ' || NEW.cares_about, 'stakeholder', NEW.id, NULL);
END;
CREATE TRIGGER stakeholder_search_delete AFTER DELETE ON stakeholder BEGIN
    DELETE FROM search_index WHERE rowid = 11 * 1099511627776 + OLD.id;
END;

-- interaction
INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) SELECT 12 * 1099511627776 + x.id, (SELECT name FROM stakeholder WHERE id = x.stakeholder_id), x.notes, 'interaction', x.id, NULL FROM interaction x;
CREATE TRIGGER interaction_search_insert AFTER INSERT ON interaction BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (12 * 1099511627776 + NEW.id, (SELECT name FROM stakeholder WHERE id = NEW.stakeholder_id), NEW.notes, 'interaction', NEW.id, NULL);
END;
CREATE TRIGGER interaction_search_update AFTER UPDATE ON interaction BEGIN
    DELETE FROM search_index WHERE rowid = 12 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id) VALUES (12 * 1099511627776 + NEW.id, (SELECT name FROM stakeholder WHERE id = NEW.stakeholder_id), NEW.notes, 'interaction', NEW.id, NULL);
END;
CREATE TRIGGER interaction_search_delete AFTER DELETE ON interaction BEGIN
    DELETE FROM search_index WHERE rowid = 12 * 1099511627776 + OLD.id;
END;
