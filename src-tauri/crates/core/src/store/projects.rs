//! Joint projects: rows, reads and the use cases that change them.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

use super::agreements::{money, require_pairing, uuid, uuid_list};
use super::record_kind::RecordKind;
use super::{Store, bodies, regions};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::ids::new_id;
use crate::lang::LocalizedText;
use crate::officer::Role;
use crate::project::{CheckedProject, Project, ProjectFilter, ProjectInput, ProjectStatus};
use crate::time::now_text;

const PROJECT_SELECT: &str = "
    SELECT p.id, p.title_ru, p.title_uz, p.title_en, p.sector_code, p.pairing_id, p.value_minor, p.currency,
           p.status, p.starts_on, p.ends_on, p.created_at, p.updated_at, p.deleted_at,
           (SELECT group_concat(region_id, ',')
              FROM (SELECT region_id FROM project_regions WHERE project_id = p.id ORDER BY region_id)),
           (SELECT group_concat(body_id, ',')
              FROM (SELECT body_id FROM project_bodies WHERE project_id = p.id ORDER BY body_id))
    FROM projects p";

fn project_from_row(row: &Row) -> rusqlite::Result<Project> {
    let id: String = row.get(0)?;
    let pairing: Option<String> = row.get(5)?;
    let currency: Option<String> = row.get(7)?;
    let status: String = row.get(8)?;
    let starts_on: Option<String> = row.get(9)?;
    let ends_on: Option<String> = row.get(10)?;
    Ok(Project {
        id: uuid(&id),
        title: LocalizedText {
            ru: row.get(1)?,
            uz: row.get(2)?,
            en: row.get(3)?,
        },
        sector: row.get(4)?,
        pairing_id: pairing.as_deref().map(uuid),
        regions: uuid_list(row.get(14)?),
        lead_bodies: uuid_list(row.get(15)?),
        value: money(row.get(6)?, currency.as_deref()),
        status: ProjectStatus::parse(&status).unwrap_or(ProjectStatus::Proposed),
        starts_on: starts_on.and_then(|text| text.parse().ok()),
        ends_on: ends_on.and_then(|text| text.parse().ok()),
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
        deleted_at: row.get(13)?,
    })
}

fn load(conn: &Connection, id: &str) -> CoreResult<Option<Project>> {
    Ok(conn
        .prepare_cached(&format!("{PROJECT_SELECT} WHERE p.id = lower(?1)"))?
        .query_row(params![id.trim()], project_from_row)
        .optional()?)
}

/// A project input checked against the register, with every reference in its stored form.
struct ResolvedProject {
    checked: CheckedProject,
    pairing_id: Option<String>,
    regions: Vec<String>,
    lead_bodies: Vec<String>,
}

fn resolve(conn: &Connection, input: &ProjectInput) -> CoreResult<ResolvedProject> {
    let checked = input.check()?;
    if let Some(code) = checked.sector.as_deref() {
        let known = conn
            .prepare_cached("SELECT 1 FROM sectors WHERE code = ?1 AND deleted_at IS NULL")?
            .exists(params![code])?;
        if !known {
            return Err(CoreError::new(ErrorCode::SectorNotFound, code).on("sector"));
        }
    }
    let pairing_id = checked
        .pairing_id
        .as_deref()
        .map(|id| require_pairing(conn, id, "pairing_id"))
        .transpose()?;
    let mut region_ids = Vec::with_capacity(checked.regions.len());
    for key in &checked.regions {
        let region = regions::resolve(conn, key)?
            .ok_or_else(|| CoreError::new(ErrorCode::RegionNotFound, key).on("regions"))?;
        region_ids.push(region.id.to_string());
    }
    region_ids.sort();
    region_ids.dedup();
    let mut lead_bodies = Vec::with_capacity(checked.lead_bodies.len());
    for id in &checked.lead_bodies {
        lead_bodies.push(bodies::require(conn, id, "lead_bodies")?.id.to_string());
    }
    lead_bodies.sort();
    lead_bodies.dedup();
    Ok(ResolvedProject {
        checked,
        pairing_id,
        regions: region_ids,
        lead_bodies,
    })
}

/// Replaces the rows of a link table of project `id` with `ids`.
fn write_links(
    tx: &Transaction,
    table: &str,
    column: &str,
    id: &str,
    ids: &[String],
) -> CoreResult<()> {
    tx.execute(
        &format!("DELETE FROM {table} WHERE project_id = ?1"),
        params![id],
    )?;
    let mut stmt = tx.prepare_cached(&format!(
        "INSERT INTO {table} (project_id, {column}) VALUES (?1, ?2)"
    ))?;
    for linked in ids {
        stmt.execute(params![id, linked])?;
    }
    Ok(())
}

/// Inserts (`fresh`) or overwrites the project row `id` with `p`.
fn write_row(tx: &Transaction, id: &str, p: &ResolvedProject, fresh: bool) -> CoreResult<()> {
    let c = &p.checked;
    let sql = if fresh {
        "INSERT INTO projects (id, title_ru, title_uz, title_en, sector_code, pairing_id, value_minor, currency,
                               status, starts_on, ends_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)"
    } else {
        "UPDATE projects SET title_ru = ?2, title_uz = ?3, title_en = ?4, sector_code = ?5, pairing_id = ?6,
                value_minor = ?7, currency = ?8, status = ?9, starts_on = ?10, ends_on = ?11, updated_at = ?12
         WHERE id = ?1"
    };
    tx.execute(
        sql,
        params![
            id,
            c.title.ru,
            c.title.uz,
            c.title.en,
            c.sector,
            p.pairing_id,
            c.value.map(|m| m.minor),
            c.value.map(|m| m.currency.code()),
            c.status.code(),
            c.starts_on.map(|d| d.to_string()),
            c.ends_on.map(|d| d.to_string()),
            now_text(),
        ],
    )?;
    write_links(tx, "project_regions", "region_id", id, &p.regions)?;
    write_links(tx, "project_bodies", "body_id", id, &p.lead_bodies)
}

/// Projects as a kind of register record (see [`RecordKind`]).
struct Projects;

impl RecordKind for Projects {
    type Record = Project;
    const TABLE: &'static str = "projects";
    const ENTITY: &'static str = "project";

    fn load(&self, conn: &Connection, key: &str) -> CoreResult<Option<Project>> {
        load(conn, key)
    }
}

impl Store {
    /// Projects matching the filter, by Russian title.
    pub fn list_projects(&self, filter: &ProjectFilter) -> CoreResult<Vec<Project>> {
        let text = |value: &Option<String>| {
            value
                .as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "{PROJECT_SELECT}
             WHERE (p.deleted_at IS NOT NULL) = ?1
               AND (?2 IS NULL OR p.pairing_id = lower(?2))
               AND (?3 IS NULL OR p.sector_code = ?3)
               AND (?4 IS NULL OR p.status = ?4)
             ORDER BY p.title_ru, p.id"
        ))?;
        let rows = stmt.query_map(
            params![
                filter.deleted,
                text(&filter.pairing_id),
                text(&filter.sector),
                filter.status.map(ProjectStatus::code),
            ],
            project_from_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One project by id, in the register or in the trash.
    pub fn project(&self, id: &str) -> CoreResult<Project> {
        load(&self.conn, id)?.ok_or_else(|| CoreError::not_found(id.trim()))
    }

    /// Registers a joint project.
    pub fn create_project(&mut self, input: &ProjectInput) -> CoreResult<Project> {
        let id = new_id().to_string();
        self.write(Role::Officer, |tx, actor| {
            let resolved = resolve(tx, input)?;
            write_row(tx, &id, &resolved, true)?;
            Projects.record_create(tx, actor, &id)
        })
    }

    /// Replaces a project's fields with `input`.
    pub fn update_project(&mut self, id: &str, input: &ProjectInput) -> CoreResult<Project> {
        self.write(Role::Officer, |tx, actor| {
            Projects.update(tx, actor, id, |_, id| {
                let resolved = resolve(tx, input)?;
                write_row(tx, id, &resolved, false)
            })
        })
    }

    /// Moves a project to the trash.
    pub fn delete_project(&mut self, id: &str) -> CoreResult<Project> {
        self.write(Role::Officer, |tx, actor| Projects.delete(tx, actor, id))
    }

    /// Brings a project back from the trash.
    pub fn restore_project(&mut self, id: &str) -> CoreResult<Project> {
        self.write(Role::Officer, |tx, actor| Projects.restore(tx, actor, id))
    }
}
