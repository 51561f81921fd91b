-- Search found a plan's rows by reading every match's plan_id from the index's content: at ten
-- years a common word matched 20,000 rows of 50 plans and the filter, not the ranking, took most of
-- the time (BENCHMARKS.md). Now kind and plan_id are indexed too, so "this plan, or the shared
-- stakeholder map" is part of the full-text query and other plans' rows are never visited.
-- The triggers of 0007 write the same columns by name and keep working on the new table.
CREATE TEMP TABLE search_copy AS SELECT rowid AS id, title, body, kind, ref_id, plan_id FROM search_index;
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, kind, ref_id UNINDEXED, plan_id,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_index (rowid, title, body, kind, ref_id, plan_id)
    SELECT id, title, body, kind, ref_id, plan_id FROM search_copy;
DROP TABLE search_copy;
