//! The rows a demonstration load writes, planned in memory before one transaction writes them.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};
use uuid::Uuid;

use super::texts::{self, Text3};
use super::{Rng, Scale, join3, text3};

/// A planned body.
#[derive(Debug, Clone)]
pub struct BodyRow {
    pub id: Uuid,
    pub country: &'static str,
    pub kind: &'static str,
    pub name: [String; 3],
    /// The region a regional administration governs (region id).
    pub region: Option<String>,
}

/// A planned person.
#[derive(Debug, Clone)]
pub struct PersonRow {
    pub id: Uuid,
    pub name: [String; 3],
    pub position: [String; 3],
    pub country: &'static str,
    pub body_id: Uuid,
}

/// A planned pairing of two regions (by region id).
#[derive(Debug, Clone)]
pub struct PairingRow {
    pub id: Uuid,
    pub uz_region: String,
    pub ru_region: String,
    pub since: NaiveDate,
    pub sectors: Vec<String>,
    /// The khokimiyat of the Uzbek region and the government of the Russian one (body ids).
    pub administrations: [Uuid; 2],
}

/// A planned session.
#[derive(Debug, Clone)]
pub struct SessionRow {
    pub id: Uuid,
    pub kind: &'static str,
    pub ordinal: Option<i64>,
    pub title: [String; 3],
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: &'static str,
    pub city: [String; 3],
    pub place: [String; 3],
    pub status: &'static str,
    /// The agenda is approved (version 1, locked).
    pub approved: bool,
    pub co_chairs: [Uuid; 2],
    pub pairing: Option<Uuid>,
    pub sector: String,
}

/// A planned agenda item.
#[derive(Debug, Clone)]
pub struct AgendaRow {
    pub id: Uuid,
    pub session_id: Uuid,
    pub parent_id: Option<Uuid>,
    pub position: i64,
    pub kind: &'static str,
    pub title: [String; 3],
    pub duration_min: u32,
    pub sector: Option<String>,
    pub presenter_body: Option<Uuid>,
}

/// A planned decision.
#[derive(Debug, Clone)]
pub struct DecisionRow {
    pub id: Uuid,
    pub session_id: Uuid,
    pub seq: i64,
    pub number: String,
    pub agenda_item_id: Option<Uuid>,
    pub text: [String; 3],
    pub adopted_on: NaiveDate,
    pub created_at: DateTime<Utc>,
}

/// A planned instruction with its extensions, report and final state.
#[derive(Debug, Clone)]
pub struct InstructionRow {
    pub id: Uuid,
    pub number: String,
    pub decision_id: Uuid,
    pub session_id: Uuid,
    pub seq: i64,
    pub text: [String; 3],
    pub lead_body_id: Uuid,
    pub co_executor: Option<Uuid>,
    pub controller: Uuid,
    pub pairing_id: Option<Uuid>,
    pub due_on: NaiveDate,
    pub first_due: NaiveDate,
    /// (old due, new due, reason), in order.
    pub extensions: Vec<(NaiveDate, NaiveDate, &'static str)>,
    pub state: &'static str,
    /// (id, date, text) of the execution report.
    pub report: Option<(Uuid, NaiveDate, &'static str)>,
    pub removed_on: Option<NaiveDate>,
    pub cancel_reason: &'static str,
    pub given: NaiveDate,
}

/// A planned agreement.
#[derive(Debug, Clone)]
pub struct AgreementRow {
    pub id: Uuid,
    pub title: [String; 3],
    pub number: String,
    pub signed_on: NaiveDate,
    pub pairing_id: Uuid,
    pub status: &'static str,
    pub value: Option<(i64, &'static str)>,
}

/// A planned joint project.
#[derive(Debug, Clone)]
pub struct ProjectRow {
    pub id: Uuid,
    pub title: [String; 3],
    pub sector: String,
    pub pairing_id: Uuid,
    pub value_minor: i64,
    pub currency: &'static str,
    pub status: &'static str,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub lead_body: Uuid,
}

/// A region's id with its names in ru, uz and en.
pub type RegionNames = (String, [String; 3]);

/// Everything a demonstration load writes.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub bodies: Vec<BodyRow>,
    pub people: Vec<PersonRow>,
    pub pairings: Vec<PairingRow>,
    pub sessions: Vec<SessionRow>,
    pub agenda: Vec<AgendaRow>,
    pub decisions: Vec<DecisionRow>,
    pub instructions: Vec<InstructionRow>,
    pub agreements: Vec<AgreementRow>,
    pub projects: Vec<ProjectRow>,
    /// (currency, date, micro-units per US dollar).
    pub rates: Vec<(&'static str, NaiveDate, i64)>,
    /// The last council session ordinal given.
    pub council_sessions: i64,
    pub indicator_values: Vec<IndicatorValueRow>,
}

/// A planned value of a shipped indicator (named by its code).
#[derive(Debug, Clone)]
pub struct IndicatorValueRow {
    pub id: Uuid,
    pub indicator: &'static str,
    pub year: i32,
    pub quarter: Option<u8>,
    pub value_milli: i64,
    pub source: &'static str,
    pub as_of: NaiveDate,
}

/// Where the demonstration's figures come from.
const STATISTICS: &str = "Oʻzbekiston Respublikasi Prezidenti huzuridagi Statistika agentligi";
const INVESTMENT: &str = "Министерство инвестиций, промышленности и торговли Республики Узбекистан";
const SECRETARIAT: &str = "Секретариат Совета регионов";

impl Plan {
    pub(super) fn add_reference_rows(
        &mut self,
        rng: &mut Rng,
        start: NaiveDate,
        sectors: &[(String, [String; 3])],
        (pairs, region_names): (&[(String, String)], &[RegionNames]),
        scale: Scale,
        millis: i64,
    ) {
        for (country, list) in [("UZ", texts::UZ_BODIES), ("RU", texts::RU_BODIES)] {
            for (kind, name) in list {
                let kind = match *kind {
                    "agency" => "agency",
                    "company" => "company",
                    _ => "ministry",
                };
                self.bodies.push(BodyRow {
                    id: rng.id_at(millis),
                    country,
                    kind,
                    name: text3(*name),
                    region: None,
                });
            }
        }
        for (i, name) in texts::PEOPLE.iter().enumerate() {
            let country = if i % 2 == 0 { "UZ" } else { "RU" };
            let body = self
                .bodies
                .iter()
                .filter(|b| b.country == country)
                .nth(i / 2)
                .map_or(Uuid::nil(), |b| b.id);
            self.people.push(PersonRow {
                id: rng.id_at(millis),
                name: text3(*name),
                position: text3(texts::POSITIONS[i % texts::POSITIONS.len()]),
                country,
                body_id: body,
            });
        }
        let count = match scale {
            Scale::Small => texts::PAIRINGS.len(),
            Scale::TenYears => 40,
        };
        for (uz, ru) in pairs.iter().take(count) {
            let mut chosen: Vec<String> = (0..3).map(|_| rng.pick(sectors).0.clone()).collect();
            chosen.sort();
            chosen.dedup();
            let administrations = [
                self.add_administration(rng, millis, "UZ", uz, region_names),
                self.add_administration(rng, millis, "RU", ru, region_names),
            ];
            self.pairings.push(PairingRow {
                id: rng.id_at(millis),
                uz_region: uz.clone(),
                ru_region: ru.clone(),
                since: start - Days::new(365 + rng.below(2_000)),
                sectors: chosen,
                administrations,
            });
        }
    }

    /// Adds the regional administration of `region` (a region id): the khokimiyat of an Uzbek region, the
    /// government of a Russian one, tied to its region. A region already given one keeps it.
    fn add_administration(
        &mut self,
        rng: &mut Rng,
        millis: i64,
        country: &'static str,
        region: &str,
        region_names: &[RegionNames],
    ) -> Uuid {
        if let Some(body) = self
            .bodies
            .iter()
            .find(|b| b.region.as_deref() == Some(region))
        {
            return body.id;
        }
        let [ru, uz, en] = region_names
            .iter()
            .find(|(id, _)| id == region)
            .map(|(_, names)| names.clone())
            .unwrap_or_default();
        let name = if country == "UZ" {
            [
                format!("Хокимият ({ru})"),
                format!("{uz} hokimligi"),
                format!("Khokimiyat of {en}"),
            ]
        } else {
            [
                format!("Правительство ({ru})"),
                format!("{uz} hukumati"),
                format!("Government of {en}"),
            ]
        };
        let id = rng.id_at(millis);
        self.bodies.push(BodyRow {
            id,
            country,
            kind: "regional_administration",
            name,
            region: Some(region.to_owned()),
        });
        id
    }

    /// Plans the agenda of one session: standing items around reports and discussions, a few with sub-items.
    pub(super) fn add_agenda(
        &mut self,
        rng: &mut Rng,
        session: Uuid,
        starts: DateTime<Utc>,
        count: usize,
        sectors: &[(String, [String; 3])],
    ) -> Vec<AgendaRow> {
        let millis = starts.timestamp_millis();
        let mut items = Vec::with_capacity(count);
        let mut top = 0i64;
        let mut push = |items: &mut Vec<AgendaRow>,
                        rng: &mut Rng,
                        kind,
                        title,
                        minutes,
                        parent: Option<(Uuid, i64)>,
                        sector: Option<String>,
                        body| {
            let (parent_id, position) = if let Some((id, position)) = parent {
                (Some(id), position)
            } else {
                top += 1;
                (None, top - 1)
            };
            let id = rng.id_at(millis);
            items.push(AgendaRow {
                id,
                session_id: session,
                parent_id,
                position,
                kind,
                title,
                duration_min: minutes,
                sector,
                presenter_body: body,
            });
            id
        };
        push(
            &mut items,
            rng,
            "opening",
            text3(texts::OPENING),
            10,
            None,
            None,
            None,
        );
        push(
            &mut items,
            rng,
            "instructions_review",
            text3(texts::REVIEW),
            15,
            None,
            None,
            None,
        );
        let middle = count.saturating_sub(5);
        let mut made = 0;
        while made < middle {
            let sector = rng.pick(sectors);
            let body = self.bodies[rng.below(self.bodies.len() as u64) as usize].id;
            let with_subs = middle - made >= 3 && rng.chance(30);
            let (kind, prefix) = if rng.chance(60) {
                ("report", texts::REPORT)
            } else {
                ("discussion", texts::DISCUSSION)
            };
            let minutes = 15 + 5 * rng.below(4) as u32;
            let parent = push(
                &mut items,
                rng,
                kind,
                join3(prefix, &sector.1),
                minutes,
                None,
                Some(sector.0.clone()),
                Some(body),
            );
            made += 1;
            if with_subs {
                for position in 0..2 {
                    let sub = rng.pick(sectors);
                    push(
                        &mut items,
                        rng,
                        "report",
                        join3(texts::REPORT, &sub.1),
                        10,
                        Some((parent, position)),
                        Some(sub.0.clone()),
                        Some(body),
                    );
                    made += 1;
                }
            }
        }
        let fixed: [(&'static str, Text3, u32); 3] = [
            ("break", texts::BREAK, 20),
            ("signing", texts::SIGNING, 20),
            ("closing", texts::CLOSING, 10),
        ];
        for (kind, title, minutes) in fixed {
            push(
                &mut items,
                rng,
                kind,
                text3(title),
                minutes,
                None,
                None,
                None,
            );
        }
        items
    }

    pub(super) fn add_portfolio(
        &mut self,
        rng: &mut Rng,
        start: NaiveDate,
        end: NaiveDate,
        agreements: usize,
        projects: usize,
        sectors: &[(String, [String; 3])],
    ) {
        let span = (end - start).num_days().max(1) as u64;
        for year in start.year()..=end.year() {
            for month in 1..=12 {
                let Some(on) = NaiveDate::from_ymd_opt(year, month, 1) else {
                    continue;
                };
                let drift = i64::from(year - start.year()) * 12 + i64::from(month);
                self.rates.push(("RUB", on, 90_000_000 + drift * 150_000));
                self.rates
                    .push(("UZS", on, 12_000_000_000 + drift * 25_000_000));
            }
        }
        if self.pairings.is_empty() {
            return;
        }
        for n in 0..agreements {
            let pairing = self.pairings[n % self.pairings.len()].id;
            let signed_on = start + Days::new(rng.below(span));
            let status = ["signed", "in_force", "in_force", "expired"][rng.below(4) as usize];
            let value = rng.chance(50).then(|| {
                (
                    i64::try_from(rng.below(50_000)).unwrap_or(0) * 100_000_000,
                    "RUB",
                )
            });
            self.agreements.push(AgreementRow {
                id: rng.id_at(0),
                title: text3(texts::AGREEMENT),
                number: format!("{}-{:03}", signed_on.year(), n + 1),
                signed_on,
                pairing_id: pairing,
                status,
                value,
            });
        }
        for n in 0..projects {
            let pairing = self.pairings[n % self.pairings.len()].id;
            let sector = rng.pick(sectors);
            let starts_on = start + Days::new(rng.below(span));
            let currency = ["USD", "RUB", "UZS"][rng.below(3) as usize];
            let whole = i64::try_from(rng.below(90) + 10).unwrap_or(10)
                * match currency {
                    "USD" => 1_000_000,
                    "RUB" => 90_000_000,
                    _ => 12_500_000_000,
                };
            self.projects.push(ProjectRow {
                id: rng.id_at(0),
                title: join3(texts::PROJECT, &sector.1),
                sector: sector.0.clone(),
                pairing_id: pairing,
                value_minor: whole * 100,
                currency,
                status: [
                    "proposed",
                    "agreed",
                    "under_way",
                    "under_way",
                    "completed",
                    "frozen",
                ][rng.below(6) as usize],
                starts_on,
                ends_on: starts_on + Days::new(365 + rng.below(1_000)),
                lead_body: self.bodies[rng.below(self.bodies.len() as u64) as usize].id,
            });
        }
    }
}

impl Plan {
    /// Believable series for the summit's indicators: four whole years before `today`'s and the quarters of
    /// its year that are over. Trade grows about 12 % a year, the joint ventures and the portfolio steadily,
    /// and the agreements peak in the year of the state visit (2024, or the nearest year shown).
    pub(super) fn add_indicator_values(&mut self, rng: &mut Rng, today: NaiveDate) {
        let first = today.year() - 4;
        let quarters_over = (today.month0() / 3) as u8;
        let visit = 2024.clamp(first, today.year() - 1);
        let mut turnover: i64 = 9_800_000;
        for year in first..today.year() {
            let n = i64::from(year - first);
            let published = NaiveDate::from_ymd_opt(year + 1, 2, 15)
                .unwrap_or(today)
                .min(today);
            let agreements = if year == visit {
                21_300_000
            } else {
                4_200_000 + n * 900_000
            };
            for (indicator, value_milli, source) in [
                ("trade_turnover", turnover, STATISTICS),
                (
                    "joint_ventures",
                    2_820_000 + n * 160_000 + (n % 2) * 35_000,
                    INVESTMENT,
                ),
                ("project_portfolio", 37_500_000 + n * 2_600_000, INVESTMENT),
                ("agreements_signed", agreements, SECRETARIAT),
            ] {
                self.push_indicator_value(
                    rng,
                    indicator,
                    (year, None),
                    value_milli,
                    source,
                    published,
                );
            }
            // About 12 % more a year, in whole millions as the statistics publish it.
            turnover = turnover * 112 / 100 / 1000 * 1000;
        }
        let n = i64::from(today.year() - first);
        for quarter in 1..=quarters_over {
            let q = i64::from(quarter);
            let published = NaiveDate::from_ymd_opt(today.year(), u32::from(quarter) * 3, 28)
                .map_or(today, |end| (end + Days::new(30)).min(today));
            for (indicator, value_milli, source) in [
                (
                    "trade_turnover",
                    turnover / 4000 * 1000 + q * 60_000,
                    STATISTICS,
                ),
                (
                    "joint_ventures",
                    2_820_000 + n * 160_000 + q * 30_000,
                    INVESTMENT,
                ),
                ("agreements_signed", 1_100_000 + q * 250_000, SECRETARIAT),
            ] {
                let period = (today.year(), Some(quarter));
                self.push_indicator_value(rng, indicator, period, value_milli, source, published);
            }
        }
    }

    fn push_indicator_value(
        &mut self,
        rng: &mut Rng,
        indicator: &'static str,
        (year, quarter): (i32, Option<u8>),
        value_milli: i64,
        source: &'static str,
        as_of: NaiveDate,
    ) {
        let millis = as_of
            .and_hms_opt(9, 0, 0)
            .unwrap_or_default()
            .and_utc()
            .timestamp_millis();
        self.indicator_values.push(IndicatorValueRow {
            id: rng.id_at(millis),
            indicator,
            year,
            quarter,
            value_milli,
            source,
            as_of,
        });
    }
}
