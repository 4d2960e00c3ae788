//! The weekly questions of execution control, answered in SQL: the control list with its filters, overdue and
//! due-soon counts, execution rates per body and per pairing, and what is still open before a session.

use chrono::{Days, NaiveDate};
use rusqlite::{Connection, OptionalExtension, params};

use super::Store;
use super::instructions::{INSTRUCTION_COLUMN_COUNT, INSTRUCTION_COLUMNS, instruction_from_row};
use crate::control::{
    ControlSummary, DeadlineNotice, ExecutionRate, InstructionFilter, NOTICE_NAMED, RateBy,
};
use crate::error::{CoreError, CoreResult};
use crate::instruction::{ExecutorRole, Instruction};
use crate::lang::LocalizedText;
use crate::time::{TASHKENT, parse_zone, today_in};

/// Open means neither removed from control nor cancelled.
const OPEN: &str = "i.state NOT IN ('removed', 'cancelled')";

/// Reported on or before the due date, waiting for the secretariat's review: never overdue.
const AWAITING_REVIEW: &str = "(i.state = 'reported' AND EXISTS (
    SELECT 1 FROM execution_reports r
    WHERE r.instruction_id = i.id AND r.deleted_at IS NULL AND r.reported_on <= i.due_on))";

impl Store {
    /// Today's date in the secretariat's time zone (setting `secretariat_time_zone`, Tashkent by default),
    /// the "today" that decides what is overdue.
    pub fn secretariat_today(&self) -> CoreResult<NaiveDate> {
        secretariat_today(&self.conn)
    }

    /// The control list: instructions matching the filter, by due date then number, one page at a time. With
    /// a body filter each row says whether that body leads it or is a co-executor (`body_role`). The
    /// instructions of one session (`filter.session`) are listed by number instead, each part in numeric order
    /// (`2/1.1`, `2/2.2`, `2/2.10`), as the session's decisions gave them.
    pub fn list_instructions(
        &self,
        filter: &InstructionFilter,
        today: NaiveDate,
    ) -> CoreResult<Vec<Instruction>> {
        let states = (!filter.states.is_empty())
            .then(|| {
                serde_json::to_string(&filter.states.iter().map(|s| s.code()).collect::<Vec<_>>())
            })
            .transpose()?;
        let due_until = filter.due_within_days.map(|days| {
            today
                .checked_add_days(Days::new(u64::from(days)))
                .unwrap_or(NaiveDate::MAX)
                .to_string()
        });
        let limit = filter.limit.map_or(-1, i64::from);
        // Only the filters in use go into the statement (each variant is prepared once and cached): a
        // catch-all `?n IS NULL OR …` would hide the due-date range from the planner, and "due within 7
        // days" would then walk every instruction due before today to find the few due this week.
        let mut conditions = vec!["i.deleted_at IS NULL"];
        if filter.open_only || filter.overdue || due_until.is_some() {
            conditions.push(OPEN);
        }
        if filter.body.is_some() {
            conditions.push(
                "(i.lead_body_id = lower(?3) OR EXISTS (SELECT 1 FROM instruction_co_executors c
                   WHERE c.instruction_id = i.id AND c.body_id = lower(?3)))",
            );
        }
        if filter.pairing.is_some() {
            conditions.push("i.pairing_id = lower(?4)");
        }
        if filter.session.is_some() {
            conditions.push("i.session_id = lower(?5)");
        }
        let not_awaiting = format!("NOT {AWAITING_REVIEW}");
        // Overdue and due soon together are either (they never overlap): due until the window's end, and
        // from today on or not awaiting review; written so the due-date range stays an index range.
        let either = format!("(i.due_on >= ?1 OR NOT {AWAITING_REVIEW})");
        match (filter.overdue, due_until.is_some()) {
            (true, true) => {
                conditions.push("i.due_on <= ?7");
                conditions.push(&either);
            }
            (true, false) => {
                conditions.push("i.due_on < ?1");
                conditions.push(&not_awaiting);
            }
            (false, true) => conditions.push("i.due_on BETWEEN ?1 AND ?7"),
            (false, false) => {}
        }
        if states.is_some() {
            conditions.push("i.state IN (SELECT value FROM json_each(?8))");
        }
        let order = if filter.session.is_some() {
            "council_number_key(i.number), i.number"
        } else {
            "i.due_on, i.number"
        };
        // The page is chosen first, so the per-row details are computed for its rows only. `?9` and `?10`
        // are always there, so every lower parameter may be bound whether its filter is in use or not.
        let sql = format!(
            "WITH page AS (
                 SELECT i.id FROM instructions i
                 WHERE {}
                 ORDER BY {order}
                 LIMIT ?9 OFFSET ?10)
             SELECT {INSTRUCTION_COLUMNS}, i.lead_body_id = lower(?3)
             FROM page JOIN instructions i ON i.id = page.id JOIN bodies b ON b.id = i.lead_body_id
             ORDER BY {order}",
            conditions.join("\n                   AND ")
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![
                today.to_string(),
                filter.open_only,
                filter.body,
                filter.pairing,
                filter.session,
                filter.overdue,
                due_until,
                states,
                limit,
                i64::from(filter.offset),
            ],
            |row| {
                // With a body filter, the last column says whether that body leads the row (else it is a
                // co-executor: the filter admits no other); without one it is NULL.
                let leads: Option<bool> = row.get(INSTRUCTION_COLUMN_COUNT)?;
                Ok(Instruction {
                    body_role: leads.map(|leads| {
                        if leads {
                            ExecutorRole::Lead
                        } else {
                            ExecutorRole::CoExecutor
                        }
                    }),
                    ..instruction_from_row(row)?
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Open, overdue, due-within-a-week and awaiting-review counts at `today`; an instruction reported on time
    /// awaits review and is not overdue.
    ///
    /// The open count is the sum of the execution tallies (migration 0007), kept by triggers; what depends on
    /// the date comes from the open instructions due from `today` on, a range of an index. So the cost does
    /// not grow with the years of instructions behind the secretariat.
    pub fn control_summary(&self, today: NaiveDate) -> CoreResult<ControlSummary> {
        let week = today
            .checked_add_days(Days::new(7))
            .unwrap_or(NaiveDate::MAX)
            .to_string();
        let (open, ahead, due_soon) = self.conn.query_row(
            &format!(
                "SELECT (SELECT coalesce(sum(open), 0) FROM execution_tallies WHERE grouping = 'body'),
                        count(*), coalesce(sum(i.due_on <= ?2), 0)
                 FROM instructions i WHERE i.deleted_at IS NULL AND {OPEN} AND i.due_on >= ?1"
            ),
            params![today.to_string(), week],
            |row| Ok((row.get::<_, u32>(0)?, row.get::<_, u32>(1)?, row.get(2)?)),
        )?;
        // Few instructions wait for review at a time; those past due are taken out of the overdue count.
        let (awaiting, awaiting_past_due) = self.conn.query_row(
            &format!(
                "SELECT count(*), coalesce(sum(i.due_on < ?1), 0) FROM instructions i
                 WHERE i.deleted_at IS NULL AND {AWAITING_REVIEW}"
            ),
            params![today.to_string()],
            |row| Ok((row.get::<_, u32>(0)?, row.get::<_, u32>(1)?)),
        )?;
        Ok(ControlSummary {
            today,
            open,
            overdue: open.saturating_sub(ahead).saturating_sub(awaiting_past_due),
            due_within_7_days: due_soon,
            awaiting_review: awaiting,
        })
    }

    /// What is overdue and what falls due within the chosen window at `today` (Settings → Deadline notices), with the
    /// first of them named and the control list's filter that lists exactly those counted.
    pub fn deadline_notice(&self, today: NaiveDate) -> CoreResult<DeadlineNotice> {
        let settings = self.notice_settings()?;
        let filter = InstructionFilter {
            open_only: true,
            overdue: true,
            due_within_days: Some(settings.within_days),
            ..InstructionFilter::default()
        };
        let due_soon = InstructionFilter {
            overdue: false,
            ..filter.clone()
        };
        Ok(DeadlineNotice {
            today,
            settings,
            overdue: self.control_summary(today)?.overdue,
            due_soon: u32::try_from(self.list_instructions(&due_soon, today)?.len())
                .unwrap_or(u32::MAX),
            first: self.list_instructions(
                &InstructionFilter {
                    limit: Some(NOTICE_NAMED),
                    ..filter.clone()
                },
                today,
            )?,
            filter,
        })
    }

    /// Execution discipline per lead body or per pairing at `today` (see [`ExecutionRate`]), worst rate first.
    ///
    /// From the execution tallies (migration 0007): removed on time, late and open per key, kept by triggers.
    /// At `today`, the open instructions not yet due leave the count and those due before today are overdue;
    /// both come from the open instructions due from `today` on, a range of an index.
    pub fn execution_rates(&self, by: RateBy, today: NaiveDate) -> CoreResult<Vec<ExecutionRate>> {
        let (grouping, key, join, label) = match by {
            RateBy::Body => (
                "body",
                "i.lead_body_id",
                "LEFT JOIN bodies g ON g.id = t.key",
                "g.name_ru, g.name_uz, g.name_en",
            ),
            RateBy::Pairing => (
                "pairing",
                "coalesce(i.pairing_id, '')",
                "LEFT JOIN pairings p ON p.id = t.key
                 LEFT JOIN regions u ON u.id = p.uz_region_id LEFT JOIN regions r ON r.id = p.ru_region_id",
                "u.name_ru || ' — ' || r.name_ru, u.name_uz || ' — ' || r.name_uz, u.name_en || ' — ' || r.name_en",
            ),
        };
        // `+` keeps SQLite from grouping along an index of the key, which would read every instruction: the
        // range of due dates from today is the small part.
        let sql = format!(
            "WITH ahead (key, from_today, after_today) AS (
                 SELECT {key}, count(*), coalesce(sum(i.due_on > ?1), 0)
                 FROM instructions i WHERE i.deleted_at IS NULL AND {OPEN} AND i.due_on >= ?1
                 GROUP BY +{key}),
             waiting (key, past_due) AS (
                 SELECT {key}, count(*) FROM instructions i
                 WHERE i.deleted_at IS NULL AND i.due_on < ?1 AND {AWAITING_REVIEW}
                 GROUP BY +{key})
             SELECT nullif(t.key, ''), {label},
                    t.removed + t.open - coalesce(a.after_today, 0), t.on_time, t.late,
                    t.open - coalesce(a.from_today, 0) - coalesce(w.past_due, 0)
             FROM execution_tallies t LEFT JOIN ahead a ON a.key = t.key
                  LEFT JOIN waiting w ON w.key = t.key {join}
             WHERE t.grouping = '{grouping}' AND t.removed + t.open > 0
             ORDER BY t.key = ''"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![today.to_string()], |row| {
            let counted: u32 = row.get(4)?;
            let on_time: u32 = row.get(5)?;
            Ok(ExecutionRate {
                id: row.get(0)?,
                label: LocalizedText {
                    ru: row.get::<_, Option<String>>(1)?.unwrap_or_default(),
                    uz: row.get::<_, Option<String>>(2)?.unwrap_or_default(),
                    en: row.get::<_, Option<String>>(3)?.unwrap_or_default(),
                },
                counted,
                on_time,
                late: row.get(6)?,
                overdue: row.get(7)?,
                rate: (counted > 0).then(|| f64::from(on_time) / f64::from(counted)),
            })
        })?;
        let mut rates: Vec<ExecutionRate> = rows.collect::<Result<_, _>>()?;
        rates.sort_by(|a, b| {
            let key = |r: &ExecutionRate| r.rate.unwrap_or(f64::INFINITY);
            key(a)
                .total_cmp(&key(b))
                .then_with(|| a.label.ru.cmp(&b.label.ru))
        });
        Ok(rates)
    }

    /// Where the execution tallies disagree with a recount of the instructions, one line per key (none when
    /// they agree): part of the full database check. The triggers keep them; this is the proof.
    pub(super) fn tally_discrepancies(&self) -> CoreResult<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "WITH recount (grouping, key, removed, on_time, late, open) AS (
                 SELECT 'body', lead_body_id, sum(state = 'removed'),
                        coalesce(sum(state = 'removed' AND removed_on <= due_on), 0),
                        coalesce(sum(state = 'removed' AND removed_on > due_on), 0), sum(state <> 'removed')
                 FROM instructions WHERE deleted_at IS NULL AND state <> 'cancelled' GROUP BY lead_body_id
                 UNION ALL
                 SELECT 'pairing', coalesce(pairing_id, ''), sum(state = 'removed'),
                        coalesce(sum(state = 'removed' AND removed_on <= due_on), 0),
                        coalesce(sum(state = 'removed' AND removed_on > due_on), 0), sum(state <> 'removed')
                 FROM instructions WHERE deleted_at IS NULL AND state <> 'cancelled'
                 GROUP BY coalesce(pairing_id, '')),
             kept AS (SELECT * FROM execution_tallies WHERE removed + open + on_time + late <> 0)
             SELECT k.grouping, k.key FROM kept k
             WHERE NOT EXISTS (SELECT 1 FROM recount r WHERE r.grouping = k.grouping AND r.key = k.key
                               AND r.removed = k.removed AND r.on_time = k.on_time AND r.late = k.late
                               AND r.open = k.open)
             UNION
             SELECT r.grouping, r.key FROM recount r
             WHERE NOT EXISTS (SELECT 1 FROM kept k WHERE k.grouping = r.grouping AND k.key = r.key)
             ORDER BY 1, 2",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(format!(
                "execution tallies: {} {:?} disagree with the instructions",
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Instructions still open from sessions held before this one: the "status of previous instructions"
    /// item of its agenda.
    pub fn open_before_session(
        &self,
        session_id: &str,
        today: NaiveDate,
    ) -> CoreResult<Vec<Instruction>> {
        let starts_at: Option<String> = self
            .conn
            .query_row(
                "SELECT starts_at FROM sessions WHERE id = lower(?1)",
                params![session_id.trim()],
                |row| row.get(0),
            )
            .optional()?;
        let starts_at =
            starts_at.ok_or_else(|| CoreError::not_found(session_id.trim()).on("session"))?;
        let sql = format!(
            "SELECT {INSTRUCTION_COLUMNS}
             FROM instructions i JOIN bodies b ON b.id = i.lead_body_id JOIN sessions s ON s.id = i.session_id
             WHERE i.deleted_at IS NULL AND {OPEN} AND s.starts_at < ?2
             ORDER BY s.starts_at, i.number"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![today.to_string(), starts_at], instruction_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Today's date in the secretariat's time zone (setting `secretariat_time_zone`, Tashkent by default).
pub(super) fn secretariat_today(conn: &Connection) -> CoreResult<NaiveDate> {
    let zone: Option<String> = conn
        .query_row(
            "SELECT value FROM settings WHERE key = 'secretariat_time_zone'",
            [],
            |row| row.get(0),
        )
        .optional()?;
    let zone = match zone {
        Some(name) => parse_zone(&name, "secretariat_time_zone")?,
        None => TASHKENT,
    };
    Ok(today_in(zone))
}
