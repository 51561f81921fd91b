//! Rules for the text people type: trimmed, bounded, and free of control characters where a single
//! line is expected. Lengths count characters (not bytes), as a person would.

use crate::error::{Error, Result};

/// A required single-line text field: trimmed, 1..=`max` characters, no control characters.
pub(crate) fn required_line(field: &'static str, label: &str, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::validation(field, format!("{label} is required.")));
    }
    check_len(field, label, value, max)?;
    if value.chars().any(char::is_control) {
        return Err(Error::validation(field, format!("{label} must be a single line without control characters.")));
    }
    Ok(value.to_owned())
}

/// An optional multi-line text field: trimmed, at most `max` characters; newlines and tabs are fine.
pub(crate) fn optional_text(field: &'static str, label: &str, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    check_len(field, label, value, max)?;
    if value.chars().any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r') {
        return Err(Error::validation(field, format!("{label} contains a control character that cannot be stored.")));
    }
    Ok(value.replace("\r\n", "\n"))
}

fn check_len(field: &'static str, label: &str, value: &str, max: usize) -> Result<()> {
    let len = value.chars().count();
    if len > max {
        return Err(Error::validation(field, format!("{label} is {len} characters long; keep it to {max} or fewer.")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_line_trims_and_counts_characters_not_bytes() {
        assert_eq!(required_line("t", "Title", "  Ünïcødé  ", 7).unwrap(), "Ünïcødé");
        assert!(required_line("t", "Title", "Ünïcødé!", 7).is_err());
    }

    #[test]
    fn required_line_rejects_blank_and_control_characters() {
        let blank = required_line("t", "Title", " \t ", 10).unwrap_err();
        assert_eq!(blank.to_string(), "Title is required.");
        assert_eq!(blank.field(), Some("t"));
        assert!(required_line("t", "Title", "a\nb", 10).is_err());
        assert!(required_line("t", "Title", "a\u{7}b", 10).is_err());
    }

    #[test]
    fn optional_text_keeps_newlines_and_normalises_crlf() {
        assert_eq!(optional_text("g", "Goal", "a\r\nb", 10).unwrap(), "a\nb");
        assert_eq!(optional_text("g", "Goal", "   ", 10).unwrap(), "");
        assert!(optional_text("g", "Goal", "a\u{0}b", 10).is_err());
    }
}
