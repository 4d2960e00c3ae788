//! `council decisions …`

use std::io::Write;

use clap::{Args, Subcommand};
use council_core::decision::{Decision, DecisionInput};
use council_core::{CoreResult, Lang, LocalizedText, Store};

use crate::output;
use crate::sessions::localized;

#[derive(Debug, Subcommand)]
pub enum DecisionsCommand {
    /// Record a decision of a session; it takes the next number, {session number}/{n}.
    Add {
        /// The session: id or council session number.
        session: String,
        /// The agenda item (id) it was adopted under.
        #[arg(long, value_name = "ITEM")]
        item: Option<String>,
        #[command(flatten)]
        text: DecisionText,
        /// Date of adoption, YYYY-MM-DD (default: the session's date on the venue's clock).
        #[arg(long, value_name = "DATE")]
        adopted: Option<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List a session's decisions in order of adoption.
    List {
        /// The session: id or council session number.
        session: String,
        /// List the decisions in the trash instead.
        #[arg(long)]
        trash: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show one decision with its texts and its history of amendments.
    Show {
        /// The decision (id).
        decision: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Amend a decision's text; the old text and the reason are kept. Only the languages given change.
    Amend {
        /// The decision (id).
        decision: String,
        #[command(flatten)]
        text: DecisionText,
        /// Why it is amended (required).
        #[arg(long)]
        reason: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Rescind a decision; it can no longer be amended.
    Rescind {
        /// The decision (id).
        decision: String,
        /// Why it is rescinded (required).
        #[arg(long)]
        reason: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Move a decision to the trash; its number stays taken.
    Delete {
        /// The decision (id).
        decision: String,
    },
    /// Bring a decision back from the trash.
    Restore {
        /// The decision (id).
        decision: String,
    },
}

/// The text of a decision in three languages.
#[derive(Debug, Args)]
pub struct DecisionText {
    /// Text in Russian.
    #[arg(long = "text-ru")]
    pub ru: Option<String>,
    /// Text in Uzbek (Latin).
    #[arg(long = "text-uz")]
    pub uz: Option<String>,
    /// Text in English.
    #[arg(long = "text-en")]
    pub en: Option<String>,
}

impl DecisionText {
    /// `base` with the languages given replaced.
    fn over(self, mut base: LocalizedText) -> LocalizedText {
        for (slot, value) in [
            (&mut base.ru, self.ru),
            (&mut base.uz, self.uz),
            (&mut base.en, self.en),
        ] {
            if let Some(value) = value {
                *slot = value;
            }
        }
        base
    }
}

pub fn run(
    command: DecisionsCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        DecisionsCommand::Add {
            session,
            item,
            text,
            adopted,
            json,
        } => {
            let input = DecisionInput {
                agenda_item_id: item,
                text: text.over(LocalizedText::default()),
                adopted_on: adopted,
            };
            let decision = store.adopt_decision(&session, &input)?;
            show(out, json, &decision, lang)
        }
        DecisionsCommand::List {
            session,
            trash,
            json,
        } => {
            let decisions = store.list_decisions(&session, trash)?;
            output::listing(out, json, &decisions, |d| row(d, lang))
        }
        DecisionsCommand::Show { decision, json } => {
            show(out, json, &store.decision(&decision)?, lang)
        }
        DecisionsCommand::Amend {
            decision,
            text,
            reason,
            json,
        } => {
            let current = store.decision(&decision)?;
            let amended = store.amend_decision(
                &current.id.to_string(),
                &text.over(current.text.clone()),
                &reason,
            )?;
            show(out, json, &amended, lang)
        }
        DecisionsCommand::Rescind {
            decision,
            reason,
            json,
        } => show(
            out,
            json,
            &store.rescind_decision(&decision, &reason)?,
            lang,
        ),
        DecisionsCommand::Delete { decision } => {
            let decision = store.delete_decision(&decision)?;
            output::lines(out, &[decision.id.to_string()])
        }
        DecisionsCommand::Restore { decision } => {
            let decision = store.restore_decision(&decision)?;
            output::lines(out, &[decision.id.to_string()])
        }
    }
}

fn row(decision: &Decision, lang: Lang) -> Vec<String> {
    vec![
        output::cited(&decision.number, decision.number_pending, lang),
        decision.id.to_string(),
        decision.status.code().to_owned(),
        decision.adopted_on.to_string(),
        localized(lang, &decision.text),
    ]
}

fn show(out: &mut dyn Write, json: bool, decision: &Decision, lang: Lang) -> CoreResult<()> {
    if json {
        return output::json(out, decision);
    }
    let mut lines = vec![format!(
        "№ {}  {}  {}  {}",
        output::cited(&decision.number, decision.number_pending, lang),
        decision.status.code(),
        decision.adopted_on,
        decision.id
    )];
    if let Some(item) = decision.agenda_item_id {
        lines.push(format!("agenda item {item}"));
    }
    for each in Lang::ALL {
        lines.push(format!("{}: {}", each.code(), decision.text.get(each)));
    }
    for revision in &decision.revisions {
        lines.push(format!(
            "  {} {}: {} (was: {})",
            revision.at,
            revision.kind.code(),
            revision.reason,
            localized(lang, &revision.old_text)
        ));
    }
    output::lines(out, &lines)
}
