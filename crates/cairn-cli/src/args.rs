//! The command line, parsed by hand: a handful of commands and flags do not need a parser crate,
//! and every mistake gets a sentence that says what to type instead (exit code 2).

use std::path::PathBuf;

use cairn_core::{BriefSection, Paper, PlanSection};

pub const USAGE: &str = "\
Usage: cairn-cli [--data-dir DIR] <command>
       cairn-cli --version

Commands:
  plans [--json]             List the growth plans.
  people [--json]            List the people on the stakeholder map (ids for --with).
  demo                       Load the demo plan (to look around, or for screenshots).
  demo --scale 10y           Load ten years of generated plans and records (for benchmarks).
  export pdf --plan ID --out FILE [--paper a4|letter] [--include SECTION]...
                             The whole plan as a PDF.
  export pdf --plan ID --out FILE --brief --date YYYY-MM-DD --with PERSON [...]
                             The one-on-one brief for a day and a person (name or id).
  export markdown --plan ID --out FILE [--include SECTION]...
                             The whole plan as Markdown, for plain-text notes. With
                             --from DATE and/or --to DATE (also for the PDF) the wins are
                             only those of that period.
  export pdf|markdown --plan ID --self-review [--from DATE] [--to DATE] --out FILE
                             The promotion self-review (the plan's period unless given):
                             your text per topic, its evidence, and the readiness packet.
  export ics --plan ID --out FILE
                             The plan's dates as a calendar file (iCalendar): milestones,
                             review-cycle dates, one-on-ones, check-ins due and the weekly
                             reflection. Importing a newer file updates the same events.
  export json FILE           Everything, as JSON (docs/backup-format.md).
  import json FILE [--replace]
                             Bring an export in: into an empty folder, or replacing
                             everything with --replace (a backup is made first).
  framework import FILE [--name NAME] [--yes]
                             Bring in a career framework: a CSV (topic,level,expectation,
                             example) or a progression-framework Markdown file. Importing a
                             changed version lists what changes; --yes applies it.
  framework list [--json]    The imported frameworks, with their levels.
  framework use ID --plan ID --current LEVEL --target LEVEL
                             Hold a plan against a framework (a level by name or number).
  list mentoring|visibility|requests|given --plan ID [--json]
                             A plan's mentoring sessions (with each mentee's goals),
                             visibility records, feedback requests, or feedback given.
  harvest --plan ID --repo PATH [--author EMAIL]... [--since DATE] [--json]
                             Wins from a local git repository's history: candidates in the
                             plan's window (emails are remembered). --accept N makes the Nth
                             a win; --dismiss N drops it for good. Nothing is fetched.
  readiness --plan ID [--json]
                             Promotion readiness: the target level's expectations, with
                             and without evidence.
  backup                     Make a backup now (kept until you delete it).
  backups [--json]           List the backups, newest first.
  restore NAME               Put a backup in place of the data (the current data is
                             backed up first). Quit the app first.

Private sections (your notes, people's stance, your reflections) are left out unless named
with --include; naming any --include replaces the default sections. Plan sections:
review_cycle, skills, timeline, people, stretch, milestones, wins, feedback, readiness (the
promotion packet), mentoring, visibility, asked_and_given, people_details, skill_notes,
reflections, retrospective, signal_notes, mentee_names. Brief sections: focus, review_cycle,
since_last, coming_up, signals, stretch, skills, agenda, check_ins, notes, mentee_names.

The data folder is --data-dir, else CAIRN_DATA_DIR, else the folder chosen in the app, else the
app's default (~/.local/share/app.cairn.planner): the same folder the app opens.
Exit codes: 0 done, 1 failed (one line on stderr says why), 2 wrong usage.";

#[derive(Debug, PartialEq)]
pub struct Cli {
    pub data_dir: Option<PathBuf>,
    pub command: Command,
}

#[derive(Debug, PartialEq)]
pub enum Command {
    Help,
    /// `--version`: the workspace's version, the one the app and the packages carry.
    Version,
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
    Harvest(crate::harvest_cmd::HarvestArgs),
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
}

/// What `list` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListWhat {
    Mentoring,
    Visibility,
    Requests,
    Given,
}

/// A usage mistake, in words.
#[derive(Debug, PartialEq)]
pub struct UsageError(pub String);

pub(crate) fn usage(message: impl Into<String>) -> UsageError {
    UsageError(message.into())
}

pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Cli, UsageError> {
    let mut args = args.into_iter().peekable();
    let mut data_dir = None;
    let mut words = Vec::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data-dir" => {
                data_dir = Some(PathBuf::from(args.next().ok_or_else(|| usage("--data-dir needs a folder"))?));
            }
            _ if arg.starts_with("--data-dir=") => data_dir = Some(PathBuf::from(&arg["--data-dir=".len()..])),
            _ => words.push(arg),
        }
    }
    let command = match words.first().map(String::as_str) {
        None | Some("help" | "--help" | "-h") => Command::Help,
        Some("--version" | "-V" | "version") => match &words[1..] {
            [] => Command::Version,
            [other, ..] => return Err(usage(format!("--version takes nothing after it, not {other:?}"))),
        },
        Some("plans") => Command::Plans { json: only_json(&words[1..])? },
        Some("people") => Command::People { json: only_json(&words[1..])? },
        Some("demo") => match &words[1..] {
            [] => Command::Demo,
            [flag, scale] if flag == "--scale" => Command::DemoScale { years: years(scale)? },
            [flag] if flag == "--scale" => return Err(usage("--scale needs a size, such as 10y")),
            [other, ..] => {
                return Err(usage(format!("unexpected {other:?}; demo takes only --scale, such as --scale 10y")));
            }
        },
        Some("export") => export(&words[1..])?,
        Some("import") => import(&words[1..])?,
        Some("framework") => framework(&words[1..])?,
        Some("readiness") => readiness(&words[1..])?,
        Some("list") => list(&words[1..])?,
        Some("harvest") => crate::harvest_cmd::parse(&words[1..])?,
        Some("backup") if words.len() == 1 => Command::Backup,
        Some("backup") => return Err(usage(format!("backup takes no arguments, got {:?}", words[1]))),
        Some("backups") => Command::Backups { json: only_json(&words[1..])? },
        Some("restore") => match &words[1..] {
            [name] => Command::Restore { name: name.clone() },
            [] => return Err(usage("restore which backup? cairn-cli backups lists them")),
            [_, extra, ..] => return Err(usage(format!("restore takes one backup name, got also {extra:?}"))),
        },
        Some(other) => return Err(usage(format!("unknown command {other:?}; see cairn-cli --help"))),
    };
    Ok(Cli { data_dir, command })
}

/// `10y` → 10 (1 to 30 years).
fn years(scale: &str) -> Result<u32, UsageError> {
    scale
        .strip_suffix('y')
        .and_then(|n| n.parse::<u32>().ok())
        .filter(|n| (1..=30).contains(n))
        .ok_or_else(|| usage(format!("--scale is a number of years from 1y to 30y, such as 10y, not {scale:?}")))
}

fn only_json(rest: &[String]) -> Result<bool, UsageError> {
    match rest {
        [] => Ok(false),
        [flag] if flag == "--json" => Ok(true),
        [other, ..] => Err(usage(format!("unexpected {other:?}; the only option here is --json"))),
    }
}

fn framework(rest: &[String]) -> Result<Command, UsageError> {
    match rest.first().map(String::as_str) {
        Some("list") => Ok(Command::FrameworkList { json: only_json(&rest[1..])? }),
        Some("import") => {
            let (mut file, mut name, mut yes) = (None, None, false);
            let mut it = rest[1..].iter();
            while let Some(arg) = it.next() {
                match arg.as_str() {
                    "--yes" | "-y" => yes = true,
                    "--name" => name = Some(it.next().cloned().ok_or_else(|| usage("--name needs a name"))?),
                    flag if flag.starts_with("--") => {
                        return Err(usage(format!("unknown option {flag:?}; framework import takes --name and --yes")));
                    }
                    path if file.is_none() => file = Some(PathBuf::from(path)),
                    extra => return Err(usage(format!("framework import takes one file, got also {extra:?}"))),
                }
            }
            let file = file.ok_or_else(|| usage("import which file? try: cairn-cli framework import ladder.csv"))?;
            Ok(Command::FrameworkImport { file, name, yes })
        }
        Some("use") => {
            let framework = rest
                .get(1)
                .and_then(|id| id.parse().ok())
                .ok_or_else(|| usage("framework use takes a framework id first (cairn-cli framework list)"))?;
            let (mut plan, mut current, mut target) = (None, None, None);
            let mut it = rest[2..].iter();
            while let Some(flag) = it.next() {
                let mut value = |name: &str| it.next().cloned().ok_or_else(|| usage(format!("{name} needs a value")));
                match flag.as_str() {
                    "--plan" => plan = Some(plan_id(&value("--plan")?)?),
                    "--current" => current = Some(value("--current")?),
                    "--target" => target = Some(value("--target")?),
                    other => return Err(usage(format!("unknown option {other:?} for framework use"))),
                }
            }
            Ok(Command::FrameworkUse {
                framework,
                plan: plan.ok_or_else(|| usage("framework use needs --plan ID"))?,
                current: current.ok_or_else(|| usage("framework use needs --current LEVEL"))?,
                target: target.ok_or_else(|| usage("framework use needs --target LEVEL"))?,
            })
        }
        Some(other) => Err(usage(format!("framework can import, list or use, not {other:?}"))),
        None => Err(usage("framework what? try: cairn-cli framework import FILE, or framework list")),
    }
}

fn readiness(rest: &[String]) -> Result<Command, UsageError> {
    let (mut plan, mut json) = (None, false);
    let mut it = rest.iter();
    while let Some(flag) = it.next() {
        match flag.as_str() {
            "--json" => json = true,
            "--plan" => plan = Some(plan_id(it.next().ok_or_else(|| usage("--plan needs a value"))?)?),
            other => return Err(usage(format!("unknown option {other:?}; readiness takes --plan ID and --json"))),
        }
    }
    let plan = plan.ok_or_else(|| usage("readiness needs --plan ID (cairn-cli plans lists them)"))?;
    Ok(Command::Readiness { plan, json })
}

fn list(rest: &[String]) -> Result<Command, UsageError> {
    let what = match rest.first().map(String::as_str) {
        Some("mentoring") => ListWhat::Mentoring,
        Some("visibility") => ListWhat::Visibility,
        Some("requests") => ListWhat::Requests,
        Some("given") => ListWhat::Given,
        Some(other) => {
            return Err(usage(format!("cairn-cli can list mentoring, visibility, requests or given, not {other:?}")));
        }
        None => return Err(usage("list what? try: cairn-cli list mentoring --plan ID")),
    };
    let (mut plan, mut json) = (None, false);
    let mut it = rest[1..].iter();
    while let Some(flag) = it.next() {
        match flag.as_str() {
            "--json" => json = true,
            "--plan" => plan = Some(plan_id(it.next().ok_or_else(|| usage("--plan needs a value"))?)?),
            other => return Err(usage(format!("unknown option {other:?}; list takes --plan ID and --json"))),
        }
    }
    let plan = plan.ok_or_else(|| usage("list needs --plan ID (cairn-cli plans lists them)"))?;
    Ok(Command::List { what, plan, json })
}

pub(crate) fn plan_id(v: &str) -> Result<i64, UsageError> {
    v.parse::<i64>().map_err(|_| usage(format!("--plan takes a plan id (a number), not {v:?}")))
}

fn import(rest: &[String]) -> Result<Command, UsageError> {
    match rest {
        [kind, ..] if kind != "json" => Err(usage(format!("cairn-cli can import json, not {kind:?}"))),
        [_, file] => Ok(Command::ImportJson { file: PathBuf::from(file), replace: false }),
        [_, file, flag] | [_, flag, file] if flag == "--replace" => {
            Ok(Command::ImportJson { file: PathBuf::from(file), replace: true })
        }
        [_] | [] => Err(usage("import which file? try: cairn-cli import json FILE")),
        [_, _, other, ..] => Err(usage(format!("unexpected {other:?}; the only option here is --replace"))),
    }
}

fn export_calendar(rest: &[String]) -> Result<Command, UsageError> {
    let (mut plan, mut out) = (None, None);
    let mut it = rest.iter();
    while let Some(flag) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| usage(format!("{name} needs a value")));
        match flag.as_str() {
            "--plan" => {
                let v = value("--plan")?;
                plan =
                    Some(v.parse::<i64>().map_err(|_| usage(format!("--plan takes a plan id (a number), not {v:?}")))?);
            }
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            other => return Err(usage(format!("unknown option {other:?} for export ics (it takes --plan and --out)"))),
        }
    }
    let plan = plan.ok_or_else(|| usage("export ics needs --plan ID (cairn-cli plans lists them)"))?;
    let out = out.ok_or_else(|| usage("export ics needs --out FILE"))?;
    Ok(Command::ExportCalendar { plan, out })
}

fn export(rest: &[String]) -> Result<Command, UsageError> {
    let markdown = match rest.first().map(String::as_str) {
        Some("pdf") => false,
        Some("markdown" | "md") => true,
        Some("json") => {
            return match &rest[1..] {
                [file] => Ok(Command::ExportJson { out: PathBuf::from(file) }),
                [flag, file] if flag == "--out" => Ok(Command::ExportJson { out: PathBuf::from(file) }),
                _ => Err(usage("export json takes one file: cairn-cli export json FILE")),
            };
        }
        Some("ics" | "calendar") => return export_calendar(&rest[1..]),
        Some(other) => return Err(usage(format!("cairn-cli can export pdf, markdown, ics or json, not {other:?}"))),
        None => return Err(usage("export what? try: cairn-cli export pdf --plan ID --out FILE")),
    };
    let mut plan = None;
    let mut out = None;
    let mut paper = Paper::A4;
    let mut brief = false;
    let mut date = None;
    let mut with = None;
    let mut include: Vec<String> = Vec::new();
    let (mut self_review, mut from, mut to) = (false, None, None);
    let mut it = rest[1..].iter();
    while let Some(flag) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| usage(format!("{name} needs a value")));
        match flag.as_str() {
            "--plan" => {
                let v = value("--plan")?;
                plan =
                    Some(v.parse::<i64>().map_err(|_| usage(format!("--plan takes a plan id (a number), not {v:?}")))?);
            }
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--paper" => {
                paper = match value("--paper")?.to_lowercase().as_str() {
                    "a4" => Paper::A4,
                    "letter" | "us-letter" | "us_letter" => Paper::UsLetter,
                    other => return Err(usage(format!("--paper is a4 or letter, not {other:?}"))),
                }
            }
            "--brief" => brief = true,
            "--date" => date = Some(value("--date")?),
            "--with" => with = Some(value("--with")?),
            "--include" => include.push(value("--include")?),
            "--self-review" => self_review = true,
            "--from" => from = Some(value("--from")?),
            "--to" => to = Some(value("--to")?),
            other => return Err(usage(format!("unknown option {other:?} for export"))),
        }
    }
    let what = if markdown { "export markdown" } else { "export pdf" };
    let plan = plan.ok_or_else(|| usage(format!("{what} needs --plan ID (cairn-cli plans lists them)")))?;
    let out = out.ok_or_else(|| usage(format!("{what} needs --out FILE")))?;
    let period = (from.is_some() || to.is_some()).then(|| (from.unwrap_or_default(), to.unwrap_or_default()));
    if self_review {
        if brief || !include.is_empty() {
            return Err(usage(
                "the self-review has no sections to choose and is not a brief: drop --brief and --include",
            ));
        }
        let (from, to) = period.unwrap_or_default();
        return Ok(Command::ExportSelfReview { plan, out, paper, markdown, from, to });
    }
    if markdown {
        if brief || date.is_some() || with.is_some() {
            return Err(usage("the brief is a PDF only: use export pdf --brief"));
        }
        let sections = sections(&include, PlanSection::ALL.as_slice())?;
        return Ok(Command::ExportMarkdown { plan, out, sections, period });
    }
    if brief {
        let date = date.ok_or_else(|| usage("a brief needs --date YYYY-MM-DD"))?;
        let with = with.ok_or_else(|| usage("a brief needs --with PERSON (a name or an id from cairn-cli people)"))?;
        let sections = sections(&include, BriefSection::ALL.as_slice())?;
        Ok(Command::ExportBrief { plan, out, paper, date, with, sections })
    } else {
        if date.is_some() || with.is_some() {
            return Err(usage("--date and --with are for a brief: add --brief"));
        }
        let sections = sections(&include, PlanSection::ALL.as_slice())?;
        Ok(Command::ExportPlan { plan, out, paper, sections, period })
    }
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
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn commands_and_flags() {
        assert_eq!(parse(args("plans --json")).unwrap().command, Command::Plans { json: true });
        let cli = parse(args("--data-dir /tmp/x export pdf --plan 3 --out a.pdf --paper letter")).unwrap();
        assert_eq!(cli.data_dir, Some(PathBuf::from("/tmp/x")));
        assert_eq!(
            cli.command,
            Command::ExportPlan { plan: 3, out: "a.pdf".into(), paper: Paper::UsLetter, sections: None, period: None }
        );
        let brief =
            parse(args("export pdf --brief --plan 1 --out b.pdf --date 2026-11-24 --with Priya --include notes"));
        assert!(matches!(
            brief.unwrap().command,
            Command::ExportBrief { sections: Some(ref s), .. } if s == &vec![BriefSection::Notes]
        ));
    }

    #[test]
    fn framework_commands() {
        assert_eq!(
            parse(args("framework import ladder.csv --name Acme --yes")).unwrap().command,
            Command::FrameworkImport { file: "ladder.csv".into(), name: Some("Acme".into()), yes: true }
        );
        assert_eq!(parse(args("framework list --json")).unwrap().command, Command::FrameworkList { json: true });
        assert_eq!(
            parse(args("framework use 2 --plan 1 --current 3 --target L4")).unwrap().command,
            Command::FrameworkUse { framework: 2, plan: 1, current: "3".into(), target: "L4".into() }
        );
        assert_eq!(
            parse(args("readiness --json --plan 4")).unwrap().command,
            Command::Readiness { plan: 4, json: true }
        );
        let err = |line: &str| parse(args(line)).unwrap_err().0;
        assert!(err("framework import").contains("which file"));
        assert!(err("framework use x --plan 1").contains("framework id"));
        assert!(err("framework use 1 --plan 1 --current 2").contains("--target"));
        assert!(err("readiness").contains("--plan ID"));
        assert_eq!(
            parse(args("list requests --plan 3 --json")).unwrap().command,
            Command::List { what: ListWhat::Requests, plan: 3, json: true }
        );
        assert!(err("list talks --plan 1").contains("mentoring, visibility, requests or given"));
        assert!(err("list given").contains("--plan ID"));
        assert!(err("list").contains("list what?"));
        assert!(err("framework delete 1").contains("import, list or use"));
    }

    #[test]
    fn the_demo_at_scale() {
        assert_eq!(parse(args("demo --scale 10y")).unwrap().command, Command::DemoScale { years: 10 });
        assert!(parse(args("demo --scale ten")).unwrap_err().0.contains("from 1y to 30y"));
        assert!(parse(args("demo --scale 99y")).is_err());
        assert!(parse(args("demo --fast")).unwrap_err().0.contains("--scale"));
    }

    #[test]
    fn mistakes_say_what_to_type() {
        let err = |line: &str| parse(args(line)).unwrap_err().0;
        assert!(err("export pdf --out a.pdf").contains("--plan ID"));
        assert!(err("export pdf --plan x --out a.pdf").contains("a number"));
        assert!(err("export pdf --plan 1 --out a.pdf --date 2026-01-01").contains("add --brief"));
        assert!(err("export pdf --plan 1 --out a.pdf --include secrets").contains("skills, timeline"));
        assert!(err("frobnicate").contains("unknown command"));
        assert!(err("plans --yaml").contains("--json"));
    }
}
