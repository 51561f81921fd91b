-- A closed plan's retrospective is searchable with the plan (the triggers of 0007 index the
-- title, goal and levels). Existing plans have no retrospective yet, so nothing is re-indexed.
DROP TRIGGER plan_search_update;
CREATE TRIGGER plan_search_update AFTER UPDATE ON plan BEGIN
    DELETE FROM search_index WHERE rowid = 1 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    VALUES (1 * 1099511627776 + NEW.id, NEW.title,
            NEW.goal || ' ' || NEW.current_level || ' ' || NEW.target_level || ' ' || NEW.worked || ' ' ||
            NEW.did_not_work || ' ' || NEW.differently,
            'plan', NEW.id, NEW.id);
END;
