//! A small, tolerant iCalendar reader: the VEVENTs of a file as lists of content lines.

use super::text::{ContentLine, parse_line, unfold};

/// One VEVENT as written: its properties (those of nested components such as VALARM left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawEvent {
    /// The line of its `BEGIN:VEVENT`, from 1.
    pub line: usize,
    pub properties: Vec<ContentLine>,
}

impl RawEvent {
    /// The first property of this name.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&ContentLine> {
        self.properties.iter().find(|p| p.name == name)
    }
}

/// Every VEVENT of the text, in file order. Lines that are not content lines are skipped; an event left open at
/// the end of the file is still returned.
#[must_use]
pub fn read_events(text: &str) -> Vec<RawEvent> {
    let mut events = Vec::new();
    let mut current: Option<RawEvent> = None;
    let mut nested = 0usize;
    for (number, text) in unfold(text) {
        let Some(line) = parse_line(number, &text) else {
            continue;
        };
        let component = line.value.trim().to_ascii_uppercase();
        match (line.name.as_str(), current.as_mut()) {
            ("BEGIN", None) if component == "VEVENT" => {
                current = Some(RawEvent {
                    line: number,
                    properties: Vec::new(),
                });
                nested = 0;
            }
            ("BEGIN", Some(_)) => nested += 1,
            ("END", Some(_)) if nested > 0 => nested -= 1,
            ("END", Some(_)) if component == "VEVENT" => events.extend(current.take()),
            (_, Some(event)) if nested == 0 => event.properties.push(line),
            _ => {}
        }
    }
    events.extend(current);
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_read_with_alarms_left_out() {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nSUMMARY:A\nBEGIN:VALARM\nACTION:DISPLAY\n\
                    END:VALARM\nEND:VEVENT\nBEGIN:VEVENT\nUID:2\nEND:VCALENDAR\n";
        let events = read_events(text);
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].line, 2);
        assert_eq!(events[0].properties.len(), 2);
        assert!(events[0].get("ACTION").is_none());
        assert_eq!(events[1].get("UID").unwrap().value, "2");
    }
}
