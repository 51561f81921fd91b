//! `cairn-cli framework …` and `cairn-cli readiness`: bring in a company's career framework, hold a
//! plan against it, and see how ready the person is for the target level.

use std::io::Write;
use std::path::Path;

use crate::failure::{Failure, Outcome};
use cairn_core::{FrameworkImportPreview, FrameworkLevel, PlanLadderInput, Store, read_framework_file};

/// Imports a framework file. A new framework is imported at once; a changed version of one
/// already there is listed and applied only with `yes` (otherwise it fails with exit code 1 and
/// nothing changes).
pub fn import(store: &Store, out: &mut impl Write, file: &Path, name: Option<&str>, yes: bool) -> Outcome {
    let (draft, file_name) = read_framework_file(file, name)?;
    let preview = store.preview_framework_import(&draft)?;
    if preview.unchanged {
        writeln!(out, "“{}” is already imported as it is in this file; nothing changed.", preview.name)?;
        return Ok(());
    }
    if preview.replaces.is_some() {
        write_changes(out, &preview)?;
        if !yes {
            return Err(Failure::new(
                "conflict",
                "these changes were not applied: run the same command with --yes to apply them",
            ));
        }
    }
    let summary = store.import_framework(&draft, &file_name)?;
    writeln!(
        out,
        "{} “{}” (id {}): {} levels, {} topics, {} expectations.",
        if preview.replaces.is_some() { "Updated" } else { "Imported" },
        summary.name,
        summary.id,
        summary.levels.len(),
        summary.topic_count,
        summary.expectation_count
    )
    .map_err(Failure::from)
}

fn write_changes(out: &mut impl Write, p: &FrameworkImportPreview) -> Outcome {
    writeln!(out, "“{}” is already imported. This file changes it:", p.name)?;
    for (what, list) in [
        ("New level", &p.levels_added),
        ("Level removed", &p.levels_removed),
        ("New topic", &p.topics_added),
        ("Topic removed", &p.topics_removed),
    ] {
        for name in list {
            writeln!(out, "  {what}: {name}")?;
        }
    }
    for e in &p.expectations_added {
        writeln!(out, "  + {} / {}: {}", e.topic, e.level, e.text)?;
    }
    for e in &p.expectations_removed {
        let evidence = match e.evidence_count {
            0 => String::new(),
            1 => " (its 1 piece of evidence is unlinked)".into(),
            n => format!(" (its {n} pieces of evidence are unlinked)"),
        };
        writeln!(out, "  - {} / {}: {}{evidence}", e.topic, e.level, e.text)?;
    }
    if p.examples_changed > 0 {
        writeln!(out, "  Examples changed for {} expectation(s); their evidence stays.", p.examples_changed)?;
    }
    Ok(())
}

pub fn list(store: &Store, out: &mut impl Write, json: bool) -> Outcome {
    let frameworks = store.list_frameworks()?;
    if json {
        return writeln!(out, "{}", serde_json::to_string_pretty(&frameworks)?).map_err(Failure::from);
    }
    if frameworks.is_empty() {
        return writeln!(out, "No frameworks yet. Bring one in: cairn-cli framework import FILE")
            .map_err(Failure::from);
    }
    for f in frameworks {
        let levels: Vec<&str> = f.levels.iter().map(|l| l.name.as_str()).collect();
        writeln!(
            out,
            "{:>4}  {}  ({} topics, {} expectations; levels {}){}{}",
            f.id,
            f.name,
            f.topic_count,
            f.expectation_count,
            levels.join(", "),
            if f.builtin { "  built into Cairn" } else { "" },
            match f.plan_count {
                0 => String::new(),
                1 => "  used by 1 plan".into(),
                n => format!("  used by {n} plans"),
            }
        )?;
    }
    Ok(())
}

/// Holds a plan against a framework; levels are given by name ("Level 3", "L4") or position (3).
pub fn use_framework(
    store: &Store,
    out: &mut impl Write,
    framework: i64,
    plan: i64,
    current: &str,
    target: &str,
) -> Outcome {
    let found = store.list_frameworks()?.into_iter().find(|f| f.id == framework);
    let framework = found.ok_or_else(|| {
        Failure::new("not_found", format!("no framework has the id {framework}; cairn-cli framework list lists them"))
    })?;
    let level = |given: &str| -> Result<&FrameworkLevel, Failure> {
        let given = given.trim();
        framework
            .levels
            .iter()
            .find(|l| l.name.eq_ignore_ascii_case(given))
            .or_else(|| given.parse::<u32>().ok().and_then(|n| framework.levels.iter().find(|l| l.position == n)))
            .ok_or_else(|| {
                let names: Vec<&str> = framework.levels.iter().map(|l| l.name.as_str()).collect();
                let said = format!("“{}” has no level {given:?}; its levels are {}", framework.name, names.join(", "));
                Failure::new("not_found", said)
            })
    };
    let input = PlanLadderInput {
        framework_id: framework.id,
        current_level_id: level(current)?.id,
        target_level_id: level(target)?.id,
    };
    let ladder = store.set_plan_ladder(plan, &input)?;
    writeln!(
        out,
        "Plan {plan} is held against “{}”, from {} to {}.",
        ladder.framework_name, ladder.current_level.name, ladder.target_level.name
    )
    .map_err(Failure::from)
}

pub fn readiness(store: &Store, out: &mut impl Write, plan: i64, json: bool) -> Outcome {
    let Some(r) = store.readiness(plan)? else {
        return Err(Failure::new(
            "not_found",
            format!(
                "plan {plan} is not held against a framework: cairn-cli framework use ID --plan {plan} --current \
                 LEVEL --target LEVEL"
            ),
        ));
    };
    if json {
        return writeln!(out, "{}", serde_json::to_string_pretty(&r)?).map_err(Failure::from);
    }
    writeln!(
        out,
        "Ready for {} ({}): {} of {} expectations have evidence ({}%).",
        r.ladder.target_level.name, r.ladder.framework_name, r.met, r.total, r.percent
    )?;
    for topic in &r.topics {
        writeln!(out, "\n{} — {} of {}", topic.name, topic.met, topic.total)?;
        for e in &topic.expectations {
            writeln!(out, "  [{}] {}", if e.met { "x" } else { " " }, e.text)?;
            for ev in &e.evidence {
                let date = ev.date.map(|d| format!(" ({d})")).unwrap_or_default();
                let planned = if ev.counts { "" } else { " — planned, counts when done" };
                writeln!(out, "        {}: {}{date}{planned}", ev.kind.as_str(), ev.title)?;
            }
        }
    }
    Ok(())
}
