//! The plan's calendar as an iCalendar file (RFC 5545): the core decided the events; this writes
//! them. Text is escaped (backslash, semicolon, comma, line breaks), every line ends in CRLF and is
//! folded at 75 octets without splitting a character, times are floating (the calendar's own zone).

use std::fmt::Write;

use cairn_core::{CalendarDocument, CalendarEvent, EventTime};

/// Longest content line, in octets, before folding (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// The file's text and the name to suggest for it.
pub fn render_calendar(doc: &CalendarDocument) -> (String, String) {
    let mut out = String::new();
    let stamp = doc.made_at.format("%Y%m%dT%H%M%SZ").to_string();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Cairn//Growth plan calendar//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", text(&format!("Cairn: {}", doc.plan.title))));
    for event in &doc.events {
        write_event(&mut out, event, &stamp);
    }
    line(&mut out, "END:VCALENDAR");
    (out, format!("{}.ics", crate::file_name(&doc.file_stem())))
}

fn write_event(out: &mut String, e: &CalendarEvent, stamp: &str) {
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{}", text(&e.uid)));
    line(out, &format!("DTSTAMP:{stamp}"));
    match &e.time {
        EventTime::AllDay(day) => {
            line(out, &format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d")));
            let next = day.succ_opt().unwrap_or(*day);
            line(out, &format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
            line(out, "TRANSP:TRANSPARENT");
        }
        EventTime::At { start, minutes } => {
            line(out, &format!("DTSTART:{}", start.format("%Y%m%dT%H%M%S")));
            line(out, &format!("DURATION:PT{minutes}M"));
        }
    }
    if let Some(until) = e.weekly_until {
        // UNTIL takes the form of DTSTART: floating date-time, the last moment of that day.
        let until = match e.time {
            EventTime::AllDay(_) => until.format("%Y%m%d").to_string(),
            EventTime::At { .. } => until.format("%Y%m%dT235959").to_string(),
        };
        line(out, &format!("RRULE:FREQ=WEEKLY;UNTIL={until}"));
    }
    line(out, &format!("SUMMARY:{}", text(&e.summary)));
    if !e.description.is_empty() {
        line(out, &format!("DESCRIPTION:{}", text(&e.description)));
    }
    line(out, &format!("CATEGORIES:{}", text(e.category)));
    line(out, "END:VEVENT");
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded: at most 75 octets a line, each continuation starting with a
/// space, never inside a UTF-8 character.
fn line(out: &mut String, content: &str) {
    let mut budget = LINE_OCTETS;
    let mut used = 0;
    for c in content.chars() {
        if used + c.len_utf8() > budget {
            out.push_str("\r\n ");
            used = 0;
            budget = LINE_OCTETS - 1; // the leading space counts
        }
        out.push(c);
        used += c.len_utf8();
    }
    let _ = out.write_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_what_ical_reads_as_structure() {
        assert_eq!(text(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(text("one\r\ntwo\nthree"), r"one\ntwo\nthree");
        assert_eq!(text("bell\u{7}"), "bell");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        line(&mut out, &format!("SUMMARY:{}", "é".repeat(60)));
        let lines: Vec<&str> = out.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(l.len() <= LINE_OCTETS, "{} octets: {l}", l.len());
        }
        assert!(lines[1..].iter().all(|l| l.starts_with(' ')));
        let unfolded: String = lines.iter().enumerate().map(|(i, l)| if i == 0 { *l } else { &l[1..] }).collect();
        assert_eq!(unfolded, format!("SUMMARY:{}", "é".repeat(60)));
    }
}
