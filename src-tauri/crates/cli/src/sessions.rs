//! `council sessions …`

use std::io::Write;

use clap::{Args, Subcommand};
use council_core::session::{
    Session, SessionFilter, SessionInput, SessionKind, SessionStatus, StatusChange,
};
use council_core::{CoreResult, Lang, LocalizedText, SessionDraft, Store};

use crate::{output, warnings};

mod show;

pub(crate) use show::{localized, span};
use show::{row, show};

#[derive(Debug, Subcommand)]
pub enum SessionsCommand {
    /// Create a session as a draft; a council session takes the next number (1st, 2nd, …).
    Add {
        /// council_session, working_group, forum or preparatory.
        #[arg(long, default_value = "council_session")]
        kind: String,
        /// Start on the venue's clock, "YYYY-MM-DD HH:MM".
        #[arg(long, value_name = "DATETIME")]
        start: String,
        /// The venue's IANA time zone, for example Asia/Tashkent or Europe/Moscow.
        #[arg(long, value_name = "ZONE")]
        zone: String,
        #[command(flatten)]
        fields: SessionFields,
        /// Save even when there are scheduling warnings (people or venue booked twice, a public holiday).
        #[arg(long)]
        confirm: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List sessions by start, with the start on the venue's, Tashkent's and Moscow's clocks.
    List {
        /// Only sessions starting on or after this date (YYYY-MM-DD, venue's clock).
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// Only sessions starting on or before this date (YYYY-MM-DD, venue's clock).
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        /// Only this kind: council_session, working_group, forum or preparatory.
        #[arg(long)]
        kind: Option<String>,
        /// Only this status: draft, scheduled, confirmed, held, minutes_approved, postponed or cancelled.
        #[arg(long)]
        status: Option<String>,
        /// List the trash instead.
        #[arg(long)]
        trash: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show one session (id or council session number): times on both capitals' clocks, people, history.
    Show {
        /// The session: id or council session number.
        session: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Change a session's fields (not its status); only the options given change.
    Update {
        /// The session: id or council session number.
        session: String,
        /// council_session, working_group, forum or preparatory.
        #[arg(long)]
        kind: Option<String>,
        /// New start on the venue's clock, "YYYY-MM-DD HH:MM" (the old one stays in the history).
        #[arg(long, value_name = "DATETIME")]
        start: Option<String>,
        /// New IANA time zone of the venue; the start and end are read on its clock.
        #[arg(long, value_name = "ZONE")]
        zone: Option<String>,
        #[command(flatten)]
        fields: SessionFields,
        /// Remove the planned end.
        #[arg(long)]
        clear_end: bool,
        /// Remove every co-chair and participant before adding those given.
        #[arg(long)]
        clear_people: bool,
        /// Remove every pairing before adding those given.
        #[arg(long)]
        clear_pairings: bool,
        /// Remove every sector before adding those given.
        #[arg(long)]
        clear_sectors: bool,
        /// Save even when there are scheduling warnings (people or venue booked twice, a public holiday).
        #[arg(long)]
        confirm: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Schedule a draft, or a postponed session again (then --start is required).
    Schedule {
        /// The session: id or council session number.
        session: String,
        /// New start on the venue's clock, "YYYY-MM-DD HH:MM".
        #[arg(long, value_name = "DATETIME")]
        start: Option<String>,
        /// Why (kept in the history).
        #[arg(long)]
        reason: Option<String>,
        /// Save even when there are scheduling warnings (people or venue booked twice, a public holiday).
        #[arg(long)]
        confirm: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Confirm a scheduled session.
    Confirm {
        /// The session: id or council session number.
        session: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Record that a confirmed session was held.
    Hold {
        /// The session: id or council session number.
        session: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Record that the minutes of a held session were approved.
    ApproveMinutes {
        /// The session: id or council session number.
        session: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Postpone a scheduled or confirmed session; the old date stays in its history.
    Postpone {
        /// The session: id or council session number.
        session: String,
        /// The new start on the venue's clock, "YYYY-MM-DD HH:MM", when it is known.
        #[arg(long, value_name = "DATETIME")]
        to: Option<String>,
        /// Why (kept in the history).
        #[arg(long)]
        reason: Option<String>,
        /// Save even when there are scheduling warnings (people or venue booked twice, a public holiday).
        #[arg(long)]
        confirm: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Cancel a session that has not been held.
    Cancel {
        /// The session: id or council session number.
        session: String,
        /// Why it is cancelled (required).
        #[arg(long)]
        reason: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Move a session to the trash; its number stays taken.
    Delete {
        /// The session: id or council session number.
        session: String,
    },
    /// Bring a session back from the trash.
    Restore {
        /// The session: id or council session number.
        session: String,
    },
}

/// The optional fields of a session.
#[derive(Debug, Args)]
pub struct SessionFields {
    /// Title in Russian.
    #[arg(long)]
    pub title_ru: Option<String>,
    /// Title in Uzbek (Latin).
    #[arg(long)]
    pub title_uz: Option<String>,
    /// Title in English.
    #[arg(long)]
    pub title_en: Option<String>,
    /// Planned end on the venue's clock, "YYYY-MM-DD HH:MM"; after the start.
    #[arg(long, value_name = "DATETIME")]
    pub end: Option<String>,
    /// Venue city in Russian.
    #[arg(long)]
    pub city_ru: Option<String>,
    /// Venue city in Uzbek (Latin).
    #[arg(long)]
    pub city_uz: Option<String>,
    /// Venue city in English.
    #[arg(long)]
    pub city_en: Option<String>,
    /// The venue (building, hall) in Russian.
    #[arg(long)]
    pub place_ru: Option<String>,
    /// The venue (building, hall) in Uzbek (Latin).
    #[arg(long)]
    pub place_uz: Option<String>,
    /// The venue (building, hall) in English.
    #[arg(long)]
    pub place_en: Option<String>,
    /// A co-chair's person id (repeat for several).
    #[arg(long = "co-chair", value_name = "PERSON")]
    pub co_chairs: Vec<String>,
    /// A participant's person id (repeat for several).
    #[arg(long = "participant", value_name = "PERSON")]
    pub participants: Vec<String>,
    /// A pairing id (repeat for several).
    #[arg(long = "pairing", value_name = "PAIRING")]
    pub pairings: Vec<String>,
    /// A sector code (repeat for several); see council sectors list.
    #[arg(long = "sector", value_name = "CODE")]
    pub sectors: Vec<String>,
}

pub fn run(
    command: SessionsCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    let status = |to, new_start, reason: Option<String>| StatusChange {
        to,
        new_start,
        reason: reason.unwrap_or_default(),
    };
    let (session, change, json) = match command {
        SessionsCommand::Add {
            kind,
            start,
            zone,
            fields,
            confirm,
            json,
        } => {
            let input = new_input(&kind, start, zone, fields)?;
            let draft = SessionDraft {
                session_id: None,
                input,
            };
            let session = warnings::save_confirmed(
                store,
                confirm,
                lang,
                |store| store.schedule_conflicts(&draft),
                |store, keys| store.create_session_checked(&draft.input, keys),
            )?;
            return show(out, store, json, &session, lang);
        }
        SessionsCommand::List {
            from,
            to,
            kind,
            status,
            trash,
            json,
        } => {
            let filter = SessionFilter {
                from,
                to,
                kind: kind.as_deref().map(SessionKind::parse).transpose()?,
                status: status.as_deref().map(SessionStatus::parse).transpose()?,
                deleted: trash,
            };
            let sessions = store.list_sessions(&filter)?;
            return output::listing(out, json, &sessions, |s| row(s, lang));
        }
        SessionsCommand::Show { session, json } => {
            let session = store.session(&session)?;
            return show(out, store, json, &session, lang);
        }
        SessionsCommand::Update {
            session,
            kind,
            start,
            zone,
            fields,
            clear_end,
            clear_people,
            clear_pairings,
            clear_sectors,
            confirm,
            json,
        } => {
            let current = store.session(&session)?;
            let mut input = current.to_input();
            if let Some(kind) = kind {
                input.kind = SessionKind::parse(&kind)?;
            }
            input.starts_at = start.unwrap_or(input.starts_at);
            input.time_zone = zone.unwrap_or(input.time_zone);
            if clear_end {
                input.ends_at = None;
            }
            if clear_people {
                input.co_chairs.clear();
                input.participants.clear();
            }
            if clear_pairings {
                input.pairings.clear();
            }
            if clear_sectors {
                input.sectors.clear();
            }
            let draft = SessionDraft {
                session_id: Some(current.id.to_string()),
                input: apply(input, fields),
            };
            let id = current.id.to_string();
            let updated = warnings::save_confirmed(
                store,
                confirm,
                lang,
                |store| store.schedule_conflicts(&draft),
                |store, keys| store.update_session_checked(&id, &draft.input, keys),
            )?;
            return show(out, store, json, &updated, lang);
        }
        SessionsCommand::Delete { session } => {
            let session = store.delete_session(&session)?;
            return output::lines(out, &[session.id.to_string()]);
        }
        SessionsCommand::Restore { session } => {
            let session = store.restore_session(&session)?;
            return output::lines(out, &[session.id.to_string()]);
        }
        SessionsCommand::Schedule {
            session,
            start,
            reason,
            confirm,
            json,
        } => {
            let change = status(SessionStatus::Scheduled, start, reason);
            let moved = change_confirmed(store, &session, &change, confirm, lang)?;
            return show(out, store, json, &moved, lang);
        }
        SessionsCommand::Confirm { session, json } => {
            (session, status(SessionStatus::Confirmed, None, None), json)
        }
        SessionsCommand::Hold { session, json } => {
            (session, status(SessionStatus::Held, None, None), json)
        }
        SessionsCommand::ApproveMinutes { session, json } => (
            session,
            status(SessionStatus::MinutesApproved, None, None),
            json,
        ),
        SessionsCommand::Postpone {
            session,
            to,
            reason,
            confirm,
            json,
        } => {
            let change = status(SessionStatus::Postponed, to, reason);
            let moved = change_confirmed(store, &session, &change, confirm, lang)?;
            return show(out, store, json, &moved, lang);
        }
        SessionsCommand::Cancel {
            session,
            reason,
            json,
        } => (
            session,
            status(SessionStatus::Cancelled, None, Some(reason)),
            json,
        ),
    };
    let session = store.change_session_status(&session, &change)?;
    show(out, store, json, &session, lang)
}

/// Changes a session's status; one that moves it to a new start is saved over the warnings of the move only
/// when the officer confirms them (`--confirm`), checked by the core as it writes.
fn change_confirmed(
    store: &mut Store,
    session: &str,
    change: &StatusChange,
    confirm: bool,
    lang: Lang,
) -> CoreResult<Session> {
    let start = change
        .new_start
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    warnings::save_confirmed(
        store,
        confirm,
        lang,
        |store| match start {
            Some(start) => store.reschedule_conflicts(session, start),
            None => Ok(Vec::new()),
        },
        |store, keys| store.change_session_status_checked(session, change, keys),
    )
}

/// A new session's input from the flags `add` commands share: kind, start, zone and the optional fields.
pub(crate) fn new_input(
    kind: &str,
    start: String,
    zone: String,
    fields: SessionFields,
) -> CoreResult<SessionInput> {
    let input = SessionInput {
        kind: SessionKind::parse(kind)?,
        title: LocalizedText::default(),
        starts_at: start,
        ends_at: None,
        time_zone: zone,
        venue_city: LocalizedText::default(),
        venue_place: LocalizedText::default(),
        co_chairs: Vec::new(),
        participants: Vec::new(),
        pairings: Vec::new(),
        sectors: Vec::new(),
    };
    Ok(apply(input, fields))
}

/// Applies the options given on the command line; people, pairings and sectors are added to those there.
fn apply(mut input: SessionInput, fields: SessionFields) -> SessionInput {
    if fields.end.is_some() {
        input.ends_at = fields.end;
    }
    let texts = [
        (&mut input.title.ru, fields.title_ru),
        (&mut input.title.uz, fields.title_uz),
        (&mut input.title.en, fields.title_en),
        (&mut input.venue_city.ru, fields.city_ru),
        (&mut input.venue_city.uz, fields.city_uz),
        (&mut input.venue_city.en, fields.city_en),
        (&mut input.venue_place.ru, fields.place_ru),
        (&mut input.venue_place.uz, fields.place_uz),
        (&mut input.venue_place.en, fields.place_en),
    ];
    for (slot, value) in texts {
        if let Some(value) = value {
            *slot = value;
        }
    }
    input.co_chairs.extend(fields.co_chairs);
    input.participants.extend(fields.participants);
    input.pairings.extend(fields.pairings);
    input.sectors.extend(fields.sectors);
    input
}
