//! The UI's TypeScript types for IPC payloads are generated from the Rust types with ts-rs and
//! committed under ui/src/lib/bindings. This test fails when they are stale; to refresh them run
//! `CAIRN_UPDATE_BINDINGS=1 cargo test -p cairn-app --test bindings`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use ts_rs::TS;

/// Every type that crosses IPC. A new command's argument or result type goes here.
fn export_all(dir: &Path) {
    let cfg = ts_rs::Config::new().with_out_dir(dir);
    cairn_core::Plan::export_all(&cfg).unwrap();
    cairn_core::Deleted::export_all(&cfg).unwrap();
    cairn_core::BackupInfo::export_all(&cfg).unwrap();
    cairn_core::ImportSummary::export_all(&cfg).unwrap();
    cairn_core::PlanInput::export_all(&cfg).unwrap();
    cairn_core::Skill::export_all(&cfg).unwrap();
    cairn_core::SkillInput::export_all(&cfg).unwrap();
    cairn_core::ProficiencyLevel::export_all(&cfg).unwrap();
    cairn_core::LearningAction::export_all(&cfg).unwrap();
    cairn_core::LearningActionInput::export_all(&cfg).unwrap();
    cairn_core::LearningBalance::export_all(&cfg).unwrap();
    cairn_core::Stakeholder::export_all(&cfg).unwrap();
    cairn_core::StakeholderInput::export_all(&cfg).unwrap();
    cairn_core::Interaction::export_all(&cfg).unwrap();
    cairn_core::InteractionInput::export_all(&cfg).unwrap();
    cairn_core::Stretch::export_all(&cfg).unwrap();
    cairn_core::StretchInput::export_all(&cfg).unwrap();
    cairn_core::Milestone::export_all(&cfg).unwrap();
    cairn_core::MilestoneInput::export_all(&cfg).unwrap();
    cairn_core::Win::export_all(&cfg).unwrap();
    cairn_core::WinInput::export_all(&cfg).unwrap();
    cairn_core::WinPage::export_all(&cfg).unwrap();
    cairn_core::PageRequest::export_all(&cfg).unwrap();
    cairn_core::Feedback::export_all(&cfg).unwrap();
    cairn_core::FeedbackInput::export_all(&cfg).unwrap();
    cairn_core::FeedbackPage::export_all(&cfg).unwrap();
    cairn_core::FeedbackCounts::export_all(&cfg).unwrap();
    cairn_core::OneOnOne::export_all(&cfg).unwrap();
    cairn_core::NewOneOnOne::export_all(&cfg).unwrap();
    cairn_core::OneOnOneInput::export_all(&cfg).unwrap();
    cairn_core::AgendaItemInput::export_all(&cfg).unwrap();
    cairn_core::ActionItemInput::export_all(&cfg).unwrap();
    cairn_core::DashboardSummary::export_all(&cfg).unwrap();
    cairn_core::SearchHit::export_all(&cfg).unwrap();
    cairn_core::TemplateInfo::export_all(&cfg).unwrap();
    cairn_core::Paper::export_all(&cfg).unwrap();
    cairn_report::BriefRequest::export_all(&cfg).unwrap();
    cairn_report::Preview::<cairn_report::BriefSection>::export_all(&cfg).unwrap();
    cairn_report::Preview::<cairn_report::PlanSection>::export_all(&cfg).unwrap();
    cairn_core::FrameworkSummary::export_all(&cfg).unwrap();
    cairn_core::Framework::export_all(&cfg).unwrap();
    cairn_core::PlanLadder::export_all(&cfg).unwrap();
    cairn_core::PlanLadderInput::export_all(&cfg).unwrap();
    cairn_core::EvidenceInput::export_all(&cfg).unwrap();
    cairn_core::Readiness::export_all(&cfg).unwrap();
    cairn_core::Assessment::export_all(&cfg).unwrap();
    cairn_core::AssessmentInput::export_all(&cfg).unwrap();
    cairn_app::FrameworkFilePreview::export_all(&cfg).unwrap();
    cairn_app::Exported::export_all(&cfg).unwrap();
    cairn_app::IpcError::export_all(&cfg).unwrap();
    cairn_app::AppInfo::export_all(&cfg).unwrap();
    cairn_app::Start::export_all(&cfg).unwrap();
    cairn_app::BackupFailure::export_all(&cfg).unwrap();
}

fn committed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings")
}

fn read_tree(dir: &Path) -> BTreeMap<String, String> {
    let Ok(entries) = fs::read_dir(dir) else { return BTreeMap::new() };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ts"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), fs::read_to_string(&p).unwrap()))
        .collect()
}

#[test]
fn committed_typescript_bindings_match_the_rust_types() {
    let fresh = tempfile::tempdir().unwrap();
    export_all(fresh.path());
    let generated = read_tree(fresh.path());
    let committed_path = committed_dir();

    if std::env::var_os("CAIRN_UPDATE_BINDINGS").is_some() {
        fs::create_dir_all(&committed_path).unwrap();
        for stale in read_tree(&committed_path).keys().filter(|k| !generated.contains_key(*k)) {
            fs::remove_file(committed_path.join(stale)).unwrap();
        }
        for (name, text) in &generated {
            fs::write(committed_path.join(name), text).unwrap();
        }
        return;
    }

    let committed = read_tree(&committed_path);
    assert_eq!(
        committed.keys().collect::<Vec<_>>(),
        generated.keys().collect::<Vec<_>>(),
        "binding files differ; run CAIRN_UPDATE_BINDINGS=1 cargo test -p cairn-app --test bindings"
    );
    for (name, text) in &generated {
        assert_eq!(
            &committed[name], text,
            "ui/src/lib/bindings/{name} is stale; run CAIRN_UPDATE_BINDINGS=1 cargo test -p cairn-app --test bindings"
        );
    }
}
