//! Demonstration data: a believable bilingual year (`small`) or ten times ten years (`ten_years`) of the
//! Council's work, generated from a seed so that the same seed and the same "today" give the same database.
//!
//! The generator only plans rows ([`plan::Plan`]); the store writes them in one transaction.

pub mod plan;
mod texts;

use chrono::{Datelike, Days, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::{Builder, Uuid};

use crate::error::{CoreError, CoreResult, ErrorCode};
use plan::{AgendaRow, DecisionRow, InstructionRow, Plan, SessionRow};
use texts::Text3;

/// How much demonstration data to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// One year: 10 pairings, 6 sessions with agendas, decisions, 60 instructions in every state.
    Small,
    /// Ten times ten years: about 2,000 sessions, 40,000 agenda items, 20,000 decisions, 100,000 instructions.
    TenYears,
}

impl Scale {
    /// Parses `small` or `10y`.
    pub fn parse(text: &str) -> CoreResult<Scale> {
        match text.trim() {
            "small" => Ok(Scale::Small),
            "10y" | "ten_years" => Ok(Scale::TenYears),
            other => Err(CoreError::new(ErrorCode::InvalidValue, other).on("scale")),
        }
    }
}

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoOptions {
    pub scale: Scale,
    pub seed: u64,
    /// The date the data is arranged around: sessions before it were held, instructions due before it are
    /// overdue unless executed.
    pub today: NaiveDate,
}

/// How many records of each kind a demonstration load wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DemoCounts {
    pub bodies: u32,
    pub people: u32,
    pub pairings: u32,
    pub sessions: u32,
    pub agenda_items: u32,
    pub decisions: u32,
    pub instructions: u32,
    pub agreements: u32,
    pub projects: u32,
}

/// A small, fast, seedable generator (`SplitMix64`): the same seed gives the same sequence on every machine.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    #[must_use]
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// A UUID v7 whose time part is `millis`, the rest from this generator.
    pub fn id_at(&mut self, millis: i64) -> Uuid {
        let mut bytes = [0u8; 10];
        bytes[..8].copy_from_slice(&self.next_u64().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next_u64().to_le_bytes()[..2]);
        Builder::from_unix_timestamp_millis(millis.max(0) as u64, &bytes).into_uuid()
    }
}

/// The sizes of one scale.
struct Sizes {
    years: i32,
    sessions: usize,
    items_per_session: usize,
    decisions_per_held_session: usize,
    instructions_per_decision: usize,
    /// Cut the instructions to this many (the small set has exactly 60).
    instructions_total: Option<usize>,
    agreements: usize,
    projects: usize,
}

fn sizes(scale: Scale) -> Sizes {
    match scale {
        Scale::Small => Sizes {
            years: 1,
            sessions: 6,
            items_per_session: 8,
            decisions_per_held_session: 4,
            instructions_per_decision: 4,
            instructions_total: Some(60),
            agreements: 8,
            projects: 12,
        },
        Scale::TenYears => Sizes {
            years: 10,
            sessions: 2_000,
            items_per_session: 20,
            decisions_per_held_session: 10,
            instructions_per_decision: 5,
            instructions_total: None,
            agreements: 400,
            projects: 1_000,
        },
    }
}

pub(crate) fn text3(t: Text3) -> [String; 3] {
    [t.0.to_owned(), t.1.to_owned(), t.2.to_owned()]
}

fn join3(prefix: Text3, tail: &[String; 3]) -> [String; 3] {
    [
        format!("{}{}", prefix.0, tail[0]),
        format!("{}{}", prefix.1, tail[1]),
        format!("{}{}", prefix.2, tail[2]),
    ]
}

fn english_ordinal(n: i64) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, r) if r != 11 => "st",
        (2, r) if r != 12 => "nd",
        (3, r) if r != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Plans the demonstration data. `sectors` are the sector codes with their names; `regions` the shipped
/// pairs of (Uzbek ISO code, Russian ISO code) candidates, already resolved to region ids by the caller;
/// `region_names` the names (ru, uz, en) of those regions by id, for their regional administrations.
#[must_use]
pub fn plan(
    options: &DemoOptions,
    sectors: &[(String, [String; 3])],
    pairs: &[(String, String)],
    region_names: &[(String, [String; 3])],
) -> Plan {
    let size = sizes(options.scale);
    let mut rng = Rng::new(options.seed);
    let mut plan = Plan::default();
    let year_ms = |date: NaiveDate| date.and_time(NaiveTime::MIN).and_utc().timestamp_millis();
    // The data runs up to three months ahead of today, so there are sessions to prepare as well as to
    // look back on.
    let end = options.today + Days::new(90);
    let start = NaiveDate::from_ymd_opt(end.year() - size.years, end.month(), end.day().min(28))
        .unwrap_or(options.today);
    let span_days = (end - start).num_days().max(1) as u64;

    plan.add_reference_rows(
        &mut rng,
        start,
        sectors,
        (pairs, region_names),
        options.scale,
        year_ms(start),
    );

    // Sessions, spread evenly over the years; one council session a year, in date order.
    let mut council_ordinal = 0i64;
    for s in 0..size.sessions {
        // Evenly spread and strictly increasing, so no two sessions share a day (decision numbers of sessions
        // without an ordinal are dated).
        let day = start + Days::new(span_days * s as u64 / size.sessions as u64);
        let kind = if s % (size.sessions / size.years as usize).max(1) == 2 {
            "council_session"
        } else {
            ["working_group", "working_group", "forum", "preparatory"][rng.below(4) as usize]
        };
        let venue = rng.pick(texts::VENUES);
        let zone: Tz = venue.2.parse().unwrap_or(crate::time::TASHKENT);
        let local = day.and_hms_opt(10, 0, 0).unwrap_or_default();
        let starts = zone
            .from_local_datetime(&local)
            .earliest()
            .map_or_else(Utc::now, |t| t.with_timezone(&Utc));
        let sector = rng.pick(sectors);
        let (ordinal, title) = if kind == "council_session" {
            council_ordinal += 1;
            let n = council_ordinal;
            (
                Some(n),
                [
                    format!("{n}-е заседание Совета регионов"),
                    format!("Hududlar Kengashining {n}-majlisi"),
                    format!("{} session of the Council of Regions", english_ordinal(n)),
                ],
            )
        } else {
            let prefix = match kind {
                "working_group" => ("Рабочая группа: ", "Ishchi guruh: ", "Working group: "),
                "forum" => (
                    "Форум межрегионального сотрудничества: ",
                    "Hududlararo hamkorlik forumi: ",
                    "Interregional forum: ",
                ),
                _ => (
                    "Подготовительное совещание: ",
                    "Tayyorgarlik yigʻilishi: ",
                    "Preparatory meeting: ",
                ),
            };
            (None, join3(prefix, &sector.1))
        };
        let status = session_status(&mut rng, day, options.today, s);
        let id = rng.id_at(starts.timestamp_millis() - 30 * 86_400_000);
        let items = plan.add_agenda(&mut rng, id, starts, size.items_per_session, sectors);
        let duration: i64 = items.iter().map(|i| i64::from(i.duration_min)).sum();
        let session = SessionRow {
            id,
            kind,
            ordinal,
            title,
            starts_at: starts,
            ends_at: starts + chrono::Duration::minutes(duration),
            time_zone: venue.2,
            city: text3(venue.0),
            place: text3(venue.1),
            status,
            approved: matches!(status, "confirmed" | "held" | "minutes_approved"),
            co_chairs: [plan.people[0].id, plan.people[1].id],
            pairing: plan
                .pairings
                .get(s % plan.pairings.len().max(1))
                .map(|p| p.id),
            sector: sector.0.clone(),
        };
        if matches!(status, "held" | "minutes_approved") {
            let local_day = starts.with_timezone(&zone).date_naive();
            let label =
                ordinal.map_or_else(|| local_day.format("%Y%m%d").to_string(), |n| n.to_string());
            let context = Context {
                size: &size,
                today: options.today,
                sectors,
            };
            plan.add_decisions(&mut rng, &context, &session, &items, &label, local_day);
        }
        plan.agenda.extend(items);
        plan.sessions.push(session);
    }
    plan.council_sessions = council_ordinal;
    if let Some(total) = size.instructions_total {
        plan.instructions.truncate(total);
    }
    plan.add_portfolio(
        &mut rng,
        start,
        end,
        size.agreements,
        size.projects,
        sectors,
    );
    plan.add_indicator_values(&mut rng, options.today);
    plan
}

/// The pairings (Uzbek ISO code, Russian ISO code) a scale uses: the small set first, then more for ten years.
#[must_use]
pub fn pairing_codes(scale: Scale, uz: &[String], ru: &[String]) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = texts::PAIRINGS
        .iter()
        .map(|(u, r)| ((*u).to_owned(), (*r).to_owned()))
        .collect();
    if scale == Scale::TenYears && !uz.is_empty() && !ru.is_empty() {
        for i in 0..ru.len() {
            let pair = (uz[i % uz.len()].clone(), ru[(i * 7) % ru.len()].clone());
            if !pairs.contains(&pair) {
                pairs.push(pair);
            }
        }
    }
    pairs
}

/// What decisions and instructions are planned against.
struct Context<'a> {
    size: &'a Sizes,
    today: NaiveDate,
    sectors: &'a [(String, [String; 3])],
}

fn session_status(rng: &mut Rng, day: NaiveDate, today: NaiveDate, index: usize) -> &'static str {
    if index % 37 == 36 {
        return "cancelled";
    }
    if day < today {
        if (today - day).num_days() > 30 || rng.chance(50) {
            "minutes_approved"
        } else {
            "held"
        }
    } else if index % 41 == 40 {
        "postponed"
    } else if (day - today).num_days() < 30 {
        "confirmed"
    } else if rng.chance(70) {
        "scheduled"
    } else {
        "draft"
    }
}

impl Plan {
    fn add_decisions(
        &mut self,
        rng: &mut Rng,
        context: &Context,
        session: &SessionRow,
        items: &[AgendaRow],
        label: &str,
        adopted_on: NaiveDate,
    ) {
        let Context {
            size,
            today,
            sectors,
        } = *context;
        let reports: Vec<&AgendaRow> = items
            .iter()
            .filter(|i| matches!(i.kind, "report" | "discussion"))
            .collect();
        for n in 1..=size.decisions_per_held_session {
            let item = reports.get((n - 1) % reports.len().max(1)).copied();
            let sector = item
                .and_then(|i| sectors.iter().find(|s| Some(&s.0) == i.sector.as_ref()))
                .unwrap_or_else(|| rng.pick(sectors));
            let millis = session.starts_at.timestamp_millis() + n as i64;
            let decision = DecisionRow {
                id: rng.id_at(millis),
                session_id: session.id,
                seq: n as i64,
                number: format!("{label}/{n}"),
                agenda_item_id: item.map(|i| i.id),
                text: join3(*rng.pick(texts::DECISIONS), &sector.1),
                adopted_on,
                created_at: session.starts_at,
            };
            for k in 1..=size.instructions_per_decision {
                let instruction =
                    self.plan_instruction(rng, &decision, k, session, today, &sector.1);
                self.instructions.push(instruction);
            }
            self.decisions.push(decision);
        }
    }

    fn plan_instruction(
        &self,
        rng: &mut Rng,
        decision: &DecisionRow,
        k: usize,
        session: &SessionRow,
        today: NaiveDate,
        sector: &[String; 3],
    ) -> InstructionRow {
        let given = decision.adopted_on;
        let first_due = given + Days::new(30 + rng.below(300));
        let extensions: Vec<(NaiveDate, NaiveDate, &'static str)> = if rng.chance(15) {
            let mut due = first_due;
            (0..=rng.below(2))
                .map(|_| {
                    let next = due + Days::new(30 + rng.below(60));
                    let step = (due, next, *rng.pick(texts::EXTENSION_REASONS));
                    due = next;
                    step
                })
                .collect()
        } else {
            Vec::new()
        };
        let due = extensions.last().map_or(first_due, |e| e.1);
        let roll = rng.below(100);
        let state = if due < today {
            match roll {
                0..=54 => "removed",
                55..=64 => "cancelled",
                65..=79 => "reported",
                80..=89 => "in_progress",
                _ => "assigned",
            }
        } else if given < today {
            match roll {
                0..=14 => "removed",
                15..=19 => "cancelled",
                20..=39 => "reported",
                40..=69 => "in_progress",
                _ => "assigned",
            }
        } else {
            "assigned"
        };
        // A report comes before the due date, or (one in five removals) a little after it; never after today.
        let report_on = (state == "removed" || state == "reported").then(|| {
            let late = state == "removed" && due < today && rng.chance(20);
            let on = if late {
                due + Days::new(1 + rng.below(20))
            } else {
                due - Days::new(rng.below(10))
            };
            on.min(today).max(given)
        });
        // A regions council's instructions mostly go to the regions: to the khokimiyat or the government of
        // the session's pairing, or else to any body (regional administrations among them).
        let regional = session
            .pairing
            .and_then(|id| self.pairings.iter().find(|p| p.id == id))
            .map(|p| p.administrations);
        let lead = match regional {
            Some(both) if rng.chance(60) => both[rng.below(2) as usize],
            _ => self.bodies[rng.below(self.bodies.len() as u64) as usize].id,
        };
        let co = self.bodies[rng.below(self.bodies.len() as u64) as usize].id;
        InstructionRow {
            id: rng.id_at(decision.created_at.timestamp_millis() + k as i64),
            number: format!("{}.{k}", decision.number),
            decision_id: decision.id,
            session_id: session.id,
            seq: k as i64,
            text: join3(*rng.pick(texts::INSTRUCTIONS), sector),
            lead_body_id: lead,
            co_executor: (co != lead && rng.chance(40)).then_some(co),
            controller: self.people[rng.below(self.people.len() as u64) as usize].id,
            pairing_id: session.pairing,
            due_on: due,
            first_due,
            extensions,
            state,
            report: report_on.map(|on| {
                (
                    rng.id_at(on.and_time(NaiveTime::MIN).and_utc().timestamp_millis()),
                    on,
                    *rng.pick(texts::REPORTS),
                )
            }),
            removed_on: (state == "removed").then(|| report_on.unwrap_or(given)),
            cancel_reason: if state == "cancelled" {
                "Утратило актуальность"
            } else {
                ""
            },
            given,
        }
    }
}
