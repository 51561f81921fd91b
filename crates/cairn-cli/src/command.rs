//! What the parsed command line asks for, after the checks clap's definition cannot say (a brief
//! needs a day and a person, the self-review has no sections, `--include` names a section of the
//! document asked for). Each mistake is one sentence saying what to type instead (exit code 2).

use std::ffi::OsString;
use std::path::PathBuf;

use cairn_core::{BriefSection, Paper, PlanSection};
use clap::Parser;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::args::{Cli, Document, Export, Framework, Import, PaperName, Top};

pub use crate::args::ListWhat;

/// A parsed command line.
#[derive(Debug, PartialEq)]
pub struct Invocation {
    pub data_dir: Option<PathBuf>,
    pub command: Command,
}

#[derive(Debug, PartialEq)]
pub enum Command {
    /// Help or version text clap made; printed as it is, exit code 0.
    Print(String),
    Plans {
        json: bool,
    },
    People {
        json: bool,
    },
    Demo,
    /// Years of generated data (`demo --scale 10y`).
    DemoScale {
        years: u32,
    },
    ExportCalendar {
        plan: i64,
        out: PathBuf,
    },
    ExportPlan {
        plan: i64,
        out: PathBuf,
        paper: Paper,
        sections: Option<Vec<PlanSection>>,
        period: Option<(String, String)>,
    },
    ExportMarkdown {
        plan: i64,
        out: PathBuf,
        sections: Option<Vec<PlanSection>>,
        period: Option<(String, String)>,
    },
    ExportSelfReview {
        plan: i64,
        out: PathBuf,
        paper: Paper,
        markdown: bool,
        from: String,
        to: String,
    },
    Harvest(HarvestArgs),
    ExportJson {
        out: PathBuf,
    },
    ImportJson {
        file: PathBuf,
        replace: bool,
    },
    FrameworkImport {
        file: PathBuf,
        name: Option<String>,
        yes: bool,
    },
    FrameworkList {
        json: bool,
    },
    FrameworkUse {
        framework: i64,
        plan: i64,
        current: String,
        target: String,
    },
    Readiness {
        plan: i64,
        json: bool,
    },
    List {
        what: ListWhat,
        plan: i64,
        json: bool,
    },
    Backup,
    Backups {
        json: bool,
    },
    Restore {
        name: String,
    },
    ExportBrief {
        plan: i64,
        out: PathBuf,
        paper: Paper,
        date: String,
        with: String,
        sections: Option<Vec<BriefSection>>,
    },
    Completions(clap_complete::Shell),
    Man {
        out: PathBuf,
    },
}

#[derive(Debug, PartialEq)]
pub struct HarvestArgs {
    pub plan: i64,
    pub repo: PathBuf,
    pub authors: Vec<String>,
    pub since: Option<String>,
    pub json: bool,
    pub accept: Option<usize>,
    pub dismiss: Option<usize>,
}

impl Command {
    /// Whether the person asked for JSON, so that a failure is told as JSON too.
    pub fn json(&self) -> bool {
        match self {
            Command::Plans { json }
            | Command::People { json }
            | Command::FrameworkList { json }
            | Command::Readiness { json, .. }
            | Command::List { json, .. }
            | Command::Backups { json } => *json,
            Command::Harvest(h) => h.json,
            _ => false,
        }
    }
}

/// A usage mistake, in one line.
#[derive(Debug, PartialEq)]
pub struct UsageError(pub String);

fn usage(message: impl Into<String>) -> UsageError {
    UsageError(message.into())
}

/// Parses the arguments after the program's name.
pub fn parse<I, T>(args: I) -> Result<Invocation, UsageError>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let cli = match Cli::try_parse_from(std::iter::once(OsString::from("cairn-cli")).chain(args.iter().cloned())) {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            return Ok(Invocation { data_dir: None, command: Command::Print(e.render().to_string()) });
        }
        Err(e) => return Err(usage(one_line(&e, &args))),
    };
    let command = match cli.command {
        None => Command::Print(<Cli as clap::CommandFactory>::command().render_long_help().to_string()),
        Some(top) => command(top)?,
    };
    Ok(Invocation { data_dir: cli.data_dir, command })
}

/// clap's message without its usage block and colours, on one line: the lines a script's log
/// shows are the ones that say what went wrong.
fn one_line(e: &clap::Error, args: &[OsString]) -> String {
    let text = e.render().to_string();
    let said: Vec<&str> = text
        .lines()
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("tip:"))
        .collect();
    let said = said.join(" ").trim_start_matches("error: ").replace("  ", " ");
    match (e.kind(), e.get(ContextKind::InvalidArg)) {
        // `--out --plan 1`: the value was forgotten, and what came next is an option.
        (ErrorKind::InvalidValue, Some(ContextValue::String(arg))) if said.contains("a value is required") => {
            let flag = arg.split_whitespace().next().unwrap_or_default();
            let next = args.iter().skip_while(|a| a.to_string_lossy() != flag).nth(1).map(|a| a.to_string_lossy());
            match next {
                Some(next) if next.starts_with('-') => forgotten_value(flag, &next, is_a_path(arg)),
                _ => said,
            }
        }
        _ => said,
    }
}

/// `--out <FILE>` takes a path (a file called `-x` is `./-x`); `--plan <ID>` does not.
fn is_a_path(arg: &str) -> bool {
    ["<FILE>", "<DIR>", "<PATH>"].iter().any(|v| arg.ends_with(v))
}

/// The sentence for `--out --plan 1`: shared with the value parsers, which see `--out=--plan`.
pub(crate) fn forgotten_value(flag: &str, next: &str, path: bool) -> String {
    let hint = if path { format!(" (a name that starts with - can be written ./{next})") } else { String::new() };
    format!("{flag} needs a value, and {next:?} looks like an option: give {flag} its value first{hint}")
}

fn command(top: Top) -> Result<Command, UsageError> {
    Ok(match top {
        Top::Plans(j) => Command::Plans { json: j.json },
        Top::People(j) => Command::People { json: j.json },
        Top::Demo { scale: None } => Command::Demo,
        Top::Demo { scale: Some(years) } => Command::DemoScale { years },
        Top::Export(Export::Pdf(d)) => document(d, false)?,
        Top::Export(Export::Markdown(d)) => document(d, true)?,
        Top::Export(Export::Ics { plan, out }) => Command::ExportCalendar { plan: plan.id, out: out.file },
        Top::Export(Export::Json { file, out }) => Command::ExportJson {
            out: file.or(out).ok_or_else(|| usage("export json takes one file: cairn-cli export json FILE"))?,
        },
        Top::Import(Import::Json { file, replace }) => Command::ImportJson { file, replace },
        Top::Framework(Framework::Import { file, name, yes }) => Command::FrameworkImport { file, name, yes },
        Top::Framework(Framework::List(j)) => Command::FrameworkList { json: j.json },
        Top::Framework(Framework::Use { framework, plan, current, target }) => {
            Command::FrameworkUse { framework, plan: plan.id, current, target }
        }
        Top::List { what, plan, json } => Command::List { what, plan: plan.id, json: json.json },
        Top::Harvest(h) => Command::Harvest(HarvestArgs {
            plan: h.plan.id,
            repo: h.repo,
            authors: h.authors,
            since: h.since,
            json: h.json.json,
            accept: h.accept,
            dismiss: h.dismiss,
        }),
        Top::Readiness { plan, json } => Command::Readiness { plan: plan.id, json: json.json },
        Top::Backup => Command::Backup,
        Top::Backups(j) => Command::Backups { json: j.json },
        Top::Restore { name } => Command::Restore { name },
        Top::Completions { shell } => Command::Completions(shell),
        Top::Man { out } => Command::Man { out },
        Top::Version => Command::Print(format!("cairn-cli {}\n", env!("CARGO_PKG_VERSION"))),
    })
}

fn document(d: Document, markdown: bool) -> Result<Command, UsageError> {
    let (plan, out) = (d.plan.id, d.out.file);
    let paper = match d.paper {
        PaperName::A4 => Paper::A4,
        PaperName::Letter => Paper::UsLetter,
    };
    let period = (d.from.is_some() || d.to.is_some()).then(|| (d.from.unwrap_or_default(), d.to.unwrap_or_default()));
    if d.self_review {
        if d.brief || !d.include.is_empty() {
            return Err(usage(
                "the self-review has no sections to choose and is not a brief: drop --brief and --include",
            ));
        }
        let (from, to) = period.unwrap_or_default();
        return Ok(Command::ExportSelfReview { plan, out, paper, markdown, from, to });
    }
    if markdown {
        if d.brief || d.date.is_some() || d.with.is_some() {
            return Err(usage("the brief is a PDF only: use export pdf --brief"));
        }
        let sections = sections(&d.include, PlanSection::ALL.as_slice())?;
        return Ok(Command::ExportMarkdown { plan, out, sections, period });
    }
    if d.brief {
        if period.is_some() {
            return Err(usage("a brief looks back from its own day: drop --from and --to"));
        }
        let date = d.date.ok_or_else(|| usage("a brief needs --date YYYY-MM-DD"))?;
        let with =
            d.with.ok_or_else(|| usage("a brief needs --with PERSON (a name or an id from cairn-cli people)"))?;
        let sections = sections(&d.include, BriefSection::ALL.as_slice())?;
        return Ok(Command::ExportBrief { plan, out, paper, date, with, sections });
    }
    if d.date.is_some() || d.with.is_some() {
        return Err(usage("--date and --with are for a brief: add --brief"));
    }
    let sections = sections(&d.include, PlanSection::ALL.as_slice())?;
    Ok(Command::ExportPlan { plan, out, paper, sections, period })
}

/// `--include` names, checked against the sections the document has (their snake_case names).
fn sections<S: Copy + serde::Serialize>(names: &[String], all: &[S]) -> Result<Option<Vec<S>>, UsageError> {
    if names.is_empty() {
        return Ok(None);
    }
    let name_of = |s: &S| serde_json::to_value(s).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    names
        .iter()
        .map(|n| {
            all.iter().copied().find(|s| name_of(s) == n.to_lowercase()).ok_or_else(|| {
                let known: Vec<String> = all.iter().map(name_of).collect();
                usage(format!("unknown section {n:?}; the sections are {}", known.join(", ")))
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

#[cfg(test)]
#[path = "command_tests.rs"]
mod tests;
