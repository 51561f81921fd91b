//! Prints how long the one-on-one brief and the full plan take to typeset: the first render in a
//! process (cold: fonts parsed, Typst's caches empty) and the median of later ones (warm), at the
//! demo's size and at ten years of data (`Store::load_years(10)`, the active plan: 400 wins, 100
//! milestones, 400 pieces of feedback). `cargo bench -p cairn-report` (release build).

use std::sync::Arc;
use std::time::{Duration, Instant};

use cairn_core::{BriefRequest, BriefSection, FixedClock, Paper, PlanSection, PlanStatus, Store};
use chrono::{NaiveDate, TimeZone, Utc};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// The first run's time, the median of `runs` more, and the first run's output.
fn cold_warm<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration, T) {
    let start = Instant::now();
    let first = f();
    let cold = start.elapsed();
    let warm = median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    );
    (cold, warm, first)
}

/// Reading the content from the store and typesetting it, as an export does.
fn render_brief(
    store: &Store,
    request: &BriefRequest,
    sections: &[BriefSection],
    paper: Paper,
) -> cairn_core::Result<(Vec<u8>, String)> {
    cairn_report::render_brief(&store.brief(request)?.keep(sections), paper)
}

fn render_plan(
    store: &Store,
    plan_id: i64,
    today: NaiveDate,
    sections: &[PlanSection],
    paper: Paper,
) -> cairn_core::Result<(Vec<u8>, String)> {
    cairn_report::render_plan(&store.plan_document(plan_id, today)?.keep(sections), paper)
}

fn store(dir: &std::path::Path) -> Store {
    let clock = Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 21, 9, 30, 0).unwrap()));
    Store::open_with_clock(dir.join("cairn.db"), clock).unwrap()
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let demo = store(dir.path());
    let plan = demo.load_demo().unwrap();
    let priya = demo.list_stakeholders().unwrap().into_iter().find(|p| p.name == "Priya Raman").unwrap();
    let request = BriefRequest { plan_id: plan.id, date: "2026-11-23".into(), stakeholder_id: priya.id };

    println!("document                    cold (first)   warm (median)   size");
    let (cold, warm, (pdf, _)) =
        cold_warm(20, || render_brief(&demo, &request, &BriefSection::defaults(), Paper::A4).unwrap());
    println!("one-on-one brief (demo)     {:>9.1} ms   {:>10.1} ms   {} KB", ms(cold), ms(warm), pdf.len() / 1024);
    let (cold, warm, (pdf, _)) =
        cold_warm(10, || render_plan(&demo, plan.id, today, &PlanSection::defaults(), Paper::A4).unwrap());
    println!("full plan (demo)            {:>9.1} ms   {:>10.1} ms   {} KB", ms(cold), ms(warm), pdf.len() / 1024);

    // Memory across many different documents: Typst's memo cache is emptied after each one, so 50
    // exports of 50 different briefs (each a day later) must cost about what one does.
    let brief_on = |day: u64| {
        let date = (NaiveDate::from_ymd_opt(2026, 11, 23).unwrap() + chrono::Days::new(day)).to_string();
        let request = BriefRequest { plan_id: plan.id, date, stakeholder_id: priya.id };
        render_brief(&demo, &request, &BriefSection::defaults(), Paper::A4).unwrap();
    };
    brief_on(0);
    let after_one = pss_kb();
    (1..50).for_each(brief_on);
    let after_fifty = pss_kb();
    println!(
        "memory (PSS) after 1 export {:.1} MB, after 50 different ones {:.1} MB ({:+.1}%; target within 10%)",
        after_one as f64 / 1024.0,
        after_fifty as f64 / 1024.0,
        (after_fifty as f64 / after_one as f64 - 1.0) * 100.0
    );

    let big_dir = tempfile::tempdir().unwrap();
    let big = store(big_dir.path());
    big.load_years(10).unwrap();
    let active = big.list_plans().unwrap().into_iter().find(|p| p.status == PlanStatus::Active).unwrap();
    let person = big.list_one_on_ones(active.id).unwrap().first().and_then(|m| m.stakeholder_id).unwrap();
    let request = BriefRequest { plan_id: active.id, date: "2026-11-23".into(), stakeholder_id: person };
    let (cold, warm, (pdf, _)) =
        cold_warm(10, || render_brief(&big, &request, &BriefSection::defaults(), Paper::A4).unwrap());
    println!("one-on-one brief (10 years) {:>9.1} ms   {:>10.1} ms   {} KB", ms(cold), ms(warm), pdf.len() / 1024);
    let (cold, warm, (pdf, _)) =
        cold_warm(3, || render_plan(&big, active.id, today, &PlanSection::defaults(), Paper::A4).unwrap());
    println!("full plan (10 years)        {:>9.1} ms   {:>10.1} ms   {} KB", ms(cold), ms(warm), pdf.len() / 1024);
    println!("targets: brief ≤ 500 ms cold, ≤ 100 ms warm");
}

/// The process's proportional set size, in KB (Linux).
fn pss_kb() -> u64 {
    let rollup = std::fs::read_to_string("/proc/self/smaps_rollup").unwrap_or_default();
    rollup
        .lines()
        .find_map(|l| l.strip_prefix("Pss:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
