//! `cairn-cli`: Cairn without the window, on the same data folder as the app. For scripting, for
//! people who live in a terminal, and for the test suite. A thin face over cairn-core and
//! cairn-report, like the app shell.

#![warn(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod args;
mod framework_cmd;
mod harvest_cmd;
mod list_cmd;

use std::io::Write;
use std::process::ExitCode;

use args::{Cli, Command, USAGE};
use std::sync::Arc;

use cairn_core::{
    BackupReason, BriefRequest, BriefSection, DATA_FILE, Error, FolderInputs, FolderLock, ImportMode, PlanSection,
    Store, SystemClock, backup_dir, list_backups, resolve_data_folder,
};

fn main() -> ExitCode {
    cairn_core::keep_new_files_private();
    let cli = match args::parse(std::env::args().skip(1)) {
        Ok(cli) => cli,
        Err(args::UsageError(message)) => {
            eprintln!("cairn-cli: {message}");
            eprintln!("Run cairn-cli --help for the commands.");
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("cairn-cli: {message}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    if cli.command == Command::Help {
        println!("{USAGE}");
        return Ok(());
    }
    if cli.command == Command::Version {
        println!("cairn-cli {}", env!("CARGO_PKG_VERSION"));
        return Ok(());
    }
    let (dir, _) = resolve_data_folder(&FolderInputs::from_process(cli.data_dir))
        .ok_or("no data folder: set CAIRN_DATA_DIR or pass --data-dir DIR")?;
    // Commands that replace or pour in data own the folder while they run: never under an open
    // window (its connection would be left on a replaced file), never two at once.
    let _owner = match cli.command {
        Command::Restore { .. } | Command::ImportJson { .. } | Command::Demo | Command::DemoScale { .. } => {
            Some(FolderLock::acquire_to(&dir, "run this again").map_err(|e| e.to_string())?)
        }
        _ => None,
    };
    let data_file = dir.join(DATA_FILE);
    let out = std::io::stdout();
    let mut out = out.lock();
    let say = |e: Error| e.to_string();
    // These work on a data file that does not open (damaged, from a newer Cairn): that is when
    // they are needed most.
    match &cli.command {
        Command::Backups { json } => {
            let backups = list_backups(&data_file).map_err(say)?;
            if *json {
                writeln!(out, "{}", serde_json::to_string_pretty(&backups).map_err(|e| e.to_string())?)
                    .map_err(|e| e.to_string())?;
            } else if backups.is_empty() {
                writeln!(out, "No backups yet in {}.", backup_dir(&data_file).display()).map_err(|e| e.to_string())?;
            }
            for b in backups.iter().filter(|_| !*json) {
                let when = b.created_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M");
                writeln!(out, "{}  {when}  {:<14}  {:>6} KB", b.name, b.reason.as_str(), b.bytes.div_ceil(1024))
                    .map_err(|e| e.to_string())?;
            }
            return Ok(());
        }
        Command::Restore { name } => {
            let (store, kept) = Store::restore_backup(&data_file, name, Arc::new(SystemClock)).map_err(say)?;
            let plans = store.list_plans().map_err(say)?.len();
            writeln!(out, "Restored {name} ({plans} plan{}).", if plans == 1 { "" } else { "s" })
                .map_err(|e| e.to_string())?;
            if let Some(kept) = kept {
                writeln!(
                    out,
                    "What was there before is kept as {}.",
                    backup_dir(&data_file).join(&kept.name).display()
                )
                .map_err(|e| e.to_string())?;
            }
            return Ok(());
        }
        _ => {}
    }
    let store = Store::open(&data_file).map_err(|e| format!("{e} (cairn-cli backups lists the backups)"))?;
    match cli.command {
        Command::Backups { .. } | Command::Restore { .. } => {}
        Command::Backup => {
            let made = store.back_up(BackupReason::Manual).map_err(say)?;
            writeln!(out, "Backed up to {}", backup_dir(&data_file).join(&made.name).display())
                .map_err(|e| e.to_string())?;
        }
        Command::ExportJson { out: file } => {
            let json = store.export_json().map_err(say)?;
            write_file(&file, json.as_bytes())?;
            writeln!(out, "Wrote {}", file.display()).map_err(|e| e.to_string())?;
        }
        Command::ImportJson { file, replace } => {
            let mode = if replace { ImportMode::ReplaceAll } else { ImportMode::IntoEmpty };
            let summary = store.import_json_file(&file, mode).map_err(say)?;
            writeln!(
                out,
                "Imported {} plan(s), {} people, {} rows in all.",
                summary.plans, summary.people, summary.rows
            )
            .map_err(|e| e.to_string())?;
            if let Some(backup) = summary.backup {
                writeln!(out, "The data it replaced is kept as {}.", backup_dir(&data_file).join(backup).display())
                    .map_err(|e| e.to_string())?;
            }
        }
        Command::ExportCalendar { plan, out: file } => {
            let (ics, _) = cairn_report::render_calendar(&store.calendar(plan).map_err(say)?);
            write_file(&file, ics.as_bytes())?;
            writeln!(out, "Wrote {}", file.display()).map_err(|e| e.to_string())?;
        }
        Command::ExportMarkdown { plan, out: file, sections, period } => {
            let sections = sections.unwrap_or_else(PlanSection::defaults);
            let today = store.clock().today();
            let doc = within(&store, store.plan_document(plan, today).map_err(say)?.keep(&sections), period)?;
            let (md, _) = cairn_report::render_plan_markdown(&doc);
            write_file(&file, md.as_bytes())?;
            writeln!(out, "Wrote {}", file.display()).map_err(|e| e.to_string())?;
        }
        Command::FrameworkImport { file, name, yes } => {
            framework_cmd::import(&store, &mut out, &file, name.as_deref(), yes)?;
        }
        Command::FrameworkList { json } => framework_cmd::list(&store, &mut out, json)?,
        Command::FrameworkUse { framework, plan, current, target } => {
            framework_cmd::use_framework(&store, &mut out, framework, plan, &current, &target)?;
        }
        Command::Readiness { plan, json } => framework_cmd::readiness(&store, &mut out, plan, json)?,
        Command::List { what, plan, json } => list_cmd::list(&store, &mut out, what, plan, json)?,
        Command::Help | Command::Version => {}
        Command::Plans { json } => {
            let plans = store.list_plans().map_err(say)?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&plans).map_err(|e| e.to_string())?)
                    .map_err(|e| e.to_string())?;
            } else if plans.is_empty() {
                writeln!(out, "No plans yet. Start one in Cairn, or load the demo: cairn-cli demo")
                    .map_err(|e| e.to_string())?;
            } else {
                for p in plans {
                    writeln!(out, "{:>4}  {}  {} → {}  ({:?})", p.id, p.title, p.start_date, p.end_date, p.status)
                        .map_err(|e| e.to_string())?;
                }
            }
        }
        Command::People { json } => {
            let people = store.list_stakeholders().map_err(say)?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&people).map_err(|e| e.to_string())?)
                    .map_err(|e| e.to_string())?;
            } else {
                for p in people {
                    writeln!(out, "{:>4}  {}  {}", p.id, p.name, p.role).map_err(|e| e.to_string())?;
                }
            }
        }
        Command::DemoScale { years } => {
            let counts = store.load_years(years).map_err(say)?;
            writeln!(
                out,
                "Loaded {years} years: {} plans, {} skills, {} milestones, {} wins, {} pieces of feedback, {} people, \
                 {} interactions, {} one-on-ones.",
                counts.plans,
                counts.skills,
                counts.milestones,
                counts.wins,
                counts.feedback,
                counts.people,
                counts.interactions,
                counts.one_on_ones
            )
            .map_err(|e| e.to_string())?;
        }
        Command::Demo => {
            let plan = store.load_demo().map_err(say)?;
            writeln!(out, "Loaded the demo plan “{}” (id {}).", plan.title, plan.id).map_err(|e| e.to_string())?;
        }
        Command::ExportPlan { plan, out: file, paper, sections, period } => {
            let sections = sections.unwrap_or_else(PlanSection::defaults);
            let today = store.clock().today();
            let doc = within(&store, store.plan_document(plan, today).map_err(say)?.keep(&sections), period)?;
            let (pdf, _) = cairn_report::render_plan(&doc, paper).map_err(say)?;
            write_file(&file, &pdf)?;
            writeln!(out, "Wrote {}", file.display()).map_err(|e| e.to_string())?;
        }
        Command::ExportSelfReview { plan, out: file, paper, markdown, from, to } => {
            let doc = store.self_review_document(plan, &from, &to).map_err(say)?;
            let bytes = if markdown {
                cairn_report::render_self_review_markdown(&doc).0.into_bytes()
            } else {
                cairn_report::render_self_review(&doc, paper).map_err(say)?.0
            };
            write_file(&file, &bytes)?;
            writeln!(out, "Wrote {}", file.display()).map_err(|e| e.to_string())?;
        }
        Command::Harvest(args) => harvest_cmd::run(&store, &mut out, args)?,
        Command::ExportBrief { plan, out: file, paper, date, with, sections } => {
            let person = find_person(&store, &with)?;
            let sections = sections.unwrap_or_else(BriefSection::defaults);
            let request = BriefRequest { plan_id: plan, date, stakeholder_id: person };
            let brief = store.brief(&request).map_err(say)?.keep(&sections);
            let (pdf, _) = cairn_report::render_brief(&brief, paper).map_err(say)?;
            write_file(&file, &pdf)?;
            writeln!(out, "Wrote {}", file.display()).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// A person by id, or by name (case does not matter); two people of the same name need the id.
fn find_person(store: &Store, who: &str) -> Result<i64, String> {
    let people = store.list_stakeholders().map_err(|e| e.to_string())?;
    if let Ok(id) = who.parse::<i64>() {
        return people
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.id)
            .ok_or(format!("nobody has the id {id}; cairn-cli people lists them"));
    }
    let matches: Vec<_> = people.iter().filter(|p| p.name.to_lowercase() == who.trim().to_lowercase()).collect();
    match matches.as_slice() {
        [one] => Ok(one.id),
        [] => Err(format!("nobody called {who:?} is on the stakeholder map; cairn-cli people lists them")),
        _ => Err(format!("{} people are called {who:?}; use the id from cairn-cli people", matches.len())),
    }
}

/// The plan document with its wins limited to `period` (an empty end: the window's).
fn within(
    store: &Store,
    doc: cairn_core::PlanDocument,
    period: Option<(String, String)>,
) -> Result<cairn_core::PlanDocument, String> {
    let Some((from, to)) = period else { return Ok(doc) };
    let (from, to) = store.document_period(doc.plan.id, &from, &to).map_err(|e| e.to_string())?;
    Ok(doc.wins_within(from, to))
}

/// Writes the whole file or nothing.
fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
    cairn_core::write_private(path, bytes).map_err(|e| format!("could not write {}: {e}", path.display()))
}
