//! Search across all text of a plan (and the shared stakeholder map) with SQLite FTS5, ranked by
//! BM25 with titles weighing more than bodies. The index is kept in step by triggers (migration 7).
//! Interactions are found from a plan when they were logged in a month of its window.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use chrono::{Datelike, Months};

use crate::error::{Error, Result, StorageResultExt};
use crate::plan::Plan;
use crate::store::Store;

/// Most hits returned for one query.
pub const SEARCH_LIMIT: usize = 50;
/// Longest query, in characters.
pub const SEARCH_QUERY_MAX: usize = 200;

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchHit {
    /// What was found: plan, skill, learning_action, stretch, milestone, win, feedback, one_on_one,
    /// agenda_item, action_item, stakeholder or interaction.
    pub kind: String,
    /// The id of the found row in its own table.
    #[ts(type = "number")]
    pub id: i64,
    pub title: String,
    /// A few words around the match, or the start of the text.
    pub snippet: String,
    /// BM25 score, lower is better.
    pub rank: f64,
}

/// Turns what a person typed into an FTS5 query: every word must appear, as a prefix ("mento"
/// finds "mentoring"); quotes and operators are taken literally, never as query syntax.
pub fn fts_query(typed: &str) -> Option<String> {
    let terms: Vec<String> = typed
        .split(|c: char| !c.is_alphanumeric() && c != '_' && c != '-' && c != '\'')
        .map(|t| t.trim_matches(|c| c == '-' || c == '\''))
        .filter(|t| !t.is_empty())
        .map(|t| format!("\"{}\"*", t.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// The typed words searched in titles and bodies only, among the plan's rows, the people on the
/// shared map, and what was logged with them in the months of the plan's window (people and
/// interactions belong to no plan). The scope is part of the full-text query, so other plans' rows
/// and other years' interactions are never read (migrations 10 and 13).
fn scoped(fts: &str, plan: &Plan) -> String {
    let mut months = Vec::new();
    let mut month = plan.start_date.with_day(1);
    while let Some(m) = month.filter(|m| *m <= plan.end_date) {
        months.push(m.format("m%Y%m").to_string());
        month = m.checked_add_months(Months::new(1));
    }
    format!(
        "{{title body}} : ({fts}) AND (plan_id : \"{}\" OR kind : stakeholder OR month : ({}))",
        plan.id,
        months.join(" OR ")
    )
}

impl Store {
    /// The best matches for `query` among the plan's texts and the stakeholder map.
    pub fn search(&self, plan_id: i64, query: &str) -> Result<Vec<SearchHit>> {
        let plan = self.get_plan(plan_id)?;
        if query.chars().count() > SEARCH_QUERY_MAX {
            return Err(Error::validation(
                "query",
                format!("Search for at most {SEARCH_QUERY_MAX} characters at a time."),
            ));
        }
        let Some(fts) = fts_query(query) else { return Ok(Vec::new()) };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT kind, ref_id, title, snippet(search_index, 1, '', '', '…', 16), \
                        bm25(search_index, 4.0, 1.0, 0.0, 0.0, 0.0, 0.0) AS score \
                 FROM search_index WHERE search_index MATCH ?1 ORDER BY score LIMIT ?2",
            )
            .or_storage("search")?;
        let rows = stmt
            .query_map(rusqlite::params![scoped(&fts, &plan), SEARCH_LIMIT as i64], |r| {
                Ok(SearchHit { kind: r.get(0)?, id: r.get(1)?, title: r.get(2)?, snippet: r.get(3)?, rank: r.get(4)? })
            })
            .or_storage("search")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().or_storage("search")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_becomes_prefix_terms_and_syntax_is_taken_literally() {
        assert_eq!(fts_query("mentor juniors").as_deref(), Some("\"mentor\"* \"juniors\"*"));
        assert_eq!(fts_query("NEAR(a b) OR \"x").as_deref(), Some("\"NEAR\"* \"a\"* \"b\"* \"OR\"* \"x\"*"));
        assert_eq!(fts_query("p95 -- ' \" * ^"), Some("\"p95\"*".into()));
        assert_eq!(fts_query("  "), None);
        assert_eq!(fts_query("café tech-lead"), Some("\"café\"* \"tech-lead\"*".into()));
    }
}
