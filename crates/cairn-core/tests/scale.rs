//! The generated data set the benchmarks use: the counts it promises, valid through and through.

mod common;

use cairn_core::PlanStatus;
use common::temp_store;

#[test]
fn a_year_of_generated_data_has_its_counts_and_one_active_plan() {
    let t = temp_store();
    let counts = t.store.load_years(1).unwrap();
    assert_eq!((counts.plans, counts.skills, counts.milestones), (5, 50, 500));
    assert_eq!((counts.wins, counts.feedback, counts.people, counts.interactions), (2000, 2000, 30, 2000));
    let plans = t.store.list_plans().unwrap();
    assert_eq!(plans.iter().filter(|p| p.status == PlanStatus::Active).count(), 1);
    let active = plans.iter().find(|p| p.status == PlanStatus::Active).unwrap();
    let dashboard = t.store.dashboard(active.id).unwrap();
    assert_eq!(dashboard.milestones_total, 100);
    assert!(!t.store.search(active.id, "latency").unwrap().is_empty());
}
