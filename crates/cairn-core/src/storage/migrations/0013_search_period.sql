-- Search in a plan ranked every interaction ever logged with anyone on the map: at ten years a
-- common word matched ~2,000 of them against ~250 rows of the plan itself, and ranking them was
-- most of the query's time (BENCHMARKS.md). An interaction now carries the month it was logged in
-- (`m202611`), and a plan's search takes the interactions of the months of its window, beside its
-- own rows and the people on the map. Rebuilt as 0010 did; the other triggers write the same
-- columns by name and keep working (their rows have no month).
CREATE TEMP TABLE search_copy AS
    SELECT rowid AS id, title, body, kind, ref_id, plan_id FROM search_index WHERE kind <> 'interaction';
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, kind, ref_id UNINDEXED, plan_id, month,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    SELECT id, title, body, kind, ref_id, plan_id FROM search_copy;
DROP TABLE search_copy;

INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id, month)
    SELECT 12 * 1099511627776 + x.id, (SELECT name FROM stakeholder WHERE id = x.stakeholder_id), x.notes,
           'interaction', x.id, NULL, 'm' || strftime('%Y%m', x.date)
    FROM interaction x;
DROP TRIGGER interaction_search_insert;
DROP TRIGGER interaction_search_update;
CREATE TRIGGER interaction_search_insert AFTER INSERT ON interaction BEGIN
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id, month)
    VALUES (12 * 1099511627776 + NEW.id, (SELECT name FROM stakeholder WHERE id = NEW.stakeholder_id), NEW.notes,
            'interaction', NEW.id, NULL, 'm' || strftime('%Y%m', NEW.date));
END;
CREATE TRIGGER interaction_search_update AFTER UPDATE ON interaction BEGIN
    DELETE FROM search_index WHERE rowid = 12 * 1099511627776 + OLD.id;
    INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id, month)
    VALUES (12 * 1099511627776 + NEW.id, (SELECT name FROM stakeholder WHERE id = NEW.stakeholder_id), NEW.notes,
            'interaction', NEW.id, NULL, 'm' || strftime('%Y%m', NEW.date));
END;
