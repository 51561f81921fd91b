//! `cairn-cli`: Cairn without the window, on the same data folder as the app. For scripting, for
//! people who live in a terminal, and for the test suite. A thin face over cairn-core and
//! cairn-report, like the app shell.

#![warn(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod args;
mod data_dir;

use std::io::Write;
use std::process::ExitCode;

use args::{Cli, Command, USAGE};
use cairn_core::{Error, Store};
use cairn_report::{BriefRequest, BriefSection, PlanSection};

fn main() -> ExitCode {
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
    let dir = data_dir::resolve(cli.data_dir).ok_or("no data folder: set CAIRN_DATA_DIR or pass --data-dir DIR")?;
    let store = Store::open(dir.join("cairn.db")).map_err(|e| e.to_string())?;
    let out = std::io::stdout();
    let mut out = out.lock();
    let say = |e: Error| e.to_string();
    match cli.command {
        Command::Help => {}
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
        Command::Demo => {
            let plan = store.load_demo().map_err(say)?;
            writeln!(out, "Loaded the demo plan “{}” (id {}).", plan.title, plan.id).map_err(|e| e.to_string())?;
        }
        Command::ExportPlan { plan, out: file, paper, sections } => {
            let sections = sections.unwrap_or_else(PlanSection::defaults);
            let today = chrono::Local::now().date_naive();
            let (pdf, _) = cairn_report::render_plan(&store, plan, today, &sections, paper).map_err(say)?;
            write_file(&file, &pdf)?;
            writeln!(out, "Wrote {}", file.display()).map_err(|e| e.to_string())?;
        }
        Command::ExportBrief { plan, out: file, paper, date, with, sections } => {
            let person = find_person(&store, &with)?;
            let sections = sections.unwrap_or_else(BriefSection::defaults);
            let request = BriefRequest { plan_id: plan, date, stakeholder_id: person };
            let (pdf, _) = cairn_report::render_brief(&store, &request, &sections, paper).map_err(say)?;
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

/// Writes the whole file or nothing.
fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
    cairn_report::write_whole(path, bytes).map_err(|e| format!("could not write {}: {e}", path.display()))
}
