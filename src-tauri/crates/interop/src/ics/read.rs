//! A small, tolerant iCalendar reader: the components of a file (`BEGIN:X` … `END:X`) as a tree of content
//! lines.
//!
//! A component left without its `END` never swallows what follows: an `END` of an outer component closes it,
//! and so does the `BEGIN` of a component that can only stand in the calendar itself (a second VEVENT, a
//! VTIMEZONE). Each component records whether the file closed it, so the importer can say so.

use super::text::{ContentLine, LineTooLong, parse_line, unfold};

/// Components that live only directly in a VCALENDAR: a `BEGIN` of one closes whatever is open inside the
/// calendar.
const TOP_LEVEL: [&str; 5] = ["VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE"];

/// Real files nest three deep (VCALENDAR, VEVENT, VALARM); a `BEGIN` deeper than this is read as a plain line,
/// so that hostile nesting costs neither time nor memory.
const MAX_DEPTH: usize = 8;

/// One component as written: its own properties and the components inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Component {
    /// Upper-cased name (`VEVENT`, `VALARM`, `STANDARD`).
    pub name: String,
    /// The line of its `BEGIN`, from 1.
    pub line: usize,
    pub properties: Vec<ContentLine>,
    pub children: Vec<Component>,
    /// The line of its `END`; `None` when the file did not close it.
    pub end: Option<usize>,
    /// The last line read as part of it: its `END`, or the line that closed it in its place.
    pub last_line: usize,
}

impl Component {
    fn open(name: String, line: usize) -> Component {
        Component {
            name,
            line,
            properties: Vec::new(),
            children: Vec::new(),
            end: None,
            last_line: line,
        }
    }

    /// The first property of this name.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&ContentLine> {
        self.properties.iter().find(|p| p.name == name)
    }

    /// Every property of this name, in file order.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a ContentLine> + 'a {
        self.properties.iter().filter(move |p| p.name == name)
    }

    /// The components inside this one (at any depth) that the file did not close.
    #[must_use]
    pub fn unclosed_inside(&self) -> Vec<&Component> {
        let mut found = Vec::new();
        let mut pending: Vec<&Component> = self.children.iter().collect();
        while let Some(component) = pending.pop() {
            if component.end.is_none() {
                found.push(component);
            }
            pending.extend(component.children.iter());
        }
        found.sort_by_key(|c| c.line);
        found
    }
}

/// A VEVENT as written (alarms and other components inside it are its children).
pub type RawEvent = Component;

/// What a calendar file holds, as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    /// The program that wrote the file (`PRODID` of the VCALENDAR).
    pub prodid: Option<String>,
    /// The calendar's own zone as Google Calendar and Apple write it (`X-WR-TIMEZONE`), as written.
    pub calendar_zone: Option<String>,
    /// Every VEVENT, in file order.
    pub events: Vec<Component>,
    /// Every VTIMEZONE, in file order.
    pub zones: Vec<Component>,
    /// Components outside the events that the file did not close (`VCALENDAR`, `VTIMEZONE`, `STANDARD`), with
    /// the line of their `BEGIN`.
    pub unclosed: Vec<(String, usize)>,
}

/// Reads the components of `text`. Lines that are not content lines are skipped; a logical line longer than
/// the limit refuses the file.
pub fn read_calendar(text: &str) -> Result<Calendar, LineTooLong> {
    let mut finished: Vec<Component> = Vec::new();
    let mut stack: Vec<Component> = Vec::new();
    let close = |stack: &mut Vec<Component>, finished: &mut Vec<Component>, end, at| {
        if let Some(mut component) = stack.pop() {
            component.end = end;
            component.last_line = at;
            match stack.last_mut() {
                Some(parent) => parent.children.push(component),
                None => finished.push(component),
            }
        }
    };
    let mut last = 0;
    for (number, text) in unfold(text)? {
        last = number;
        let Some(line) = parse_line(number, &text) else {
            continue;
        };
        let is_marker = matches!(line.name.as_str(), "BEGIN" | "END");
        let name = if is_marker {
            line.value.trim().to_ascii_uppercase()
        } else {
            String::new()
        };
        match line.name.as_str() {
            "BEGIN" if stack.len() < MAX_DEPTH => {
                if TOP_LEVEL.contains(&name.as_str()) {
                    while stack.last().is_some_and(|c| c.name != "VCALENDAR") {
                        close(&mut stack, &mut finished, None, number);
                    }
                }
                stack.push(Component::open(name, number));
            }
            "END" => {
                if let Some(position) = stack.iter().rposition(|c| c.name == name) {
                    while stack.len() > position + 1 {
                        close(&mut stack, &mut finished, None, number);
                    }
                    close(&mut stack, &mut finished, Some(number), number);
                }
            }
            _ => {
                if let Some(component) = stack.last_mut() {
                    component.properties.push(line);
                }
            }
        }
    }
    while !stack.is_empty() {
        close(&mut stack, &mut finished, None, last);
    }
    let mut calendar = Calendar::default();
    let mut pending: Vec<Component> = finished.into_iter().rev().collect();
    while let Some(mut component) = pending.pop() {
        match component.name.as_str() {
            "VEVENT" => calendar.events.push(component),
            "VTIMEZONE" => {
                for inside in component.unclosed_inside() {
                    calendar.unclosed.push((inside.name.clone(), inside.line));
                }
                if component.end.is_none() {
                    calendar
                        .unclosed
                        .push((component.name.clone(), component.line));
                }
                calendar.zones.push(component);
            }
            _ => {
                if component.name == "VCALENDAR" && calendar.prodid.is_none() {
                    // A label for the report: control characters have no place in it.
                    calendar.prodid = component.get("PRODID").map(|p| {
                        super::text::unescape(p.value.trim())
                            .chars()
                            .filter(|c| !c.is_control())
                            .collect()
                    });
                    calendar.calendar_zone = component
                        .get("X-WR-TIMEZONE")
                        .map(|z| z.value.trim().to_owned());
                }
                if component.end.is_none() {
                    calendar
                        .unclosed
                        .push((component.name.clone(), component.line));
                }
                let children = std::mem::take(&mut component.children);
                pending.extend(children.into_iter().rev());
            }
        }
    }
    calendar.unclosed.sort_by_key(|(_, line)| *line);
    Ok(calendar)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_read_with_alarms_inside() {
        let text = "BEGIN:VCALENDAR\nPRODID:-//Test//EN\nBEGIN:VEVENT\nUID:1\nSUMMARY:A\nBEGIN:VALARM\n\
                    ACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nBEGIN:VEVENT\nUID:2\nEND:VEVENT\nEND:VCALENDAR\n";
        let calendar = read_calendar(text).unwrap();
        assert_eq!(calendar.prodid.as_deref(), Some("-//Test//EN"));
        let events = &calendar.events;
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].line, 3);
        assert_eq!(events[0].properties.len(), 2);
        assert!(events[0].get("ACTION").is_none());
        assert_eq!(events[0].children[0].name, "VALARM");
        assert_eq!(events[1].get("UID").unwrap().value, "2");
        assert!(calendar.unclosed.is_empty());
    }

    #[test]
    fn an_alarm_without_end_does_not_swallow_the_events_after_it() {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nBEGIN:VALARM\nTRIGGER:-PT15M\nEND:VEVENT\n\
                    BEGIN:VEVENT\nUID:2\nEND:VEVENT\nBEGIN:VEVENT\nUID:3\nEND:VEVENT\nEND:VCALENDAR\n";
        let calendar = read_calendar(text).unwrap();
        let uids: Vec<_> = calendar
            .events
            .iter()
            .map(|e| e.get("UID").unwrap().value.as_str())
            .collect();
        assert_eq!(uids, ["1", "2", "3"]);
        assert!(calendar.events.iter().all(|e| e.end.is_some()));
        let broken = calendar.events[0].unclosed_inside();
        assert_eq!(
            (broken[0].name.as_str(), broken[0].line, broken[0].last_line),
            ("VALARM", 4, 6)
        );
        assert!(calendar.unclosed.is_empty());
    }

    #[test]
    fn an_event_without_end_is_closed_by_the_next_one_and_marked() {
        let text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nBEGIN:VALARM\nBEGIN:VEVENT\nUID:2\nEND:VEVENT\n\
                    BEGIN:VEVENT\nUID:3\n";
        let calendar = read_calendar(text).unwrap();
        let ends: Vec<_> = calendar.events.iter().map(|e| e.end).collect();
        assert_eq!(ends, [None, Some(7), None]);
        assert_eq!(calendar.unclosed, [("VCALENDAR".to_owned(), 1)]);
    }

    #[test]
    fn hostile_nesting_is_read_as_plain_lines() {
        let text = "BEGIN:X\n".repeat(10_000) + &"END:Y\n".repeat(10_000);
        let calendar = read_calendar(&text).unwrap();
        assert!(calendar.events.is_empty());
        assert_eq!(calendar.unclosed.len(), MAX_DEPTH);
    }
}
