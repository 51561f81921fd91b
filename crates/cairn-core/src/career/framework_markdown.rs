//! The Markdown form of a career framework: YAML front matter with `levels` and `topics` (the
//! public progression-framework format). Read with a bound on what is built: YAML anchors and
//! aliases (`&a`, `*a`) let a file under the size limit stand for billions of values, and the YAML
//! reader expands an alias each time it is used. Every value built here is paid for from a budget
//! the size of the file itself, so a file that repeats itself beyond what it holds is refused with
//! a sentence before it costs memory or time.

use std::cell::Cell;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use crate::error::Result;
use crate::framework_file::{ExpectationDraft, FRAMEWORK_LEVELS_MAX, FrameworkDraft, TopicDraft, bad, one_line};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontTopicContent {
    level: u32,
    #[serde(default)]
    criteria: Option<Vec<Paid<String>>>,
    #[serde(default, rename = "exampleCriteria")]
    example_criteria: Option<Vec<Paid<FrontExample>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontExample {
    criteria: Paid<String>,
    #[serde(default)]
    examples: Option<Vec<Paid<String>>>,
}

#[derive(Deserialize)]
struct FrontTopic {
    name: Paid<String>,
    #[serde(default)]
    title: Option<Paid<String>>,
    #[serde(default)]
    content: Option<Vec<Paid<FrontTopicContent>>>,
}

#[derive(Deserialize)]
struct FrontMatter {
    #[serde(default)]
    title: Option<Paid<String>>,
    levels: u32,
    topics: Vec<Paid<FrontTopic>>,
}

thread_local! {
    /// What may still be built while reading the current front matter.
    static BUDGET: Cell<usize> = const { Cell::new(0) };
}

/// Said when a file repeats itself into more than it holds (the marker finds it in the YAML error).
const OVER_BUDGET: &str = "cairn: over budget";

/// A value read from the front matter that has paid for itself: one unit, plus its length for text.
/// Without aliases a file cannot build more than it holds, so the budget (twice the front matter's
/// size) is never reached by a real framework.
struct Paid<T>(T);

trait Cost {
    fn cost(&self) -> usize {
        1
    }
}

impl Cost for String {
    fn cost(&self) -> usize {
        1 + self.len()
    }
}
impl Cost for FrontExample {}
impl Cost for FrontTopicContent {}
impl Cost for FrontTopic {}

impl<'de, T: Deserialize<'de> + Cost> Deserialize<'de> for Paid<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        // Paid before it is built where possible: an exhausted budget stops the reader at the
        // next value instead of after the next expansion.
        if BUDGET.get() == 0 {
            return Err(D::Error::custom(OVER_BUDGET));
        }
        let value = T::deserialize(d)?;
        let left = BUDGET.get().checked_sub(value.cost()).ok_or_else(|| D::Error::custom(OVER_BUDGET))?;
        BUDGET.set(left);
        Ok(Paid(value))
    }
}

impl<T> std::ops::Deref for Paid<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

pub(crate) fn from_markdown(text: &str) -> Result<FrameworkDraft> {
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some("---") {
        return Err(bad(
            "Line 1 must be --- : a Markdown framework starts with YAML front matter (levels and topics). \
             For a CSV framework, give the file a .csv name."
                .into(),
        ));
    }
    let mut yaml = String::new();
    let mut closed = false;
    for line in lines {
        if line.trim_end() == "---" {
            closed = true;
            break;
        }
        yaml.push_str(line);
        yaml.push('\n');
    }
    if !closed {
        return Err(bad("The front matter is never closed: a line with --- must end it.".into()));
    }
    BUDGET.set(2 * yaml.len() + 1024);
    let front: FrontMatter = serde_yaml_ng::from_str(&yaml).map_err(|e| {
        let detail = e.to_string();
        if detail.contains(OVER_BUDGET) || detail.contains("repetition limit exceeded") {
            return bad(
                "The front matter repeats parts of itself (YAML anchors and aliases, &name and *name) into far more \
                 than the file holds. Cairn reads frameworks without them: write each value out."
                    .into(),
            );
        }
        // The front matter starts on the file's line 2.
        let at = e.location().map(|l| format!("Line {}: ", l.line() + 1)).unwrap_or_default();
        let detail = detail.split(" at line ").next().unwrap_or(&detail);
        bad(format!("{at}the front matter is not a framework ({detail})."))
    })?;
    let count = front.levels as usize;
    if count == 0 || count > FRAMEWORK_LEVELS_MAX {
        return Err(bad(format!("levels is {count}; a framework has 1 to {FRAMEWORK_LEVELS_MAX} levels.")));
    }
    let levels: Vec<String> = (1..=count).map(|n| format!("Level {n}")).collect();
    let mut topics = Vec::new();
    for (i, Paid(t)) in front.topics.into_iter().enumerate() {
        let title = t.title.as_ref().map(|t| display_title(t)).unwrap_or_default();
        let name = if title.is_empty() { humanise(&t.name) } else { title };
        let mut expectations = Vec::new();
        for Paid(content) in t.content.unwrap_or_default() {
            let level = content.level as usize;
            if level == 0 || level > count {
                return Err(bad(format!(
                    "topics[{i}] ({name}) has criteria for level {level}; the framework has levels 1 to {count}."
                )));
            }
            for text in content.criteria.unwrap_or_default() {
                expectations.push(ExpectationDraft { level: level - 1, text: one_line(&text), examples: Vec::new() });
            }
            for Paid(example) in content.example_criteria.unwrap_or_default() {
                let examples = example.examples.unwrap_or_default().iter().map(|x| one_line(x)).collect();
                expectations.push(ExpectationDraft { level: level - 1, text: one_line(&example.criteria), examples });
            }
        }
        topics.push(TopicDraft { name, expectations });
    }
    let name = front.title.as_ref().map(|t| display_title(t)).unwrap_or_default();
    Ok(FrameworkDraft { name, levels, topics })
}

/// "🛠️ Backend Engineering Framework" → "Backend Engineering Framework": the published titles
/// start with an emoji, which the PDF's fonts do not draw.
fn display_title(title: &str) -> String {
    one_line(title.trim_start_matches(|c: char| !c.is_alphanumeric()))
}

/// "mastery-science" → "Mastery science".
fn humanise(name: &str) -> String {
    let words = one_line(&name.replace(['-', '_'], " "));
    let mut chars = words.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
