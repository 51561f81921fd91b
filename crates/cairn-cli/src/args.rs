//! The command line's one definition (clap, derive): `--help` for every command, the man pages
//! and the shell completions are all made from these types, so they cannot disagree. What clap
//! cannot say (a brief needs a date, the self-review has no sections) is checked in `command.rs`.
//!
//! Every value goes through a parser that refuses what looks like an option (`--out=--plan` would
//! otherwise write a file called `--plan`; for `--out --plan` clap finds the value missing and
//! `command.rs` says why), and paths are taken as the OS gives them: a
//! file name that is not UTF-8 is still a file name.

use std::ffi::OsStr;
use std::path::PathBuf;

use clap::builder::TypedValueParser;
use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};

const AFTER_HELP: &str = "\
The data folder is --data-dir, else CAIRN_DATA_DIR, else the folder chosen in the app, else the \
app's default (~/.local/share/app.cairn.planner): the same folder the app opens.

Exit codes: 0 done, 1 failed, 2 wrong usage. A failure is one line on stderr; with --json it is \
one JSON object {\"code\", \"message\", \"field\"}, where code is the core's (validation, not_found, \
conflict, storage, newer_schema, not_a_database, document, internal) or usage or io.";

/// Cairn without the window: plans, documents, backups and the demo, on the app's data folder.
#[derive(Debug, Parser)]
#[command(name = "cairn-cli", version, after_help = AFTER_HELP, propagate_version = true)]
#[command(long_about = "Cairn without the window: list plans and people, write a plan, a one-on-one brief or \
the promotion self-review as PDF or Markdown, bring in a career framework, find wins in a local git \
repository, and make and restore backups. It works on the same data folder as the app; nothing \
leaves the machine.")]
pub struct Cli {
    /// The data folder to work on.
    #[arg(long, global = true, value_name = "DIR", value_hint = ValueHint::DirPath, value_parser = PathValue)]
    pub data_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Top>,
}

#[derive(Debug, Subcommand)]
pub enum Top {
    /// List the growth plans (their ids are what --plan takes).
    Plans(JsonFlag),
    /// List the people on the stakeholder map (their ids or names are what --with takes).
    People(JsonFlag),
    /// Load the demo plan, to look around or for screenshots.
    Demo {
        /// Load years of generated plans and records instead, for the benchmarks (1y to 30y).
        #[arg(long, value_name = "YEARS", value_parser = years)]
        scale: Option<u32>,
    },
    /// Write a plan, a one-on-one brief, the self-review, a calendar or everything to a file.
    #[command(subcommand)]
    Export(Export),
    /// Bring an export back in.
    #[command(subcommand)]
    Import(Import),
    /// Bring in a company's career framework and hold a plan against it.
    #[command(subcommand)]
    Framework(Framework),
    /// A plan's mentoring sessions, visibility records, feedback requests or feedback given.
    List {
        /// What to list.
        #[arg(value_enum)]
        what: ListWhat,
        #[command(flatten)]
        plan: PlanFlag,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Wins from a local git repository's history: candidates in the plan's window.
    ///
    /// The commits of the authors' emails (remembered from one run to the next) in the plan's
    /// window, grouped into candidate wins and numbered newest first. --accept N makes the Nth a
    /// win; --dismiss N drops it for good. Nothing is fetched: only the history on this disk is read.
    Harvest(Harvest),
    /// Promotion readiness: the target level's expectations, with and without evidence.
    Readiness {
        #[command(flatten)]
        plan: PlanFlag,
        #[command(flatten)]
        json: JsonFlag,
    },
    /// Make a backup now (kept until you delete it).
    Backup,
    /// List the backups, newest first.
    Backups(JsonFlag),
    /// Put a backup in place of the data (the current data is backed up first). Quit the app first.
    Restore {
        /// The backup's name, as cairn-cli backups lists it.
        #[arg(value_parser = TextValue)]
        name: String,
    },
    /// Print a completion script for a shell (the packages install them already).
    ///
    /// For example: cairn-cli completions fish > ~/.config/fish/completions/cairn-cli.fish
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write the man pages into a folder (the packages are built with it).
    #[command(hide = true)]
    Man {
        #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath, value_parser = PathValue)]
        out: PathBuf,
    },
    /// Print the version (as --version does).
    #[command(hide = true)]
    Version,
}

#[derive(Debug, Clone, Copy, Args)]
pub struct JsonFlag {
    /// Print JSON instead of lines (and a failure as one JSON object on stderr).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, Args)]
pub struct PlanFlag {
    /// The plan's id (cairn-cli plans lists them).
    #[arg(long = "plan", value_name = "ID", value_parser = plan_id)]
    pub id: i64,
}

#[derive(Debug, Args)]
pub struct OutFlag {
    /// The file to write (written whole or not at all, readable only by you).
    #[arg(long = "out", value_name = "FILE", value_hint = ValueHint::FilePath, value_parser = PathValue)]
    pub file: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum Export {
    /// The whole plan as a PDF; or a one-on-one brief (--brief), or the self-review (--self-review).
    Pdf(Document),
    /// The whole plan as Markdown, for plain-text notes; or the self-review (--self-review).
    #[command(visible_alias = "md")]
    Markdown(Document),
    /// The plan's dates as a calendar file (iCalendar).
    ///
    /// Milestones, review-cycle dates, one-on-ones, check-ins due and the weekly reflection.
    /// Importing a newer file into a calendar updates the same events.
    #[command(visible_alias = "calendar")]
    Ics {
        #[command(flatten)]
        plan: PlanFlag,
        #[command(flatten)]
        out: OutFlag,
    },
    /// Everything, as JSON (docs/backup-format.md).
    Json {
        /// The file to write.
        #[arg(value_name = "FILE", value_hint = ValueHint::FilePath, value_parser = PathValue, required_unless_present = "out")]
        file: Option<PathBuf>,
        /// The file to write (the same as giving it without --out).
        #[arg(long, value_name = "FILE", value_hint = ValueHint::FilePath, value_parser = PathValue, conflicts_with = "file")]
        out: Option<PathBuf>,
    },
}

/// A plan document, a brief or the self-review.
#[derive(Debug, Args)]
#[command(after_help = "Private sections (your notes, people's stance, your reflections) are left out unless \
named with --include; naming any --include replaces the default sections.
Plan sections: review_cycle, skills, timeline, people, stretch, milestones, wins, feedback, readiness \
(the promotion packet), mentoring, visibility, asked_and_given, people_details, skill_notes, \
reflections, retrospective, signal_notes, mentee_names.
Brief sections: focus, review_cycle, since_last, coming_up, signals, stretch, skills, agenda, \
check_ins, notes, mentee_names.")]
pub struct Document {
    #[command(flatten)]
    pub plan: PlanFlag,
    #[command(flatten)]
    pub out: OutFlag,
    /// Paper size of a PDF.
    #[arg(long, value_enum, default_value_t = PaperName::A4, ignore_case = true)]
    pub paper: PaperName,
    /// A section to put in (again for more); replaces the default sections.
    #[arg(long, value_name = "SECTION", value_parser = TextValue)]
    pub include: Vec<String>,
    /// The one-on-one brief for --date and --with instead of the whole plan (PDF only).
    #[arg(long)]
    pub brief: bool,
    /// The brief's day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = TextValue)]
    pub date: Option<String>,
    /// Who the brief is for: a name or an id from cairn-cli people.
    #[arg(long, value_name = "PERSON", value_parser = TextValue)]
    pub with: Option<String>,
    /// The promotion self-review: your text per topic, its evidence, and the readiness packet.
    #[arg(long)]
    pub self_review: bool,
    /// The first day of the period (YYYY-MM-DD): the wins of a plan, or the self-review's period.
    #[arg(long, value_name = "DATE", value_parser = TextValue)]
    pub from: Option<String>,
    /// The last day of the period (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = TextValue)]
    pub to: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperName {
    A4,
    #[value(alias = "us-letter", alias = "us_letter")]
    Letter,
}

#[derive(Debug, Subcommand)]
pub enum Import {
    /// Bring an export in: into an empty folder, or replacing everything with --replace.
    Json {
        /// The export to read.
        #[arg(value_name = "FILE", value_hint = ValueHint::FilePath, value_parser = PathValue)]
        file: PathBuf,
        /// Replace everything that is there (a backup of it is made first).
        #[arg(long)]
        replace: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum Framework {
    /// Bring in a career framework: a CSV (topic,level,expectation,example) or a Markdown ladder.
    ///
    /// Importing a changed version of one already there lists what changes; --yes applies it.
    Import {
        /// The framework file.
        #[arg(value_name = "FILE", value_hint = ValueHint::FilePath, value_parser = PathValue)]
        file: PathBuf,
        /// Its name in Cairn (else the file's title or name).
        #[arg(long, value_parser = TextValue)]
        name: Option<String>,
        /// Apply the changes to a framework already imported.
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// The frameworks, with their levels (Cairn's built-in ladder among them).
    List(JsonFlag),
    /// Hold a plan against a framework, from a current to a target level.
    Use {
        /// The framework's id (cairn-cli framework list).
        #[arg(value_name = "FRAMEWORK", value_parser = framework_id)]
        framework: i64,
        #[command(flatten)]
        plan: PlanFlag,
        /// The current level, by name or number.
        #[arg(long, value_name = "LEVEL", value_parser = TextValue)]
        current: String,
        /// The target level, by name or number.
        #[arg(long, value_name = "LEVEL", value_parser = TextValue)]
        target: String,
    },
}

#[derive(Debug, Args)]
pub struct Harvest {
    #[command(flatten)]
    pub plan: PlanFlag,
    /// The folder of a local git repository.
    #[arg(long, value_name = "PATH", value_hint = ValueHint::DirPath, value_parser = PathValue)]
    pub repo: PathBuf,
    /// An email you commit with (again for more; remembered).
    #[arg(long = "author", value_name = "EMAIL", value_parser = TextValue)]
    pub authors: Vec<String>,
    /// Look from this day (YYYY-MM-DD) instead of the plan's start.
    #[arg(long, value_name = "DATE", value_parser = TextValue)]
    pub since: Option<String>,
    /// Make the Nth candidate a win.
    #[arg(long, value_name = "N", value_parser = candidate_number)]
    pub accept: Option<usize>,
    /// Drop the Nth candidate for good.
    #[arg(long, value_name = "N", value_parser = candidate_number, conflicts_with = "accept")]
    pub dismiss: Option<usize>,
    #[command(flatten)]
    pub json: JsonFlag,
}

/// What `list` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListWhat {
    /// Mentoring sessions, with each mentee's goals.
    Mentoring,
    /// Visibility records: talks, docs, demos.
    Visibility,
    /// Feedback requests.
    Requests,
    /// Feedback given.
    Given,
}

/// The sentence for a value that is an option: `--out --plan` is a forgotten value far more often
/// than a file called `--plan`, and `./--plan` still names that file.
fn looks_like_an_option(arg: Option<&clap::Arg>, value: &OsStr, path: bool) -> Option<String> {
    let text = value.to_string_lossy();
    (text.starts_with('-') && text.len() > 1).then(|| {
        let flag = arg.and_then(|a| a.get_long()).map(|l| format!("--{l}")).unwrap_or_else(|| "this".into());
        crate::command::forgotten_value(&flag, &text, path)
    })
}

fn refuse(cmd: &clap::Command, sentence: String) -> clap::Error {
    clap::Error::raw(clap::error::ErrorKind::ValueValidation, sentence).with_cmd(cmd)
}

/// A path as the OS gives it (not necessarily UTF-8), refused when it looks like an option.
#[derive(Clone)]
struct PathValue;

impl TypedValueParser for PathValue {
    type Value = PathBuf;

    fn parse_ref(&self, cmd: &clap::Command, arg: Option<&clap::Arg>, value: &OsStr) -> Result<PathBuf, clap::Error> {
        match looks_like_an_option(arg, value, true) {
            Some(sentence) => Err(refuse(cmd, sentence)),
            None if value.is_empty() => Err(refuse(cmd, "an empty path names no file or folder".into())),
            None => Ok(PathBuf::from(value)),
        }
    }
}

/// Text (a name, a date, a section), refused when it looks like an option.
#[derive(Clone)]
struct TextValue;

impl TypedValueParser for TextValue {
    type Value = String;

    fn parse_ref(&self, cmd: &clap::Command, arg: Option<&clap::Arg>, value: &OsStr) -> Result<String, clap::Error> {
        if let Some(sentence) = looks_like_an_option(arg, value, false) {
            return Err(refuse(cmd, sentence));
        }
        let flag = arg.and_then(|a| a.get_long()).map(|l| format!("--{l}")).unwrap_or_else(|| "this".into());
        value
            .to_str()
            .map(str::to_owned)
            .ok_or_else(|| refuse(cmd, format!("{flag} takes text, and this is not UTF-8")))
    }
}

fn number(value: &str, what: &str) -> Result<i64, String> {
    if value.starts_with('-') && value.len() > 1 && value[1..].parse::<i64>().is_err() {
        return Err(format!("{value:?} looks like an option: give {what} first"));
    }
    value
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or_else(|| format!("{what} is a number such as 1, not {value:?}"))
}

fn plan_id(value: &str) -> Result<i64, String> {
    number(value, "the plan's id (cairn-cli plans lists them)")
}

fn framework_id(value: &str) -> Result<i64, String> {
    number(value, "the framework's id (cairn-cli framework list)")
}

fn candidate_number(value: &str) -> Result<usize, String> {
    number(value, "the candidate's number from the list").map(|n| n as usize)
}

/// `10y` → 10 (1 to 30 years).
fn years(scale: &str) -> Result<u32, String> {
    scale
        .strip_suffix('y')
        .and_then(|n| n.parse::<u32>().ok())
        .filter(|n| (1..=30).contains(n))
        .ok_or_else(|| format!("--scale is a number of years from 1y to 30y, such as 10y, not {scale:?}"))
}
