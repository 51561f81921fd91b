//! Prints how long the one-on-one brief and the full plan take to typeset: the first render in a
//! process (cold: fonts parsed, Typst's caches empty) and the median of later ones (warm), at the
//! demo's size. `cargo bench -p cairn-report` (release build).

use std::sync::Arc;
use std::time::{Duration, Instant};

use cairn_core::{FixedClock, Store};
use cairn_report::{BriefRequest, BriefSection, Paper, PlanSection, render_brief, render_plan};
use chrono::{NaiveDate, TimeZone, Utc};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2026, 11, 21, 9, 30, 0).unwrap()));
    let store = Store::open_with_clock(dir.path().join("cairn.db"), clock).unwrap();
    let plan = store.load_demo().unwrap();
    let priya = store.list_stakeholders().unwrap().into_iter().find(|p| p.name == "Priya Raman").unwrap();
    let request = BriefRequest { plan_id: plan.id, date: "2026-11-23".into(), stakeholder_id: priya.id };
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();

    let brief = || render_brief(&store, &request, &BriefSection::defaults(), Paper::A4).unwrap();
    let whole = || render_plan(&store, plan.id, today, &PlanSection::defaults(), Paper::A4).unwrap();

    let start = Instant::now();
    let (pdf, _) = brief();
    let cold = start.elapsed();
    let warm = median(
        (0..20)
            .map(|_| {
                let t = Instant::now();
                brief();
                t.elapsed()
            })
            .collect(),
    );
    let start = Instant::now();
    whole();
    let plan_first = start.elapsed();
    let plan_warm = median(
        (0..10)
            .map(|_| {
                let t = Instant::now();
                whole();
                t.elapsed()
            })
            .collect(),
    );

    println!("document                 cold (first)   warm (median)   size");
    println!("one-on-one brief (demo)  {:>9.1} ms   {:>10.1} ms   {} KB", ms(cold), ms(warm), pdf.len() / 1024);
    println!("full plan (demo)         {:>9.1} ms   {:>10.1} ms", ms(plan_first), ms(plan_warm));
    println!("targets: brief ≤ 500 ms cold, ≤ 100 ms warm");
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
