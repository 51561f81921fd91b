use std::ffi::OsString;
use std::path::PathBuf;

use super::*;

fn args(line: &str) -> Vec<String> {
    line.split_whitespace().map(str::to_owned).collect()
}

fn cmd(line: &str) -> Command {
    parse(args(line)).unwrap().command
}

fn err(line: &str) -> String {
    let said = parse(args(line)).unwrap_err().0;
    assert!(!said.contains('\n'), "one line: {said}");
    said
}

#[test]
fn commands_and_flags() {
    assert_eq!(cmd("plans --json"), Command::Plans { json: true });
    let cli = parse(args("--data-dir /tmp/x export pdf --plan 3 --out a.pdf --paper letter")).unwrap();
    assert_eq!(cli.data_dir, Some(PathBuf::from("/tmp/x")));
    assert_eq!(
        cli.command,
        Command::ExportPlan { plan: 3, out: "a.pdf".into(), paper: Paper::UsLetter, sections: None, period: None }
    );
    let brief = cmd("export pdf --brief --plan 1 --out b.pdf --date 2026-11-24 --with Priya --include notes");
    assert!(matches!(brief, Command::ExportBrief { sections: Some(ref s), .. } if s == &vec![BriefSection::Notes]));
    assert_eq!(
        cmd("export md --plan 2 --out n.md --to 2026-06-30"),
        cmd("export markdown --out=n.md --plan=2 --to=2026-06-30")
    );
    assert_eq!(cmd("export json --out a.json"), Command::ExportJson { out: "a.json".into() });
    assert_eq!(cmd("export json a.json"), Command::ExportJson { out: "a.json".into() });
    assert_eq!(cmd("import json a.json --replace"), Command::ImportJson { file: "a.json".into(), replace: true });
}

#[test]
fn flag_equals_value_everywhere_and_data_dir_anywhere() {
    assert_eq!(
        parse(args("plans --data-dir=/d")).unwrap(),
        Invocation { data_dir: Some("/d".into()), command: Command::Plans { json: false } }
    );
    assert_eq!(cmd("readiness --plan=4 --json"), Command::Readiness { plan: 4, json: true });
    assert_eq!(
        cmd("harvest --plan=1 --repo=/r --author=a@b --author=c@d --since=2026-01-01 --dismiss=2"),
        Command::Harvest(HarvestArgs {
            plan: 1,
            repo: "/r".into(),
            authors: vec!["a@b".into(), "c@d".into()],
            since: Some("2026-01-01".into()),
            json: false,
            accept: None,
            dismiss: Some(2),
        })
    );
    assert_eq!(
        cmd("framework use 2 --plan=1 --current=3 --target=L4"),
        Command::FrameworkUse { framework: 2, plan: 1, current: "3".into(), target: "L4".into() }
    );
}

#[test]
fn framework_list_and_readiness() {
    assert_eq!(
        cmd("framework import ladder.csv --name Acme --yes"),
        Command::FrameworkImport { file: "ladder.csv".into(), name: Some("Acme".into()), yes: true }
    );
    assert_eq!(cmd("framework list --json"), Command::FrameworkList { json: true });
    assert_eq!(cmd("list requests --plan 3 --json"), Command::List { what: ListWhat::Requests, plan: 3, json: true });
    assert!(err("framework import").contains("<FILE>"));
    assert!(err("framework use x --plan 1").contains("framework's id"));
    assert!(err("framework use 1 --plan 1 --current 2").contains("--target <LEVEL>"));
    assert!(err("readiness").contains("--plan <ID>"));
    let talks = err("list talks --plan 1");
    assert!(talks.contains("mentoring, visibility, requests, given"), "{talks}");
    assert!(err("framework delete 1").contains("'delete'"));
}

#[test]
fn the_demo_at_scale() {
    assert_eq!(cmd("demo --scale 10y"), Command::DemoScale { years: 10 });
    assert!(err("demo --scale ten").contains("from 1y to 30y"));
    assert!(err("demo --scale 99y").contains("from 1y to 30y"));
    assert!(err("demo --fast").contains("--fast"));
}

#[test]
fn a_value_that_looks_like_an_option_is_refused_with_a_sentence() {
    let said = err("export pdf --plan 1 --out --paper letter");
    assert!(said.contains("--out needs a value, and \"--paper\" looks like an option"), "{said}");
    assert!(said.contains("./--paper"), "{said}");
    let plan = err("export pdf --plan --out a.pdf");
    assert!(
        plan.contains("--plan needs a value, and \"--out\" looks like an option") && !plan.contains("./"),
        "{plan}"
    );
    assert!(err("plans --data-dir --json").contains("--data-dir needs a value"));
    assert!(
        err("framework import --name x").contains("--name needs a value")
            || err("framework import --name x").contains("<FILE>")
    );
    assert!(err("harvest --plan 1 --repo . --author --json").contains("--author needs a value"));
    // A name that starts with a dash is still reachable.
    assert_eq!(cmd("export json ./-odd.json"), Command::ExportJson { out: "./-odd.json".into() });
}

#[test]
fn mistakes_say_what_to_type() {
    assert!(err("export pdf --out a.pdf").contains("--plan <ID>"));
    assert!(err("export pdf --plan x --out a.pdf").contains("a number"));
    assert!(err("export pdf --plan 1 --out a.pdf --date 2026-01-01").contains("add --brief"));
    assert!(err("export pdf --plan 1 --out a.pdf --include secrets").contains("skills, timeline"));
    assert!(err("export pdf --plan 1 --out a.pdf --brief --with P").contains("--date"));
    assert!(err("export md --plan 1 --out a.md --brief").contains("PDF only"));
    assert!(err("export pdf --plan 1 --out a.pdf --self-review --include wins").contains("no sections"));
    assert!(err("export pdf --plan 1 --out a.pdf --paper a5").contains("a4"));
    assert!(err("harvest --plan 1 --repo . --accept 1 --dismiss 2").contains("cannot be used with"));
    assert!(err("harvest --plan 1 --repo . --accept 0").contains("a number such as 1"));
    assert!(err("frobnicate").contains("'frobnicate'"));
    assert!(err("plans --yaml").contains("--yaml"));
    assert!(err("--versions").contains("'--versions'"));
}

#[test]
fn help_and_version_are_printed_not_failed() {
    for line in ["--help", "help", "", "export --help", "help export pdf", "framework use --help"] {
        let Command::Print(text) = cmd(line) else { panic!("{line}: not printed") };
        assert!(text.contains("Usage: cairn-cli"), "{line}: {text}");
    }
    let Command::Print(pdf) = cmd("export pdf --help") else { panic!() };
    assert!(pdf.contains("--self-review") && pdf.contains("Brief sections:"), "{pdf}");
    for line in ["--version", "-V", "version"] {
        assert_eq!(cmd(line), Command::Print(format!("cairn-cli {}\n", env!("CARGO_PKG_VERSION"))), "{line}");
    }
}

#[cfg(unix)]
#[test]
fn a_path_that_is_not_utf8_is_still_a_path() {
    use std::os::unix::ffi::OsStringExt;
    let odd = OsString::from_vec(b"/tmp/caf\xe9.json".to_vec());
    let line: Vec<OsString> = vec!["export".into(), "json".into(), odd.clone()];
    assert_eq!(parse(line).unwrap().command, Command::ExportJson { out: PathBuf::from(odd.clone()) });
    let mut flag = OsString::from("--data-dir=");
    flag.push(&odd);
    assert_eq!(parse(vec![flag, "plans".into()]).unwrap().data_dir, Some(PathBuf::from(odd)));
    let not_text: Vec<OsString> = vec!["restore".into(), OsString::from_vec(b"caf\xe9".to_vec())];
    assert!(parse(not_text).unwrap_err().0.contains("not UTF-8"));
}

#[test]
fn every_command_and_subcommand_has_help() {
    fn walk(cmd: &clap::Command, path: Vec<String>, seen: &mut usize) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let mut line = path.clone();
            line.push(sub.get_name().to_owned());
            let mut asked = line.clone();
            asked.push("--help".into());
            let Command::Print(text) = parse(asked.clone()).unwrap().command else { panic!("{asked:?}") };
            assert!(text.contains(&format!("Usage: cairn-cli {}", line.join(" "))), "{asked:?}: {text}");
            if !sub.is_hide_set() {
                assert!(sub.get_about().is_some(), "{line:?} says what it does");
            }
            *seen += 1;
            walk(sub, line, seen);
        }
    }
    let mut seen = 0;
    walk(&<crate::args::Cli as clap::CommandFactory>::command(), Vec::new(), &mut seen);
    assert!(seen >= 20, "{seen} commands");
}
