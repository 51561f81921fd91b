//! The core at ten years of data (`Store::load_years(10)`): the queries behind the hot commands,
//! each next to the same rows fetched with raw SQL on a plain connection, p50 and p95 over many
//! runs. `cargo bench -p cairn-core --features scale --bench scale` (release build); `./dev bench` runs it with the
//! rest and BENCHMARKS.md keeps the figures.

use std::sync::Arc;
use std::time::{Duration, Instant};

use cairn_core::{FixedClock, ImportMode, PageRequest, Store};
use chrono::{Datelike, NaiveDate, TimeZone, Utc};
use rusqlite::Connection;

/// p50 and p95 of `runs` calls of `f` (after two unmeasured calls to warm the page cache).
fn measure(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    f();
    f();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    (times[runs / 2], times[(runs * 95).div_ceil(100) - 1])
}

fn parse_day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn row(what: &str, (p50, p95): (Duration, Duration), raw: Option<(Duration, Duration)>) {
    match raw {
        Some((r50, r95)) => println!(
            "{what:<42} {:>8.2} {:>8.2}   {:>8.2} {:>8.2}   {:>5.1}×",
            ms(p50),
            ms(p95),
            ms(r50),
            ms(r95),
            p95.as_secs_f64() / r95.as_secs_f64().max(1e-9)
        ),
        None => println!("{what:<42} {:>8.2} {:>8.2}", ms(p50), ms(p95)),
    }
}

/// Reads every column of every row `sql` returns: what the core's mapping is compared with.
fn raw(conn: &Connection, sql: &str, params: impl rusqlite::Params) -> usize {
    let mut stmt = conn.prepare_cached(sql).unwrap();
    let columns = stmt.column_count();
    let mut rows = stmt.query(params).unwrap();
    let mut n = 0;
    while let Some(row) = rows.next().unwrap() {
        for i in 0..columns {
            let _: rusqlite::types::Value = row.get(i).unwrap();
        }
        n += 1;
    }
    n
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cairn.db");
    let clock = Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 21, 9, 30, 0).unwrap()));
    let store = Store::open_with_clock(&path, clock.clone()).unwrap();
    let t = Instant::now();
    let counts = store.load_years(10).unwrap();
    let generated = t.elapsed();
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0)
        + std::fs::metadata(dir.path().join("cairn.db-wal")).map(|m| m.len()).unwrap_or(0);
    println!("data set: {counts:?}");
    println!("generated in {:.1} s; file {:.1} MB", generated.as_secs_f64(), size as f64 / 1e6);

    let plan = store.list_plans().unwrap().into_iter().find(|p| p.status == cairn_core::PlanStatus::Active).unwrap();
    let person = store.list_stakeholders().unwrap()[3].id;
    let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let conn = Connection::open(&path).unwrap();
    let id = plan.id;
    const N: usize = 200;

    println!();
    println!("{:<42} {:>8} {:>8}   {:>8} {:>8}   {:>6}", "operation (ms)", "p50", "p95", "raw p50", "raw p95", "p95 ×");
    row(
        "dashboard",
        measure(N, || drop(store.dashboard(id).unwrap())),
        // The same work as Store::dashboard, query for query: the plan, its milestones in order,
        // the people with their latest contact, the quarter's win count, the five newest wins with
        // their skills, the next one-on-one, the skills, the 70/20/10 counts, and the rhythm (the
        // last and the open monthly review, the latest focus, this week's reflection, the review
        // dates ahead), mentoring at a glance (the mentees with their latest contact, their goals,
        // the sessions with their agendas) and the feedback requests.
        Some(measure(N, || {
            raw(&conn, "SELECT * FROM plan WHERE id = ?1", [id]);
            raw(&conn, "SELECT * FROM milestone WHERE plan_id = ?1 ORDER BY due_date IS NULL, due_date, id", [id]);
            raw(
                &conn,
                "SELECT s.*, (SELECT max(date) FROM interaction i WHERE i.stakeholder_id = s.id), \
                 (SELECT max(date) FROM mentoring_session m WHERE m.stakeholder_id = s.id) FROM stakeholder s \
                 ORDER BY s.name COLLATE NOCASE, s.id",
                [],
            );
            raw(
                &conn,
                "SELECT count(*) FROM win WHERE plan_id = ?1 AND date >= '2026-10-01' AND date <= '2026-11-21'",
                [id],
            );
            raw(
                &conn,
                "SELECT w.*, (SELECT group_concat(skill_id) FROM win_skill ws WHERE ws.win_id = w.id) FROM win w \
                 WHERE w.plan_id = ?1 ORDER BY w.date DESC, w.id DESC LIMIT 5",
                [id],
            );
            raw(
                &conn,
                "SELECT o.id, o.date, coalesce(s.name, o.with_name) FROM one_on_one o \
                 LEFT JOIN stakeholder s ON s.id = o.stakeholder_id WHERE o.plan_id = ?1 AND o.date >= '2026-11-21' \
                 ORDER BY o.date, o.id LIMIT 1",
                [id],
            );
            raw(&conn, "SELECT * FROM skill WHERE plan_id = ?1 ORDER BY position, id", [id]);
            raw(
                &conn,
                "SELECT count(*) FILTER (WHERE a.kind = 'experience'), count(*) FILTER (WHERE a.kind = 'people'), \
                 count(*) FILTER (WHERE a.kind = 'courses') FROM learning_action a JOIN skill s ON s.id = a.skill_id \
                 WHERE s.plan_id = ?1 AND a.status <> 'dropped'",
                [id],
            );
            raw(
                &conn,
                "SELECT (SELECT max(completed_on) FROM monthly_review WHERE plan_id = ?1), \
                        EXISTS (SELECT 1 FROM monthly_review WHERE plan_id = ?1 AND completed_on IS NULL)",
                [id],
            );
            raw(
                &conn,
                "SELECT focus, week FROM reflection WHERE plan_id = ?1 AND week <= '2026-W47' ORDER BY week DESC LIMIT 1",
                [id],
            );
            raw(&conn, "SELECT * FROM reflection WHERE plan_id = ?1 AND week = '2026-W47'", [id]);
            raw(&conn, "SELECT * FROM cycle_date WHERE plan_id = ?1 AND date >= '2026-11-21' ORDER BY date, id", [id]);
            raw(
                &conn,
                "SELECT s.*, (SELECT max(date) FROM interaction i WHERE i.stakeholder_id = s.id), \
                 (SELECT max(date) FROM mentoring_session m WHERE m.stakeholder_id = s.id) FROM stakeholder s \
                 WHERE s.relationship = 'mentee' OR s.id IN (SELECT stakeholder_id FROM mentee_goal WHERE plan_id = ?1) \
                 OR s.id IN (SELECT stakeholder_id FROM mentoring_session WHERE plan_id = ?1) \
                 ORDER BY s.name COLLATE NOCASE, s.id",
                [id],
            );
            raw(&conn, "SELECT * FROM mentee_goal WHERE plan_id = ?1", [id]);
            raw(&conn, "SELECT * FROM mentoring_session WHERE plan_id = ?1 ORDER BY date, id", [id]);
            raw(
                &conn,
                "SELECT i.* FROM mentoring_item i JOIN mentoring_session m ON m.id = i.session_id WHERE m.plan_id = ?1",
                [id],
            );
            raw(
                &conn,
                "SELECT r.*, s.name FROM feedback_request r LEFT JOIN stakeholder s ON s.id = r.stakeholder_id \
                 WHERE r.plan_id = ?1",
                [id],
            );
        })),
    );
    row(
        "plan screen (plan, milestones, stretch)",
        measure(N, || {
            store.get_plan(id).unwrap();
            store.list_milestones(id).unwrap();
            store.list_stretches(id).unwrap();
        }),
        Some(measure(N, || {
            raw(&conn, "SELECT * FROM plan WHERE id = ?1", [id]);
            raw(&conn, "SELECT * FROM milestone WHERE plan_id = ?1 ORDER BY due_date", [id]);
            raw(&conn, "SELECT * FROM stretch WHERE plan_id = ?1", [id]);
            raw(
                &conn,
                "SELECT ss.* FROM stretch_skill ss JOIN stretch s ON s.id = ss.stretch_id WHERE s.plan_id = ?1",
                [id],
            );
        })),
    );
    row(
        "wins list (400, with skills)",
        measure(N, || drop(store.list_wins(id).unwrap())),
        Some(measure(N, || {
            raw(&conn, "SELECT * FROM win WHERE plan_id = ?1 ORDER BY date DESC", [id]);
            raw(&conn, "SELECT ws.* FROM win_skill ws JOIN win w ON w.id = ws.win_id WHERE w.plan_id = ?1", [id]);
        })),
    );
    row(
        "wins page (first 50 of 400, counts)",
        measure(N, || drop(store.list_wins_page(id, None, &PageRequest::first(50)).unwrap())),
        Some(measure(N, || {
            raw(&conn, "SELECT count(*) FROM win WHERE plan_id = ?1", [id]);
            raw(&conn, "SELECT * FROM win WHERE plan_id = ?1 ORDER BY date DESC, id DESC LIMIT 50", [id]);
            raw(
                &conn,
                "SELECT ws.* FROM win_skill ws WHERE ws.win_id IN \
                 (SELECT id FROM win WHERE plan_id = ?1 ORDER BY date DESC, id DESC LIMIT 50)",
                [id],
            );
        })),
    );
    row(
        "feedback page (first 50 of 400, counts)",
        measure(N, || drop(store.list_feedback_page(id, None, &PageRequest::first(50)).unwrap())),
        Some(measure(N, || {
            raw(&conn, "SELECT status, count(*) FROM feedback WHERE plan_id = ?1 GROUP BY status", [id]);
            raw(
                &conn,
                "SELECT f.*, s.name FROM feedback f LEFT JOIN stakeholder s ON s.id = f.stakeholder_id \
                 WHERE f.plan_id = ?1 ORDER BY f.date DESC, f.id DESC LIMIT 50",
                [id],
            );
        })),
    );
    row(
        "people (300, with check-ins)",
        measure(N, || drop(store.list_stakeholders().unwrap())),
        Some(measure(N, || {
            raw(
                &conn,
                "SELECT s.*, (SELECT max(date) FROM interaction i WHERE i.stakeholder_id = s.id) FROM stakeholder s",
                [],
            );
        })),
    );
    row("agenda for a one-on-one", measure(N, || drop(store.agenda_for(id, person, day).unwrap())), None);
    row(
        "search \"latency\"",
        measure(N, || drop(store.search(id, "latency").unwrap())),
        Some(measure(N, || {
            // The same scoped full-text query the store runs (migrations 10 and 13: the plan's rows,
            // the people, and the interactions of the months of its window), without the mapping.
            let (start, end): (String, String) = conn
                .query_row("SELECT start_date, end_date FROM plan WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap();
            let (start, end) = (parse_day(&start), parse_day(&end));
            let mut months = Vec::new();
            let mut month = NaiveDate::from_ymd_opt(start.year(), start.month(), 1);
            while let Some(m) = month.filter(|m| *m <= end) {
                months.push(m.format("m%Y%m").to_string());
                month = m.checked_add_months(chrono::Months::new(1));
            }
            let query = format!(
                "{{title body}} : (\"latency\"*) AND (plan_id : \"{id}\" OR kind : stakeholder OR month : ({}))",
                months.join(" OR ")
            );
            raw(
                &conn,
                "SELECT kind, ref_id, title, snippet(search_index, 1, '', '', '…', 16), \
                        bm25(search_index, 4.0, 1.0, 0.0, 0.0, 0.0, 0.0) AS score FROM search_index \
                 WHERE search_index MATCH ?1 ORDER BY score LIMIT 50",
                [query],
            );
        })),
    );

    let t = Instant::now();
    let json = store.export_json().unwrap();
    let exported = t.elapsed();
    let target_dir = tempfile::tempdir().unwrap();
    let target = Store::open_with_clock(target_dir.path().join("cairn.db"), clock).unwrap();
    let t = Instant::now();
    target.import_json(&json, ImportMode::IntoEmpty).unwrap();
    let imported = t.elapsed();
    println!();
    println!("JSON export of everything          {:>8.0} ms ({:.1} MB)", ms(exported), json.len() as f64 / 1e6);
    println!("JSON import of everything          {:>8.0} ms", ms(imported));
    println!("target: a command's p95 ≤ 5 ms at this scale and ≤ 2× the raw SQL");
}
