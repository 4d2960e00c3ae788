//! Writes a demonstration plan in one transaction, straight through prepared statements (a ten-year load is
//! a few hundred thousand rows), and records the load as one audit entry.

use rusqlite::{Transaction, params};
use uuid::Uuid;

use super::audit::{self, AuditAction};
use super::{Store, agenda, sessions};
use crate::demo::plan::Plan;
use crate::demo::{DemoCounts, DemoOptions, pairing_codes, plan};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::officer::{Actor, Role};
use crate::region::{Country, RegionFilter};
use crate::time::{instant_text, now_text};

fn id(uuid: Uuid) -> String {
    uuid.to_string()
}

fn opt(uuid: Option<Uuid>) -> Option<String> {
    uuid.map(id)
}

impl Store {
    /// Fills an empty database with demonstration data (see [`crate::demo`]).
    pub fn load_demo(&mut self, options: &DemoOptions) -> CoreResult<DemoCounts> {
        if !self.register_is_empty()? {
            return Err(CoreError::new(ErrorCode::DatabaseNotEmpty, ""));
        }
        let sectors: Vec<(String, [String; 3])> = self
            .list_sectors()?
            .into_iter()
            .map(|s| (s.code, [s.name.ru, s.name.uz, s.name.en]))
            .collect();
        let codes = |country| -> CoreResult<Vec<String>> {
            Ok(self
                .list_regions(&RegionFilter {
                    country: Some(country),
                    text: None,
                })?
                .into_iter()
                .filter_map(|r| r.iso_code)
                .collect())
        };
        let (uz, ru) = (codes(Country::Uz)?, codes(Country::Ru)?);
        let mut pairs = Vec::new();
        for (u, r) in pairing_codes(options.scale, &uz, &ru) {
            pairs.push((
                self.region(&u)?.id.to_string(),
                self.region(&r)?.id.to_string(),
            ));
        }
        let region_names: Vec<(String, [String; 3])> = self
            .list_regions(&RegionFilter::default())?
            .into_iter()
            .map(|r| (r.id.to_string(), [r.name.ru, r.name.uz, r.name.en]))
            .collect();
        let plan = plan(options, &sectors, &pairs, &region_names);
        let counts = DemoCounts {
            bodies: plan.bodies.len() as u32,
            people: plan.people.len() as u32,
            pairings: plan.pairings.len() as u32,
            sessions: plan.sessions.len() as u32,
            agenda_items: plan.agenda.len() as u32,
            decisions: plan.decisions.len() as u32,
            instructions: plan.instructions.len() as u32,
            agreements: plan.agreements.len() as u32,
            projects: plan.projects.len() as u32,
        };
        // Record ids are random, so every index (the search entries' above all) grows at random places: with
        // SQLite's default 2 MB page cache a ten-year load spills and re-reads the same pages again and again.
        // The load gets a 256 MB cache; the connection's own setting comes back after it.
        let cache: i64 = self
            .conn
            .pragma_query_value(None, "cache_size", |row| row.get(0))?;
        self.conn.pragma_update(None, "cache_size", -262_144)?;
        let written = self.write_demo(&plan, options, &counts);
        self.conn.pragma_update(None, "cache_size", cache)?;
        written?;
        Ok(counts)
    }

    fn write_demo(
        &mut self,
        plan: &Plan,
        options: &DemoOptions,
        counts: &DemoCounts,
    ) -> CoreResult<()> {
        self.write(Role::Officer, |tx, actor| {
            write_registry(tx, plan)?;
            write_sessions(tx, plan)?;
            write_instructions(tx, plan, actor)?;
            write_portfolio(tx, plan)?;
            write_indicator_values(tx, plan)?;
            let seed = options.seed.to_string();
            audit::record(
                tx,
                actor,
                AuditAction::Create,
                "demo",
                &seed,
                None,
                Some(counts),
            )?;
            Ok(())
        })
    }
}

fn write_registry(tx: &Transaction, plan: &Plan) -> CoreResult<()> {
    let now = now_text();
    let mut body = tx.prepare(
        "INSERT INTO bodies (id, country, kind, name_ru, name_uz, name_en, region_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?8, ?7, ?7)",
    )?;
    for b in &plan.bodies {
        body.execute(params![
            id(b.id),
            b.country,
            b.kind,
            b.name[0],
            b.name[1],
            b.name[2],
            now,
            b.region
        ])?;
    }
    let mut person = tx.prepare(
        "INSERT INTO people (id, full_name_ru, full_name_uz, full_name_en, position_ru, position_uz, position_en,
                             body_id, country, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
    )?;
    for p in &plan.people {
        person.execute(params![
            id(p.id),
            p.name[0],
            p.name[1],
            p.name[2],
            p.position[0],
            p.position[1],
            p.position[2],
            id(p.body_id),
            p.country,
            now
        ])?;
    }
    let mut pairing = tx.prepare(
        "INSERT INTO pairings (id, uz_region_id, ru_region_id, status, since, basis_title_ru, basis_title_uz,
                               basis_title_en, basis_number, basis_date, created_at, updated_at)
         VALUES (?1, ?2, ?3, 'active', ?4, ?5, ?6, ?7, ?8, ?4, ?9, ?9)",
    )?;
    let mut sector =
        tx.prepare("INSERT INTO pairing_sectors (pairing_id, sector_code) VALUES (?1, ?2)")?;
    for (n, p) in plan.pairings.iter().enumerate() {
        let since = p.since.to_string();
        pairing.execute(params![
            id(p.id),
            p.uz_region,
            p.ru_region,
            since,
            "Соглашение об установлении побратимских связей",
            "Birodarlik aloqalarini oʻrnatish toʻgʻrisidagi kelishuv",
            "Agreement on establishing twinning relations",
            format!("{}", n + 1),
            now
        ])?;
        for code in &p.sectors {
            sector.execute(params![id(p.id), code])?;
        }
    }
    Ok(())
}

fn write_sessions(tx: &Transaction, plan: &Plan) -> CoreResult<()> {
    let now = now_text();
    let mut session = tx.prepare(
        "INSERT INTO sessions (id, kind, ordinal, title_ru, title_uz, title_en, starts_at, ends_at, time_zone,
                               venue_city_ru, venue_city_uz, venue_city_en, venue_place_ru, venue_place_uz,
                               venue_place_en, status, status_reason, agenda_approved_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?19)",
    )?;
    let mut event = tx.prepare(
        "INSERT INTO session_events (session_id, seq, at, from_status, to_status, new_starts_at, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut chair = tx.prepare(
        "INSERT INTO session_people (session_id, person_id, role) VALUES (?1, ?2, 'co_chair')",
    )?;
    let mut linked =
        tx.prepare("INSERT INTO session_pairings (session_id, pairing_id) VALUES (?1, ?2)")?;
    let mut sector =
        tx.prepare("INSERT INTO session_sectors (session_id, sector_code) VALUES (?1, ?2)")?;
    for s in &plan.sessions {
        let starts = instant_text(s.starts_at);
        let reason = match s.status {
            "cancelled" => "Перенесено по согласованию сторон",
            "postponed" => "Ожидается подтверждение даты",
            _ => "",
        };
        let approved = s.approved.then(|| starts.clone());
        session.execute(params![
            id(s.id),
            s.kind,
            s.ordinal,
            s.title[0],
            s.title[1],
            s.title[2],
            starts,
            instant_text(s.ends_at),
            s.time_zone,
            s.city[0],
            s.city[1],
            s.city[2],
            s.place[0],
            s.place[1],
            s.place[2],
            s.status,
            reason,
            approved,
            now
        ])?;
        // The way each status is reached, step by allowed step, so the history reads as the app writes it.
        let path: &[&str] = match s.status {
            "scheduled" => &["scheduled"],
            "confirmed" => &["scheduled", "confirmed"],
            "held" => &["scheduled", "confirmed", "held"],
            "minutes_approved" => &["scheduled", "confirmed", "held", "minutes_approved"],
            "postponed" => &["scheduled", "postponed"],
            "cancelled" => &["scheduled", "cancelled"],
            _ => &[],
        };
        event.execute(params![
            id(s.id),
            1,
            now,
            None::<String>,
            "draft",
            starts,
            ""
        ])?;
        let mut from = "draft";
        for (seq, to) in path.iter().enumerate() {
            let why = if *to == s.status { reason } else { "" };
            event.execute(params![
                id(s.id),
                seq as i64 + 2,
                now,
                from,
                to,
                None::<String>,
                why
            ])?;
            from = to;
        }
        for person in s.co_chairs {
            chair.execute(params![id(s.id), id(person)])?;
        }
        if let Some(pairing) = s.pairing {
            linked.execute(params![id(s.id), id(pairing)])?;
        }
        sector.execute(params![id(s.id), s.sector])?;
    }
    tx.execute(
        "INSERT INTO counters (name, value) VALUES ('council_session', ?1)
         ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)",
        params![plan.council_sessions],
    )?;
    let mut item = tx.prepare(
        "INSERT INTO agenda_items (id, session_id, parent_id, position, kind, title_ru, title_uz, title_en,
                                   duration_min, sector_code, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
    )?;
    let mut presenter = tx.prepare(
        "INSERT INTO agenda_item_presenters (item_id, position, body_id) VALUES (?1, 0, ?2)",
    )?;
    for a in &plan.agenda {
        item.execute(params![
            id(a.id),
            id(a.session_id),
            opt(a.parent_id),
            a.position,
            a.kind,
            a.title[0],
            a.title[1],
            a.title[2],
            a.duration_min,
            a.sector,
            now
        ])?;
        if let Some(body) = a.presenter_body {
            presenter.execute(params![id(a.id), id(body)])?;
        }
    }
    // An approved agenda is also frozen as version 1, as approving it in the app would have done.
    let mut version = tx.prepare(
        "INSERT INTO agenda_versions (session_id, version, approved_at, snapshot) VALUES (?1, 1, ?2, ?3)",
    )?;
    for s in plan.sessions.iter().filter(|s| s.approved) {
        let session = sessions::require(tx, &id(s.id), "session_id")?;
        let snapshot = agenda::live_agenda(tx, &session)?;
        version.execute(params![
            id(s.id),
            instant_text(s.starts_at),
            serde_json::to_string(&snapshot)?
        ])?;
    }
    let mut decision = tx.prepare(
        "INSERT INTO decisions (id, session_id, seq, number, agenda_item_id, text_ru, text_uz, text_en, adopted_on,
                                status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'in_force', ?10, ?10)",
    )?;
    for d in &plan.decisions {
        decision.execute(params![
            id(d.id),
            id(d.session_id),
            d.seq,
            d.number,
            opt(d.agenda_item_id),
            d.text[0],
            d.text[1],
            d.text[2],
            d.adopted_on.to_string(),
            instant_text(d.created_at)
        ])?;
    }
    Ok(())
}

fn write_instructions(tx: &Transaction, plan: &Plan, actor: &Actor) -> CoreResult<()> {
    let now = now_text();
    let mut instruction = tx.prepare(
        "INSERT INTO instructions (id, number, decision_id, session_id, seq, text_ru, text_uz, text_en, lead_body_id,
                                   controller_person_id, pairing_id, due_on, state, state_reason, removed_on,
                                   created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
    )?;
    let mut co = tx.prepare(
        "INSERT INTO instruction_co_executors (instruction_id, body_id) VALUES (?1, ?2)",
    )?;
    let mut extension = tx.prepare(
        "INSERT INTO instruction_extensions (instruction_id, seq, at, os_user, old_due_on, new_due_on, reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut event = tx.prepare(
        "INSERT INTO instruction_events (instruction_id, seq, at, os_user, from_state, to_state, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut report = tx.prepare(
        "INSERT INTO execution_reports (id, instruction_id, reported_on, text, author, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for i in &plan.instructions {
        let key = id(i.id);
        let given = format!("{}T09:00:00.000Z", i.given);
        instruction.execute(params![
            key,
            i.number,
            id(i.decision_id),
            id(i.session_id),
            i.seq,
            i.text[0],
            i.text[1],
            i.text[2],
            id(i.lead_body_id),
            id(i.controller),
            opt(i.pairing_id),
            i.due_on.to_string(),
            i.state,
            i.cancel_reason,
            i.removed_on.map(|d| d.to_string()),
            given
        ])?;
        if let Some(body) = i.co_executor {
            co.execute(params![key, id(body)])?;
        }
        for (seq, (old, new, reason)) in i.extensions.iter().enumerate() {
            extension.execute(params![
                key,
                seq as i64 + 1,
                now,
                actor.os_user,
                old.to_string(),
                new.to_string(),
                reason
            ])?;
        }
        let mut seq = 1;
        event.execute(params![
            key,
            seq,
            given,
            actor.os_user,
            None::<String>,
            "assigned",
            ""
        ])?;
        let mut state = "assigned";
        if let Some((report_id, on, text)) = i.report {
            report.execute(params![
                id(report_id),
                key,
                on.to_string(),
                text,
                "Исполнитель",
                now
            ])?;
            seq += 1;
            event.execute(params![key, seq, now, actor.os_user, state, "reported", ""])?;
            state = "reported";
        }
        if i.state != state {
            seq += 1;
            event.execute(params![
                key,
                seq,
                now,
                actor.os_user,
                state,
                i.state,
                i.cancel_reason
            ])?;
        }
    }
    Ok(())
}

fn write_portfolio(tx: &Transaction, plan: &Plan) -> CoreResult<()> {
    let now = now_text();
    let mut rate = tx.prepare(
        "INSERT INTO exchange_rates (currency, on_date, micros_per_usd, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (currency, on, micros) in &plan.rates {
        rate.execute(params![currency, on.to_string(), micros, now])?;
    }
    let mut agreement = tx.prepare(
        "INSERT INTO agreements (id, title_ru, title_uz, title_en, number, signed_on, pairing_id, status, value_minor,
                                 currency, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
    )?;
    for a in &plan.agreements {
        agreement.execute(params![
            id(a.id),
            a.title[0],
            a.title[1],
            a.title[2],
            a.number,
            a.signed_on.to_string(),
            id(a.pairing_id),
            a.status,
            a.value.map(|v| v.0),
            a.value.map(|v| v.1),
            now
        ])?;
    }
    let mut project = tx.prepare(
        "INSERT INTO projects (id, title_ru, title_uz, title_en, sector_code, pairing_id, value_minor, currency,
                               status, starts_on, ends_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
    )?;
    let mut lead =
        tx.prepare("INSERT INTO project_bodies (project_id, body_id) VALUES (?1, ?2)")?;
    for p in &plan.projects {
        project.execute(params![
            id(p.id),
            p.title[0],
            p.title[1],
            p.title[2],
            p.sector,
            id(p.pairing_id),
            p.value_minor,
            p.currency,
            p.status,
            p.starts_on.to_string(),
            p.ends_on.to_string(),
            now
        ])?;
        lead.execute(params![id(p.id), id(p.lead_body)])?;
    }
    Ok(())
}

fn write_indicator_values(tx: &Transaction, plan: &Plan) -> CoreResult<()> {
    let now = now_text();
    let mut value = tx.prepare(
        "INSERT INTO indicator_values (id, indicator_id, year, quarter, value_milli, source, as_of, created_at,
                                       updated_at)
         SELECT ?1, id, ?2, ?3, ?4, ?5, ?6, ?7, ?7 FROM indicators WHERE code = ?8",
    )?;
    for v in &plan.indicator_values {
        value.execute(params![
            id(v.id),
            v.year,
            v.quarter,
            v.value_milli,
            v.source,
            v.as_of.to_string(),
            now,
            v.indicator
        ])?;
    }
    Ok(())
}
