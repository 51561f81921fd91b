//! Reading a company's career framework from a file, before anything is stored: a CSV with the
//! header `topic,level,expectation,example` (docs/framework-import.md), or a Markdown file whose
//! YAML front matter holds `levels` and `topics` (the public progression-framework format). Pure:
//! bytes in, a checked [`FrameworkDraft`] or one error naming the line or field out.

use std::collections::{HashMap, HashSet};

use crate::error::{Error, Result};
use crate::framework_markdown;

/// Largest framework file read, in bytes (the largest published one is ~22 KB).
pub const FRAMEWORK_FILE_MAX_BYTES: usize = 2 * 1024 * 1024;
/// Most levels in a framework.
pub const FRAMEWORK_LEVELS_MAX: usize = 20;
/// Most topics in a framework.
pub const FRAMEWORK_TOPICS_MAX: usize = 200;
/// Most expectations in a framework.
pub const FRAMEWORK_EXPECTATIONS_MAX: usize = 5000;
/// Longest framework, level or topic name, in characters.
pub const FRAMEWORK_NAME_MAX: usize = 120;
/// Longest expectation or example, in characters.
pub const EXPECTATION_TEXT_MAX: usize = 1000;
/// Most examples for one expectation.
pub const EXAMPLES_MAX: usize = 20;

/// A framework as read from a file: levels lowest first, topics in the file's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameworkDraft {
    pub name: String,
    pub levels: Vec<String>,
    pub topics: Vec<TopicDraft>,
}

/// A topic (area) and what each level expects in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicDraft {
    pub name: String,
    pub expectations: Vec<ExpectationDraft>,
}

/// One expectation: the level it belongs to (an index into `levels`), its text and examples.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectationDraft {
    pub level: usize,
    pub text: String,
    pub examples: Vec<String>,
}

impl FrameworkDraft {
    pub fn expectation_count(&self) -> usize {
        self.topics.iter().map(|t| t.expectations.len()).sum()
    }
}

/// Reads a framework file. `file_name` chooses the format (`.csv`, else Markdown) and gives a CSV
/// framework its name; `name` overrides the name either format would give.
pub fn parse_framework_file(file_name: &str, bytes: &[u8], name: Option<&str>) -> Result<FrameworkDraft> {
    if bytes.len() > FRAMEWORK_FILE_MAX_BYTES {
        return Err(bad(format!(
            "The file is {} KB; a framework file is at most {} KB.",
            bytes.len() / 1024,
            FRAMEWORK_FILE_MAX_BYTES / 1024
        )));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1;
        bad(format!("Line {line} is not UTF-8 text. Save the file as UTF-8 and try again."))
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lower = file_name.to_lowercase();
    let mut draft = if lower.ends_with(".csv") {
        from_csv(text, file_stem(file_name))?
    } else {
        framework_markdown::from_markdown(text)?
    };
    if let Some(name) = name {
        draft.name = name.to_owned();
    }
    check(draft)
}

/// Reads a framework file from disk (refusing an oversized one before reading it) and checks it;
/// returns the draft and the file's name. The app and the CLI both bring frameworks in this way.
pub fn read_framework_file(path: &std::path::Path, name: Option<&str>) -> Result<(FrameworkDraft, String)> {
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let unreadable = |e: std::io::Error| bad(format!("Could not read {file_name}: {e}."));
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > FRAMEWORK_FILE_MAX_BYTES as u64 {
        return Err(bad(format!(
            "{file_name} is {} KB; a framework file is at most {} KB.",
            size / 1024,
            FRAMEWORK_FILE_MAX_BYTES / 1024
        )));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    let draft = parse_framework_file(&file_name, &bytes, name).map_err(|e| {
        Error::validation(e.field().unwrap_or("file"), format!("{file_name}: {e} Nothing was imported."))
    })?;
    Ok((draft, file_name))
}

pub(crate) fn bad(message: String) -> Error {
    Error::validation("file", message)
}

fn file_stem(file_name: &str) -> &str {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    base.rsplit_once('.').map_or(base, |(stem, _)| stem)
}

/// Whitespace runs (newlines included) become one space: expectations are single lines.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---- CSV ----

fn from_csv(text: &str, stem: &str) -> Result<FrameworkDraft> {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(csv_error)?.clone();
    let found: Vec<String> = headers.iter().map(|h| h.trim().to_lowercase()).collect();
    if found != ["topic", "level", "expectation", "example"] {
        return Err(bad(format!(
            "Line 1 must be the header topic,level,expectation,example; it is {}.",
            headers.iter().collect::<Vec<_>>().join(",")
        )));
    }
    let mut levels: Vec<String> = Vec::new();
    let mut topics: Vec<TopicDraft> = Vec::new();
    // Every lookup by name is a hash lookup and the limits are checked as rows arrive, so a hostile
    // file costs time in proportion to its size, not its square.
    let mut level_at_of: HashMap<String, usize> = HashMap::new();
    let mut topic_at_of: HashMap<String, usize> = HashMap::new();
    // (topic, level, text) → where that expectation is, so repeated rows add examples to it.
    let mut seen: HashMap<(usize, usize, String), (usize, HashSet<String>)> = HashMap::new();
    let mut expectation_count = 0;
    for record in reader.records() {
        let record = record.map_err(csv_error)?;
        let line = record.position().map_or(0, |p| p.line());
        let field = |i: usize| one_line(record.get(i).unwrap_or(""));
        let (topic, level, expectation, example) = (field(0), field(1), field(2), field(3));
        if topic.is_empty() && level.is_empty() && expectation.is_empty() && example.is_empty() {
            continue;
        }
        for (value, what) in [(&topic, "topic"), (&level, "level"), (&expectation, "expectation")] {
            if value.is_empty() {
                return Err(bad(format!("Line {line}: the {what} is empty.")));
            }
        }
        let level_at = match level_at_of.get(&level) {
            Some(&i) => i,
            None if levels.len() == FRAMEWORK_LEVELS_MAX => {
                return Err(bad(format!(
                    "Line {line}: more than {FRAMEWORK_LEVELS_MAX} levels; a framework has at most {FRAMEWORK_LEVELS_MAX}."
                )));
            }
            None => {
                level_at_of.insert(level.clone(), levels.len());
                levels.push(level);
                levels.len() - 1
            }
        };
        let topic_at = match topic_at_of.get(&topic) {
            Some(&i) => i,
            None if topics.len() == FRAMEWORK_TOPICS_MAX => {
                return Err(bad(format!(
                    "Line {line}: more than {FRAMEWORK_TOPICS_MAX} topics; a framework has at most {FRAMEWORK_TOPICS_MAX}."
                )));
            }
            None => {
                topic_at_of.insert(topic.clone(), topics.len());
                topics.push(TopicDraft { name: topic, expectations: Vec::new() });
                topics.len() - 1
            }
        };
        let expectations = &mut topics[topic_at].expectations;
        let key = (topic_at, level_at, expectation);
        let (at, examples) = match seen.get_mut(&key) {
            Some(found) => found,
            None => {
                expectation_count += 1;
                if expectation_count > FRAMEWORK_EXPECTATIONS_MAX {
                    return Err(bad(format!(
                        "Line {line}: more than {FRAMEWORK_EXPECTATIONS_MAX} expectations; a framework has at most \
                         {FRAMEWORK_EXPECTATIONS_MAX}."
                    )));
                }
                expectations.push(ExpectationDraft { level: level_at, text: key.2.clone(), examples: Vec::new() });
                seen.entry(key).or_insert((expectations.len() - 1, HashSet::new()))
            }
        };
        if !example.is_empty() && examples.insert(example.clone()) {
            expectations[*at].examples.push(example);
        }
    }
    if topics.is_empty() {
        return Err(bad("The file has a header but no expectations.".into()));
    }
    order_numeric_levels(&mut levels, &mut topics);
    Ok(FrameworkDraft { name: stem.to_owned(), levels, topics })
}

/// Levels are in the order they first appear, unless every level is a number (1, 2, 10) or a
/// word with a number (L3, IC4): then they are ordered by it, as a ladder would be.
fn order_numeric_levels(levels: &mut Vec<String>, topics: &mut [TopicDraft]) {
    // "IC4" → ("IC", 4); "Senior" → None.
    fn split(level: &str) -> Option<(&str, u32)> {
        let at = level.find(|c: char| c.is_ascii_digit())?;
        let (prefix, digits) = level.split_at(at);
        digits.chars().all(|c| c.is_ascii_digit()).then(|| digits.parse().ok()).flatten().map(|n| (prefix, n))
    }
    let Some(parts) = levels.iter().map(|l| split(l)).collect::<Option<Vec<_>>>() else { return };
    if parts.iter().any(|(prefix, _)| *prefix != parts[0].0) {
        return;
    }
    let mut order: Vec<usize> = (0..levels.len()).collect();
    order.sort_by_key(|&i| parts[i].1);
    let mut new_index = vec![0; levels.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    *levels = order.iter().map(|&i| levels[i].clone()).collect();
    for topic in topics {
        for e in &mut topic.expectations {
            e.level = new_index[e.level];
        }
    }
}

fn csv_error(err: csv::Error) -> Error {
    let line = err.position().map(|p| p.line());
    let what = match err.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!(
                "has {len} fields; every line needs {expected_len} (topic,level,expectation,example — quote a field that contains a comma)"
            )
        }
        csv::ErrorKind::Utf8 { .. } => "is not UTF-8 text".into(),
        _ => format!("could not be read ({err})"),
    };
    match line {
        Some(line) => bad(format!("Line {line} {what}.")),
        None => bad(format!("The file {what}.")),
    }
}

// ---- Checks both formats share ----

fn check(mut draft: FrameworkDraft) -> Result<FrameworkDraft> {
    draft.name = one_line(&draft.name);
    if draft.name.is_empty() {
        return Err(Error::validation("name", "The framework needs a name."));
    }
    name_len("name", "The framework's name", &draft.name)?;
    if draft.levels.len() > FRAMEWORK_LEVELS_MAX {
        return Err(bad(format!(
            "The file has {} levels; a framework has at most {FRAMEWORK_LEVELS_MAX}.",
            draft.levels.len()
        )));
    }
    for level in &draft.levels {
        name_len("file", &format!("Level “{}”", short(level)), level)?;
    }
    if draft.topics.is_empty() {
        return Err(bad("The framework has no topics.".into()));
    }
    if draft.topics.len() > FRAMEWORK_TOPICS_MAX {
        return Err(bad(format!(
            "The file has {} topics; a framework has at most {FRAMEWORK_TOPICS_MAX}.",
            draft.topics.len()
        )));
    }
    let total = draft.expectation_count();
    if total == 0 {
        return Err(bad("The framework has no expectations.".into()));
    }
    if total > FRAMEWORK_EXPECTATIONS_MAX {
        return Err(bad(format!(
            "The file has {total} expectations; a framework has at most {FRAMEWORK_EXPECTATIONS_MAX}."
        )));
    }
    let mut names = std::collections::HashSet::new();
    for topic in &mut draft.topics {
        name_len("file", &format!("Topic “{}”", short(&topic.name)), &topic.name)?;
        if !names.insert(topic.name.to_lowercase()) {
            return Err(bad(format!("Two topics are called “{}”; topic names must differ.", topic.name)));
        }
        // The same text twice at one level is one expectation (its examples together).
        let mut merged: Vec<ExpectationDraft> = Vec::new();
        for e in topic.expectations.drain(..) {
            if e.text.is_empty() {
                return Err(bad(format!("Topic “{}” has an empty expectation.", topic.name)));
            }
            match merged.iter_mut().find(|m| m.level == e.level && m.text == e.text) {
                Some(m) => m.examples.extend(e.examples.into_iter().filter(|x| !x.is_empty())),
                None => merged.push(ExpectationDraft {
                    examples: e.examples.into_iter().filter(|x| !x.is_empty()).collect(),
                    ..e
                }),
            }
        }
        for e in &merged {
            text_len(&topic.name, &e.text)?;
            if e.examples.len() > EXAMPLES_MAX {
                return Err(bad(format!(
                    "“{}” in {} has {} examples; keep it to {EXAMPLES_MAX}.",
                    short(&e.text),
                    topic.name,
                    e.examples.len()
                )));
            }
            for x in &e.examples {
                text_len(&topic.name, x)?;
            }
        }
        topic.expectations = merged;
    }
    Ok(draft)
}

fn short(text: &str) -> String {
    if text.chars().count() <= 40 {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(39).collect::<String>())
    }
}

fn name_len(field: &'static str, label: &str, value: &str) -> Result<()> {
    let len = value.chars().count();
    if len > FRAMEWORK_NAME_MAX {
        return Err(Error::validation(
            field,
            format!("{label} is {len} characters long; keep it to {FRAMEWORK_NAME_MAX}."),
        ));
    }
    if value.chars().any(char::is_control) {
        return Err(Error::validation(field, format!("{label} contains a control character.")));
    }
    Ok(())
}

fn text_len(topic: &str, text: &str) -> Result<()> {
    let len = text.chars().count();
    if len > EXPECTATION_TEXT_MAX {
        return Err(bad(format!(
            "“{}” in {topic} is {len} characters long; an expectation or example is at most {EXPECTATION_TEXT_MAX}.",
            short(text)
        )));
    }
    if text.chars().any(char::is_control) {
        return Err(bad(format!("“{}” in {topic} contains a control character.", short(text))));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: &str = "topic,level,expectation,example\n\
        Delivery,L3,Ships well-defined features,\n\
        Delivery,L4,Leads a project end to end,\"Led the billing migration, on time\"\n\
        Delivery,L4,Leads a project end to end,Ran the search rewrite\n\
        Communication,L3,Writes clear design docs,\n\
        \n\
        Communication,L5,\"Sets direction, across teams\",\n";

    #[test]
    fn csv_groups_rows_into_topics_levels_and_examples() {
        let d = parse_framework_file("/home/a/acme ladder.csv", CSV.as_bytes(), None).unwrap();
        assert_eq!(d.name, "acme ladder");
        assert_eq!(d.levels, ["L3", "L4", "L5"]);
        assert_eq!(d.topics.len(), 2);
        assert_eq!(d.topics[0].name, "Delivery");
        assert_eq!(d.topics[0].expectations.len(), 2);
        assert_eq!(
            d.topics[0].expectations[1].examples,
            ["Led the billing migration, on time", "Ran the search rewrite"]
        );
        assert_eq!(d.topics[1].expectations[1].text, "Sets direction, across teams");
        assert_eq!(d.topics[1].expectations[1].level, 2);
        assert_eq!(d.expectation_count(), 4);
    }

    #[test]
    fn numbered_levels_are_ordered_by_number_and_words_by_first_appearance() {
        let csv = "topic,level,expectation,example\nA,10,x,\nA,2,y,\nA,1,z,\n";
        let d = parse_framework_file("f.csv", csv.as_bytes(), None).unwrap();
        assert_eq!(d.levels, ["1", "2", "10"]);
        assert_eq!(d.topics[0].expectations.iter().map(|e| e.level).collect::<Vec<_>>(), [2, 1, 0]);
        let csv = "topic,level,expectation,example\nA,Senior,x,\nA,Mid,y,\n";
        let d = parse_framework_file("f.csv", csv.as_bytes(), None).unwrap();
        assert_eq!(d.levels, ["Senior", "Mid"]);
    }

    #[test]
    fn csv_errors_name_the_line() {
        let err = |csv: &str| parse_framework_file("f.csv", csv.as_bytes(), None).unwrap_err().to_string();
        assert!(err("name,text\nA,b\n").starts_with("Line 1 must be the header"), "{}", err("name,text\n"));
        assert_eq!(err("topic,level,expectation,example\nA,1,x,\nA,1\n").split(" has").next(), Some("Line 3"));
        assert_eq!(err("topic,level,expectation,example\nA,,x,\n"), "Line 2: the level is empty.");
        assert_eq!(err("topic,level,expectation,example\n"), "The file has a header but no expectations.");
        let bytes = b"topic,level,expectation,example\nA,1,\xff,\n";
        let e = parse_framework_file("f.csv", bytes, None).unwrap_err().to_string();
        assert!(e.starts_with("Line 2 is not UTF-8"), "{e}");
        let long = format!("topic,level,expectation,example\nA,1,{},\n", "x".repeat(1001));
        assert!(err(&long).contains("at most 1000"));
        assert!(err("topic,level,expectation,example\nA,1,x,\na,1,y,\n").contains("Two topics"));
    }

    #[test]
    fn markdown_front_matter_becomes_levels_and_topics() {
        let md = "---\ntitle: \"🛠️ Backend\"\nlevels: 3\ntopics:\n  - name: \"impact\"\n    title:\n    content:\n      \
                  - level: 1\n        criteria:\n          - \"Delivers tasks\"\n      - level: 3\n        exampleCriteria:\n          \
                  - criteria: \"Leads projects\"\n            examples:\n              - \"The billing move\"\n---\n# Body\n";
        let d = parse_framework_file("backend.md", md.as_bytes(), None).unwrap();
        assert_eq!(d.name, "Backend");
        assert_eq!(d.levels, ["Level 1", "Level 2", "Level 3"]);
        assert_eq!(d.topics[0].name, "Impact");
        assert_eq!(d.topics[0].expectations[1].examples, ["The billing move"]);
        assert_eq!(d.topics[0].expectations[1].level, 2);
    }

    #[test]
    fn broken_markdown_is_refused_with_the_line() {
        let err = |md: &str| parse_framework_file("f.md", md.as_bytes(), None).unwrap_err().to_string();
        assert!(err("# Just a page\n").starts_with("Line 1 must be ---"));
        assert!(err("---\nlevels: 2\n").contains("never closed"));
        let e = err("---\nlevels: 2\ntopics:\n  - name: a\n    content:\n      - level: one\n---\n");
        assert!(e.starts_with("Line 6: the front matter is not a framework"), "{e}");
        assert!(
            err("---\nlevels: 2\ntopics:\n  - name: a\n    content:\n      - level: 3\n        criteria: [x]\n---\n")
                .contains("level 3; the framework has levels 1 to 2")
        );
        assert!(err("---\nlevels: 0\ntopics: []\n---\n").contains("1 to 20 levels"));
    }

    #[test]
    fn yaml_alias_bombs_are_refused_not_expanded() {
        // The nested "billion laughs" is in tests/frameworks.rs; here the other shape of the same
        // attack: one alias to a long text, used thousands of times.
        let long = "x".repeat(900);
        let mut md = format!(
            "---\nlevels: 1\nt: &t \"{long}\"\ntopics:\n  - name: a\n    content:\n      - level: 1\n        criteria: ["
        );
        md.push_str(&vec!["*t"; 5000].join(","));
        md.push_str("]\n---\n");
        let err = parse_framework_file("f.md", md.as_bytes(), None).unwrap_err().to_string();
        assert!(err.contains("repeats parts of itself"), "{err}");
    }

    #[test]
    fn a_csv_with_many_names_is_read_in_linear_time_and_stopped_at_the_limits() {
        let mut csv = String::from("topic,level,expectation,example\n");
        for i in 0..30_000 {
            csv.push_str(&format!("Topic {i},L1,Does thing {i},\n"));
        }
        let err = parse_framework_file("f.csv", csv.as_bytes(), None).unwrap_err().to_string();
        assert!(err.contains("more than 200 topics"), "{err}");
        let mut csv = String::from("topic,level,expectation,example\n");
        for i in 0..30_000 {
            csv.push_str(&format!("Delivery,L1,Ships,example {i}\n"));
        }
        let err = parse_framework_file("f.csv", csv.as_bytes(), None).unwrap_err().to_string();
        assert!(err.contains("30000 examples; keep it to 20"), "{err}");
    }

    #[test]
    fn a_given_name_wins_and_oversized_files_are_not_read() {
        let d = parse_framework_file("f.csv", CSV.as_bytes(), Some("  Acme  ")).unwrap();
        assert_eq!(d.name, "Acme");
        let big = vec![b'a'; FRAMEWORK_FILE_MAX_BYTES + 1];
        assert!(parse_framework_file("f.csv", &big, None).unwrap_err().to_string().contains("at most 2048 KB"));
    }
}
