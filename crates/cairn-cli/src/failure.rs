//! What a command that failed says: one line on stderr, or with `--json` one JSON object that
//! carries the core's stable error code (the same codes the app's IPC errors carry), so that a
//! script can tell "not found" from "the file is damaged" without reading English.

use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Failure {
    /// The core's `ErrorCode` in snake_case, or `usage` / `io` for what only the CLI can get wrong.
    pub code: String,
    pub message: String,
    /// The input a validation error is about, as the core names it.
    pub field: Option<&'static str>,
}

impl Failure {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Failure { code: code.to_owned(), message: message.into(), field: None }
    }

    /// The exit code: 2 for wrong usage, 1 for everything else.
    pub fn exit_code(&self) -> u8 {
        if self.code == "usage" { 2 } else { 1 }
    }

    /// Adds what to do next to the message (the code stays).
    pub fn hint(mut self, hint: &str) -> Self {
        self.message = format!("{} ({hint})", self.message);
        self
    }

    /// The line written to stderr.
    pub fn line(&self, json: bool) -> String {
        if json {
            serde_json::to_string(self)
                .unwrap_or_else(|_| format!("{{\"code\":\"internal\",\"message\":{:?}}}", self.message))
        } else {
            format!("cairn-cli: {}", self.message)
        }
    }
}

impl From<cairn_core::Error> for Failure {
    fn from(e: cairn_core::Error) -> Self {
        let code = serde_json::to_value(e.code()).ok().and_then(|v| v.as_str().map(str::to_owned));
        Failure { code: code.unwrap_or_else(|| "internal".into()), message: e.to_string(), field: e.field() }
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::new("io", e.to_string())
    }
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Self {
        Failure::new("internal", e.to_string())
    }
}

pub type Outcome = Result<(), Failure>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_core_error_keeps_its_code_and_field() {
        let f = Failure::from(cairn_core::Error::validation("title", "A plan needs a title."));
        let line: serde_json::Value = serde_json::from_str(&f.line(true)).unwrap();
        assert_eq!(line["code"], "validation");
        assert_eq!(line["field"], "title");
        assert_eq!(line["message"], "A plan needs a title.");
        assert_eq!(f.exit_code(), 1);
        assert_eq!(Failure::from(cairn_core::Error::NotFound { what: "Plan", id: 9 }).code, "not_found");
        assert_eq!(f.line(false), "cairn-cli: A plan needs a title.");
        assert_eq!(Failure::new("usage", "x").exit_code(), 2);
    }
}
