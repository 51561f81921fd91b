//! `cairn-cli`: Cairn without the window, on the same data folder as the app. For scripting, for
//! people who live in a terminal, and for the test suite. A thin face over cairn-core and
//! cairn-report, like the app shell.

#![warn(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod args;
mod command;
mod failure;
mod framework_cmd;
mod harvest_cmd;
mod list_cmd;

use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;

use clap::CommandFactory;
use command::{Command, Invocation};
use failure::{Failure, Outcome};

use cairn_core::{
    BackupReason, BriefRequest, BriefSection, DATA_FILE, FolderInputs, FolderLock, ImportMode, PlanSection, Store,
    SystemClock, backup_dir, list_backups, resolve_data_folder,
};

fn main() -> ExitCode {
    cairn_core::keep_new_files_private();
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let cli = match command::parse(args.iter().cloned()) {
        Ok(cli) => cli,
        Err(command::UsageError(message)) => {
            // The command line did not parse, so whether JSON was asked for is read off it.
            let (failure, json) = (Failure::new("usage", message), args.iter().any(|a| a == "--json"));
            eprintln!("{}", failure.line(json));
            if !json {
                eprintln!("Run cairn-cli --help for the commands.");
            }
            return ExitCode::from(failure.exit_code());
        }
    };
    let json = cli.command.json();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{}", failure.line(json));
            ExitCode::from(failure.exit_code())
        }
    }
}

fn run(cli: Invocation) -> Outcome {
    match &cli.command {
        Command::Print(text) => {
            print!("{text}");
            return Ok(());
        }
        Command::Completions(shell) => {
            clap_complete::generate(*shell, &mut args::Cli::command(), "cairn-cli", &mut std::io::stdout());
            return Ok(());
        }
        Command::Man { out } => {
            cairn_core::create_private_dir(out)?;
            clap_mangen::generate_to(args::Cli::command(), out)?;
            return Ok(());
        }
        _ => {}
    }
    let (dir, _) = resolve_data_folder(&FolderInputs::from_process(cli.data_dir))
        .ok_or_else(|| Failure::new("not_found", "no data folder: set CAIRN_DATA_DIR or pass --data-dir DIR"))?;
    // Commands that replace or pour in data own the folder while they run: never under an open
    // window (its connection would be left on a replaced file), never two at once.
    let _owner = match cli.command {
        Command::Restore { .. } | Command::ImportJson { .. } | Command::Demo | Command::DemoScale { .. } => {
            Some(FolderLock::acquire_to(&dir, "run this again")?)
        }
        _ => None,
    };
    let data_file = dir.join(DATA_FILE);
    let out = std::io::stdout();
    let mut out = out.lock();
    // These work on a data file that does not open (damaged, from a newer Cairn): that is when
    // they are needed most.
    match &cli.command {
        Command::Backups { json } => {
            let backups = list_backups(&data_file)?;
            if *json {
                writeln!(out, "{}", serde_json::to_string_pretty(&backups)?)?;
            } else if backups.is_empty() {
                writeln!(out, "No backups yet in {}.", backup_dir(&data_file).display())?;
            }
            for b in backups.iter().filter(|_| !*json) {
                let when = b.created_at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M");
                writeln!(out, "{}  {when}  {:<14}  {:>6} KB", b.name, b.reason.as_str(), b.bytes.div_ceil(1024))?;
            }
            return Ok(());
        }
        Command::Restore { name } => {
            let (store, kept) = Store::restore_backup(&data_file, name, Arc::new(SystemClock))?;
            let plans = store.list_plans()?.len();
            writeln!(out, "Restored {name} ({plans} plan{}).", if plans == 1 { "" } else { "s" })?;
            if let Some(kept) = kept {
                writeln!(
                    out,
                    "What was there before is kept as {}.",
                    backup_dir(&data_file).join(&kept.name).display()
                )?;
            }
            return Ok(());
        }
        _ => {}
    }
    let store = Store::open(&data_file).map_err(|e| Failure::from(e).hint("cairn-cli backups lists the backups"))?;
    match cli.command {
        Command::Backups { .. } | Command::Restore { .. } => {}
        Command::Backup => {
            let made = store.back_up(BackupReason::Manual)?;
            writeln!(out, "Backed up to {}", backup_dir(&data_file).join(&made.name).display())?;
        }
        Command::ExportJson { out: file } => {
            let json = store.export_json()?;
            write_file(&file, json.as_bytes())?;
            writeln!(out, "Wrote {}", file.display())?;
        }
        Command::ImportJson { file, replace } => {
            let mode = if replace { ImportMode::ReplaceAll } else { ImportMode::IntoEmpty };
            let summary = store.import_json_file(&file, mode)?;
            writeln!(
                out,
                "Imported {} plan(s), {} people, {} rows in all.",
                summary.plans, summary.people, summary.rows
            )?;
            if let Some(backup) = summary.backup {
                writeln!(out, "The data it replaced is kept as {}.", backup_dir(&data_file).join(backup).display())?;
            }
        }
        Command::ExportCalendar { plan, out: file } => {
            let (ics, _) = cairn_report::render_calendar(&store.calendar(plan)?);
            write_file(&file, ics.as_bytes())?;
            writeln!(out, "Wrote {}", file.display())?;
        }
        Command::ExportMarkdown { plan, out: file, sections, period } => {
            let sections = sections.unwrap_or_else(PlanSection::defaults);
            let today = store.clock().today();
            let doc = within(&store, store.plan_document(plan, today)?.keep(&sections), period)?;
            let (md, _) = cairn_report::render_plan_markdown(&doc);
            write_file(&file, md.as_bytes())?;
            writeln!(out, "Wrote {}", file.display())?;
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
        Command::Print(_) | Command::Completions(_) | Command::Man { .. } => {}
        Command::Plans { json } => {
            let plans = store.list_plans()?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&plans)?)?;
            } else if plans.is_empty() {
                writeln!(out, "No plans yet. Start one in Cairn, or load the demo: cairn-cli demo")?;
            } else {
                for p in plans {
                    writeln!(out, "{:>4}  {}  {} → {}  ({:?})", p.id, p.title, p.start_date, p.end_date, p.status)?;
                }
            }
        }
        Command::People { json } => {
            let people = store.list_stakeholders()?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&people)?)?;
            } else {
                for p in people {
                    writeln!(out, "{:>4}  {}  {}", p.id, p.name, p.role)?;
                }
            }
        }
        Command::DemoScale { years } => {
            let counts = store.load_years(years)?;
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
            )?;
        }
        Command::Demo => {
            let plan = store.load_demo()?;
            writeln!(out, "Loaded the demo plan “{}” (id {}).", plan.title, plan.id)?;
        }
        Command::ExportPlan { plan, out: file, paper, sections, period } => {
            let sections = sections.unwrap_or_else(PlanSection::defaults);
            let today = store.clock().today();
            let doc = within(&store, store.plan_document(plan, today)?.keep(&sections), period)?;
            let (pdf, _) = cairn_report::render_plan(&doc, paper)?;
            write_file(&file, &pdf)?;
            writeln!(out, "Wrote {}", file.display())?;
        }
        Command::ExportSelfReview { plan, out: file, paper, markdown, from, to } => {
            let doc = store.self_review_document(plan, &from, &to)?;
            let bytes = if markdown {
                cairn_report::render_self_review_markdown(&doc).0.into_bytes()
            } else {
                cairn_report::render_self_review(&doc, paper)?.0
            };
            write_file(&file, &bytes)?;
            writeln!(out, "Wrote {}", file.display())?;
        }
        Command::Harvest(args) => harvest_cmd::run(&store, &mut out, args)?,
        Command::ExportBrief { plan, out: file, paper, date, with, sections } => {
            let person = find_person(&store, &with)?;
            let sections = sections.unwrap_or_else(BriefSection::defaults);
            let request = BriefRequest { plan_id: plan, date, stakeholder_id: person };
            let brief = store.brief(&request)?.keep(&sections);
            let (pdf, _) = cairn_report::render_brief(&brief, paper)?;
            write_file(&file, &pdf)?;
            writeln!(out, "Wrote {}", file.display())?;
        }
    }
    Ok(())
}

/// A person by id, or by name (case does not matter); two people of the same name need the id.
fn find_person(store: &Store, who: &str) -> Result<i64, Failure> {
    let people = store.list_stakeholders()?;
    if let Ok(id) = who.parse::<i64>() {
        return people
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.id)
            .ok_or_else(|| Failure::new("not_found", format!("nobody has the id {id}; cairn-cli people lists them")));
    }
    let matches: Vec<_> = people.iter().filter(|p| p.name.to_lowercase() == who.trim().to_lowercase()).collect();
    match matches.as_slice() {
        [one] => Ok(one.id),
        [] => Err(Failure::new(
            "not_found",
            format!("nobody called {who:?} is on the stakeholder map; cairn-cli people lists them"),
        )),
        _ => Err(Failure::new(
            "validation",
            format!("{} people are called {who:?}; use the id from cairn-cli people", matches.len()),
        )),
    }
}

/// The plan document with its wins limited to `period` (an empty end: the window's).
fn within(
    store: &Store,
    doc: cairn_core::PlanDocument,
    period: Option<(String, String)>,
) -> Result<cairn_core::PlanDocument, Failure> {
    let Some((from, to)) = period else { return Ok(doc) };
    let (from, to) = store.document_period(doc.plan.id, &from, &to)?;
    Ok(doc.wins_within(from, to))
}

/// Writes the whole file or nothing.
fn write_file(path: &std::path::Path, bytes: &[u8]) -> Outcome {
    cairn_core::write_private(path, bytes)
        .map_err(|e| Failure::new("io", format!("could not write {}: {e}", path.display())))
}
