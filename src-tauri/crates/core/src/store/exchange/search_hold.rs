//! The search index while a package is received: the triggers that index the searched tables row by row are
//! held (dropped inside the receiving transaction, so a refusal or a crash brings them back untouched), the
//! records the package's changes touch are noted, and their entries are written once, before the triggers
//! come back: the index ends with exactly the entries the triggers would have left, in the order the changes
//! last wrote their records (the search prefers the newest entries when a word matches more than it reads).
//!
//! Why: FTS5 writes what it holds to disk at every statement's savepoint, and every row SQLite applies from
//! a changeset is a statement of its own; with the triggers, each received row wrote a tiny index segment and
//! the index kept merging them. Written by one statement, the index takes its rows in large segments.

use std::collections::HashMap;

use rusqlite::hooks::Action;
use rusqlite::{Connection, params};

use super::rows::ChangedRow;
use super::tables;
use crate::error::CoreResult;

/// The search index's triggers on the searched tables, held while a package applies.
#[derive(Debug)]
pub(super) struct SearchHold {
    /// The definition of every held trigger, to create it again.
    triggers: Vec<String>,
    /// Searched tables, with the entity their records are in the index (`instructions` → `instruction`).
    entities: HashMap<String, &'static str>,
    /// Records touched, by entity and id: when they were last written, and whether it was a region's update
    /// (whose trigger also indexes again the pairings named after the region).
    touched: HashMap<(&'static str, String), (i64, bool)>,
    written: i64,
}

impl SearchHold {
    /// Drops the search triggers of the searched tables (the index's own, on `search_entries`, stay).
    pub(super) fn start(conn: &Connection) -> CoreResult<SearchHold> {
        let mut stmt = conn.prepare(
            "SELECT name, tbl_name, sql FROM sqlite_schema
             WHERE type = 'trigger' AND name LIKE 'search!_%' ESCAPE '!' AND tbl_name <> 'search_entries'",
        )?;
        let found = stmt
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        drop(stmt);
        let mut hold = SearchHold {
            triggers: Vec::new(),
            entities: HashMap::new(),
            touched: HashMap::new(),
            written: 0,
        };
        for (name, table, sql) in found {
            // Only tables whose records the index names by the record kind (every searched table).
            let Some(entity) = tables::record_kind(&table) else {
                continue;
            };
            conn.execute_batch(&format!("DROP TRIGGER \"{name}\""))?;
            hold.triggers.push(sql);
            hold.entities.insert(table, entity);
        }
        Ok(hold)
    }

    /// Notes the searched records a change writes, in the order SQLite applies its rows.
    pub(super) fn touch(&mut self, rows: &[ChangedRow]) {
        for row in rows {
            let Some(entity) = self.entities.get(row.table).copied() else {
                continue;
            };
            let region_update = entity == "region" && row.action == Action::SQLITE_UPDATE;
            self.written += 1;
            let slot = self
                .touched
                .entry((entity, row.key.clone()))
                .or_insert((0, region_update));
            *slot = (self.written, slot.1 || region_update);
        }
    }

    /// Writes the entries of every record touched (and of the pairings named after a region changed), in
    /// the order they were last written, then creates the triggers again.
    pub(super) fn finish(self, conn: &Connection) -> CoreResult<()> {
        if !self.touched.is_empty() {
            self.rebuild(conn)?;
        }
        for sql in &self.triggers {
            conn.execute_batch(sql)?;
        }
        Ok(())
    }

    fn rebuild(&self, conn: &Connection) -> CoreResult<()> {
        conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS search_touched (
                 entity TEXT NOT NULL, record_id TEXT NOT NULL, ord INTEGER NOT NULL, region_update INTEGER,
                 PRIMARY KEY (entity, record_id)) WITHOUT ROWID;
             CREATE TEMP TABLE IF NOT EXISTS search_fresh (
                 entity TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL, text TEXT NOT NULL);
             DELETE FROM temp.search_touched;
             DELETE FROM temp.search_fresh;",
        )?;
        {
            let mut insert = conn.prepare(
                "INSERT INTO temp.search_touched (entity, record_id, ord, region_update)
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for ((entity, id), (written, region_update)) in &self.touched {
                // Twice the order, so the pairings of a region come right after it.
                insert.execute(params![entity, id, written * 2, region_update])?;
            }
        }
        // A region's update trigger indexes again the pairings whose label names it.
        conn.execute(
            "INSERT INTO temp.search_touched (entity, record_id, ord)
             SELECT 'pairing', p.id, max(t.ord) + 1
             FROM temp.search_touched t JOIN pairings p ON t.record_id IN (p.uz_region_id, p.ru_region_id)
             WHERE t.entity = 'region' AND t.region_update
             GROUP BY p.id
             ON CONFLICT (entity, record_id) DO UPDATE SET ord = max(ord, excluded.ord)",
            [],
        )?;
        let mut entities: Vec<&str> = self.entities.values().copied().collect();
        entities.sort_unstable();
        entities.dedup();
        for entity in entities {
            // The entity is this schema's own record kind, never text from a package.
            conn.execute(
                &format!(
                    "INSERT INTO temp.search_fresh (entity, record_id, field, text)
                     SELECT entity, record_id, field, text FROM search_source
                     WHERE entity = '{entity}'
                       AND record_id IN (SELECT record_id FROM temp.search_touched WHERE entity = '{entity}')"
                ),
                [],
            )?;
        }
        conn.execute_batch(
            "DELETE FROM search_entries WHERE id IN (
                 SELECT e.id FROM temp.search_touched t
                 CROSS JOIN search_entries e ON e.entity = t.entity AND e.record_id = t.record_id);
             INSERT INTO search_entries (entity, record_id, field, text)
                 SELECT f.entity, f.record_id, f.field, f.text
                 FROM temp.search_fresh f JOIN temp.search_touched t USING (entity, record_id)
                 ORDER BY t.ord, f.rowid;
             DELETE FROM temp.search_touched;
             DELETE FROM temp.search_fresh;",
        )?;
        Ok(())
    }
}
