//! `council instructions …`: giving instructions and controlling their execution.

use std::io::Write;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use council_core::control::InstructionFilter;
use council_core::instruction::{Instruction, InstructionInput, InstructionState, ReportInput};
use council_core::time::parse_optional_date;
use council_core::{CoreResult, Lang, LocalizedText, Store};

use crate::output;

#[derive(Debug, Subcommand)]
pub enum InstructionsCommand {
    /// Give an instruction: from a decision (--decision), under another (--parent), or standalone.
    Add {
        /// The decision it follows from (id).
        #[arg(long)]
        decision: Option<String>,
        /// The instruction it is a sub-instruction of (id or number).
        #[arg(long)]
        parent: Option<String>,
        /// Due date, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        due: String,
        #[command(flatten)]
        fields: InstructionFields,
        #[command(flatten)]
        day: Today,
        #[arg(long)]
        json: bool,
    },
    /// The control list, filtered as on the control screen, by due date.
    List {
        #[command(flatten)]
        filter: ControlFilter,
        /// At most this many rows.
        #[arg(long)]
        limit: Option<u32>,
        /// Rows to skip first.
        #[arg(long, default_value_t = 0)]
        offset: u32,
        #[command(flatten)]
        day: Today,
        #[arg(long)]
        json: bool,
    },
    /// One instruction with its history: every due date, report, reminder and state change.
    Show {
        /// Id or number.
        instruction: String,
        #[command(flatten)]
        day: Today,
        #[arg(long)]
        json: bool,
    },
    /// Change the text, executors, controller or pairing (the due date changes only by extension).
    Update {
        instruction: String,
        #[command(flatten)]
        fields: InstructionFields,
        /// Replace the co-executors by those given with --co (none given: remove them all).
        #[arg(long)]
        replace_co: bool,
        #[command(flatten)]
        day: Today,
        #[arg(long)]
        json: bool,
    },
    /// Extend the due date, with a reason.
    Extend {
        instruction: String,
        /// The new due date, YYYY-MM-DD (later than the current one).
        #[arg(long, value_name = "DATE")]
        to: String,
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        day: Today,
    },
    /// Record an execution report (an open instruction becomes reported).
    Report {
        instruction: String,
        #[arg(long)]
        text: String,
        #[arg(long, default_value = "")]
        author: String,
        /// Date of the report, YYYY-MM-DD (default: today).
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        #[command(flatten)]
        day: Today,
    },
    /// Mark an assigned instruction as in progress.
    Start {
        instruction: String,
        #[command(flatten)]
        day: Today,
    },
    /// Send a reported instruction back to work (the report did not suffice).
    Return {
        instruction: String,
        #[arg(long, default_value = "")]
        note: String,
        #[command(flatten)]
        day: Today,
    },
    /// Remove from control (needs an execution report); dated today or --today.
    Remove {
        instruction: String,
        #[command(flatten)]
        day: Today,
    },
    /// Cancel, with a reason.
    Cancel {
        instruction: String,
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        day: Today,
    },
    /// Move to the trash (an instruction given by mistake).
    Delete {
        instruction: String,
        #[command(flatten)]
        day: Today,
    },
    /// Bring back from the trash.
    Restore {
        instruction: String,
        #[command(flatten)]
        day: Today,
    },
}

/// The date that decides what is overdue (and dates removals and standalone numbers).
#[derive(Debug, Args)]
pub struct Today {
    /// Act as if today were this date, YYYY-MM-DD (default: today in the secretariat's time zone).
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
}

impl Today {
    pub fn resolve(&self, store: &Store) -> CoreResult<NaiveDate> {
        match parse_optional_date(self.today.as_deref(), "today")? {
            Some(date) => Ok(date),
            None => store.secretariat_today(),
        }
    }
}

/// The editable fields of an instruction.
#[derive(Debug, Args)]
pub struct InstructionFields {
    #[arg(long)]
    pub text_ru: Option<String>,
    #[arg(long)]
    pub text_uz: Option<String>,
    #[arg(long)]
    pub text_en: Option<String>,
    /// The lead executor (body id).
    #[arg(long)]
    pub lead: Option<String>,
    /// A co-executor (body id); repeat for several.
    #[arg(long = "co", value_name = "BODY")]
    pub co: Vec<String>,
    /// The controller (person id).
    #[arg(long)]
    pub controller: Option<String>,
    /// The pairing it concerns (id).
    #[arg(long)]
    pub pairing: Option<String>,
}

impl InstructionFields {
    fn apply(self, mut input: InstructionInput, replace_co: bool) -> InstructionInput {
        for (slot, value) in [
            (&mut input.text.ru, self.text_ru),
            (&mut input.text.uz, self.text_uz),
            (&mut input.text.en, self.text_en),
            (&mut input.lead_body_id, self.lead),
        ] {
            if let Some(value) = value {
                *slot = value;
            }
        }
        if replace_co {
            input.co_executor_ids.clear();
        }
        input.co_executor_ids.extend(self.co);
        if self.controller.is_some() {
            input.controller_person_id = self.controller;
        }
        if self.pairing.is_some() {
            input.pairing_id = self.pairing;
        }
        input
    }
}

pub fn run(
    command: InstructionsCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    use InstructionsCommand as C;
    match command {
        C::Add {
            decision,
            parent,
            due,
            fields,
            day,
            json,
        } => {
            let today = day.resolve(store)?;
            let input = fields.apply(
                InstructionInput {
                    decision_id: decision,
                    parent_id: parent,
                    text: LocalizedText::default(),
                    due_on: due,
                    ..InstructionInput::default()
                },
                false,
            );
            let created = store.create_instruction(&input, today)?;
            show(out, json, &created, lang)
        }
        C::List {
            filter,
            limit,
            offset,
            day,
            json,
        } => {
            let today = day.resolve(store)?;
            let list = store.list_instructions(&filter.to_filter(limit, offset)?, today)?;
            output::listing(out, json, &list, |i| row(i, lang))
        }
        C::Show {
            instruction,
            day,
            json,
        } => {
            let history = store.instruction_history(&instruction, day.resolve(store)?)?;
            if json {
                return output::json(out, &history);
            }
            let mut lines = vec![row(&history.instruction, lang).join("  ")];
            lines.push(history.instruction.text.get(lang).to_owned());
            for e in &history.extensions {
                lines.push(format!(
                    "  {} → {}: {} ({})",
                    e.old_due_on,
                    e.new_due_on,
                    e.reason,
                    who(e.officer.as_ref(), &e.os_user, lang)
                ));
            }
            for r in &history.reports {
                lines.push(format!("  {} {}: {}", r.reported_on, r.author, r.text));
            }
            for e in &history.edits {
                for change in &e.changes {
                    lines.push(format!(
                        "  {} {}: {} → {} ({})",
                        e.at,
                        change.field.code(),
                        change.old.get(lang),
                        change.new.get(lang),
                        who(e.officer.as_ref(), &e.os_user, lang)
                    ));
                }
            }
            for m in &history.reminders {
                lines.push(format!(
                    "  {} {} {} → {} ({})",
                    m.sent_on,
                    m.channel.code(),
                    m.letter_number,
                    m.body.shown(lang).text,
                    who(m.officer.as_ref(), &m.os_user, lang)
                ));
            }
            for c in &history.changes {
                let from = c.from_state.map_or("—", InstructionState::code);
                lines.push(format!(
                    "  {} {} → {} {} ({})",
                    c.at,
                    from,
                    c.to_state.code(),
                    c.note,
                    who(c.officer.as_ref(), &c.os_user, lang)
                ));
            }
            output::lines(out, &lines)
        }
        C::Update {
            instruction,
            fields,
            replace_co,
            day,
            json,
        } => {
            let today = day.resolve(store)?;
            let current = store.instruction(&instruction, today)?;
            let input = fields.apply(current.to_input(), replace_co);
            let updated = store.update_instruction(&instruction, &input, today)?;
            show(out, json, &updated, lang)
        }
        C::Extend {
            instruction,
            to,
            reason,
            day,
        } => {
            let today = day.resolve(store)?;
            let extended = store.extend_instruction(&instruction, &to, &reason, today)?;
            output::lines(out, &[row(&extended, lang).join("  ")])
        }
        C::Report {
            instruction,
            text,
            author,
            on,
            day,
        } => {
            let today = day.resolve(store)?;
            let report = ReportInput {
                reported_on: on,
                text,
                author,
            };
            let created = store.add_execution_report(&instruction, &report, today)?;
            output::lines(out, &[created.id.to_string()])
        }
        C::Start { instruction, day } => change(
            store,
            out,
            lang,
            &instruction,
            InstructionState::InProgress,
            "",
            &day,
        ),
        C::Return {
            instruction,
            note,
            day,
        } => change(
            store,
            out,
            lang,
            &instruction,
            InstructionState::InProgress,
            &note,
            &day,
        ),
        C::Remove { instruction, day } => change(
            store,
            out,
            lang,
            &instruction,
            InstructionState::Removed,
            "",
            &day,
        ),
        C::Cancel {
            instruction,
            reason,
            day,
        } => change(
            store,
            out,
            lang,
            &instruction,
            InstructionState::Cancelled,
            &reason,
            &day,
        ),
        C::Delete { instruction, day } => {
            let deleted = store.delete_instruction(&instruction, day.resolve(store)?)?;
            output::lines(
                out,
                &[output::cited(&deleted.number, deleted.number_pending, lang)],
            )
        }
        C::Restore { instruction, day } => {
            let restored = store.restore_instruction(&instruction, day.resolve(store)?)?;
            output::lines(
                out,
                &[output::cited(
                    &restored.number,
                    restored.number_pending,
                    lang,
                )],
            )
        }
    }
}

fn change(
    store: &mut Store,
    out: &mut dyn Write,
    lang: Lang,
    key: &str,
    to: InstructionState,
    note: &str,
    day: &Today,
) -> CoreResult<()> {
    let today = day.resolve(store)?;
    let moved = store.move_instruction(key, to, note, today)?;
    output::lines(out, &[row(&moved, lang).join("  ")])
}

/// Number, due date (with the original after "←" when extended), state, overdue mark, lead executor, text.
pub fn row(i: &Instruction, lang: Lang) -> Vec<String> {
    let due = if i.extension_count > 0 {
        format!("{} ← {}", i.due_on, i.original_due_on)
    } else {
        i.due_on.to_string()
    };
    let mut text: String = i.text.get(lang).chars().take(60).collect();
    if i.text.get(lang).chars().count() > 60 {
        text.push('…');
    }
    vec![
        crate::output::cited(&i.number, i.number_pending, lang),
        due,
        i.state.code().to_owned(),
        if i.overdue {
            "OVERDUE".to_owned()
        } else {
            String::new()
        },
        i.lead_body.get(lang).to_owned(),
        text,
    ]
}

fn show(out: &mut dyn Write, json: bool, i: &Instruction, lang: Lang) -> CoreResult<()> {
    if json {
        output::json(out, i)
    } else {
        output::lines(out, &[row(i, lang).join("  ")])
    }
}

/// The filters of the control list, as the control screen offers them; every command that lists, prints or
/// exports instructions takes these same flags.
#[derive(Debug, Args)]
pub struct ControlFilter {
    /// Only this state (repeat for several): assigned, in_progress, reported, removed, cancelled.
    #[arg(long = "state", value_name = "STATE")]
    pub states: Vec<String>,
    /// Only instructions still under control.
    #[arg(long)]
    pub open: bool,
    /// Only overdue ones (with --due-within: those and the ones due within the days, as the deadline notice).
    #[arg(long)]
    pub overdue: bool,
    /// Only open ones due within this many days from today (with --overdue: the overdue ones too).
    #[arg(long, value_name = "DAYS")]
    pub due_within: Option<u32>,
    /// A body (id), as lead executor or co-executor.
    #[arg(long)]
    pub body: Option<String>,
    /// A pairing (id).
    #[arg(long)]
    pub pairing: Option<String>,
    /// A session (id).
    #[arg(long)]
    pub session: Option<String>,
}

impl ControlFilter {
    /// The core's filter, for one page (`limit` rows after `offset`) or every row (`None`).
    pub fn to_filter(&self, limit: Option<u32>, offset: u32) -> CoreResult<InstructionFilter> {
        Ok(InstructionFilter {
            states: self
                .states
                .iter()
                .map(|s| InstructionState::parse(s))
                .collect::<CoreResult<_>>()?,
            open_only: self.open,
            body: self.body.clone(),
            pairing: self.pairing.clone(),
            session: self.session.clone(),
            overdue: self.overdue,
            due_within_days: self.due_within,
            limit,
            offset,
        })
    }
}

/// Who made a change of the history: the officer's name in `lang`, else the OS user.
fn who(officer: Option<&LocalizedText>, os_user: &str, lang: Lang) -> String {
    officer.map_or_else(|| os_user.to_owned(), |name| name.shown(lang).text)
}
