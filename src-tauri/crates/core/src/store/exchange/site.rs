//! This database's site and its peers: naming the site, keeping its signing key, adding peers from their cards.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::ids::new_id;
use crate::lang::LocalizedText;
use crate::officer::Role;
use crate::region::Country;
use crate::site::{Peer, Site, SiteInput, Vector};
use crate::store::Store;
use crate::time::now_text;

/// The setting that records when the officer put off naming the site.
const SITE_NAME_NOT_NOW: &str = "site_name_not_now";

/// The site's id, giving the database one when it has none (a new database, or one from before sites: its
/// upgrade leaves the site unnamed, and the app asks once).
pub(in crate::store) fn ensure_site(conn: &Connection) -> CoreResult<String> {
    let known: Option<String> = conn
        .query_row("SELECT id FROM site", [], |row| row.get(0))
        .optional()?;
    let id = if let Some(id) = known {
        id
    } else {
        conn.execute(
            "INSERT INTO site (one, id, created_at) VALUES (1, ?1, ?2) ON CONFLICT (one) DO NOTHING",
            params![new_id().to_string(), now_text()],
        )?;
        // Another process may have given it one first.
        conn.query_row("SELECT id FROM site", [], |row| row.get(0))?
    };
    // A register from before sites goes into the log once (checked at every open, so an interrupted
    // first attempt is made again).
    if super::baseline::needed(conn)? {
        super::baseline::write(conn, &id)?;
    }
    Ok(id)
}

fn site_from_row(row: &Row) -> rusqlite::Result<Site> {
    let country: Option<String> = row.get(4)?;
    Ok(Site {
        id: row.get(0)?,
        name: LocalizedText {
            ru: row.get(1)?,
            uz: row.get(2)?,
            en: row.get(3)?,
        },
        country: country.and_then(|code| Country::parse(&code).ok()),
        named: row.get(5)?,
        public_key: row.get(6)?,
    })
}

fn peer_from_row(row: &Row) -> rusqlite::Result<Peer> {
    let country: String = row.get(4)?;
    Ok(Peer {
        id: row.get(0)?,
        name: LocalizedText {
            ru: row.get(1)?,
            uz: row.get(2)?,
            en: row.get(3)?,
        },
        country: Country::parse(&country).unwrap_or(Country::Uz),
        public_key: row.get(5)?,
        added_at: row.get(6)?,
        last_sent: row.get(7)?,
        last_sent_at: row.get(10)?,
        last_received: row.get(8)?,
        last_received_at: row.get(9)?,
        waiting: 0,
    })
}

const PEER_COLUMNS: &str = "id, name_ru, name_uz, name_en, country, public_key, added_at, last_sent, \
                            last_received, last_received_at, last_sent_at";

impl Store {
    /// This database's site.
    pub fn site(&self) -> CoreResult<Site> {
        Ok(self.conn.query_row(
            "SELECT id, name_ru, name_uz, name_en, country, named, public_key FROM site",
            [],
            site_from_row,
        )?)
    }

    /// Names this site (on the first start, or later to correct the name); its id never changes.
    pub fn name_site(&mut self, input: &SiteInput) -> CoreResult<Site> {
        input.validate()?;
        self.write_local(Role::Head, |tx, _| {
            tx.execute(
                "UPDATE site SET name_ru = ?1, name_uz = ?2, name_en = ?3, country = ?4, named = 1",
                params![
                    input.name.ru.trim(),
                    input.name.uz.trim(),
                    input.name.en.trim(),
                    input.country.code()
                ],
            )?;
            Ok(())
        })?;
        self.site()
    }

    /// Whether the site still wants a name and the officer has not put the question off.
    pub fn site_name_wanted(&self) -> CoreResult<bool> {
        Ok(!self.site()?.named && self.setting(SITE_NAME_NOT_NOW)?.is_none())
    }

    /// The officer puts off naming the site: the window stops asking (Settings → Exchange still names it).
    pub fn site_name_not_now(&mut self) -> CoreResult<()> {
        self.write_local(Role::Observer, |tx, _| {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING",
                params![SITE_NAME_NOT_NOW, now_text()],
            )?;
            Ok(())
        })
    }

    /// The site's signing key (32 bytes), if it has one yet.
    pub fn site_secret_key(&self) -> CoreResult<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row("SELECT secret_key FROM site", [], |row| row.get(0))?)
    }

    /// Keeps the site's signing key; once set it is never replaced (peers know the site by it).
    pub fn set_site_key(&mut self, secret_key: &[u8], public_key: &str) -> CoreResult<()> {
        self.write_local(Role::Head, |tx, _| {
            let changed = tx.execute(
                "UPDATE site SET secret_key = ?1, public_key = ?2 WHERE secret_key IS NULL",
                params![secret_key, public_key],
            )?;
            if changed == 0 {
                return Err(CoreError::new(ErrorCode::InvalidValue, "site key"));
            }
            Ok(())
        })
    }

    /// The peers, by name.
    pub fn peers(&self) -> CoreResult<Vec<Peer>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {PEER_COLUMNS} FROM peers ORDER BY name_en, name_ru, id"
        ))?;
        let mut peers = stmt
            .query_map([], peer_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let held = self.held_vector()?;
        for peer in &mut peers {
            peer.waiting = self.waiting_for(&peer.id, &held)?;
        }
        Ok(peers)
    }

    /// The peer with this id.
    pub fn peer(&self, id: &str) -> CoreResult<Peer> {
        let mut peer = self
            .conn
            .query_row(
                &format!("SELECT {PEER_COLUMNS} FROM peers WHERE id = ?1"),
                params![id],
                peer_from_row,
            )
            .optional()?
            .ok_or_else(|| CoreError::new(ErrorCode::NotFound, id))?;
        peer.waiting = self.waiting_for(id, &self.held_vector()?)?;
        Ok(peer)
    }

    /// Adds a peer met through its card, or updates its names; its key, once known, never changes.
    pub fn add_peer(
        &mut self,
        id: &str,
        name: &LocalizedText,
        country: Country,
        public_key: &str,
    ) -> CoreResult<Peer> {
        let own = self.site()?;
        if own.id == id {
            return Err(CoreError::new(ErrorCode::InvalidValue, id).on("site"));
        }
        self.write_local(Role::Head, |tx, _| {
            let known: Option<String> = tx
                .query_row(
                    "SELECT public_key FROM peers WHERE id = ?1",
                    params![id],
                    |row| row.get(0),
                )
                .optional()?;
            if known.as_deref().is_some_and(|key| key != public_key) {
                return Err(CoreError::new(ErrorCode::InvalidValue, id).on("public_key"));
            }
            tx.execute(
                "INSERT INTO peers (id, name_ru, name_uz, name_en, country, public_key, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (id) DO UPDATE SET name_ru = excluded.name_ru, name_uz = excluded.name_uz,
                                                name_en = excluded.name_en, country = excluded.country",
                params![
                    id,
                    name.ru,
                    name.uz,
                    name.en,
                    country.code(),
                    public_key,
                    now_text()
                ],
            )?;
            Ok(())
        })?;
        self.peer(id)
    }

    /// What this site holds: for each site of origin, the highest change number in its log.
    pub fn held_vector(&self) -> CoreResult<Vector> {
        super::held_vector(&self.conn)
    }

    /// How many changes this site holds (`held`) that `peer` has not acknowledged.
    fn waiting_for(&self, peer: &str, held: &Vector) -> CoreResult<i64> {
        let acked = super::acked_vector(&self.conn, peer)?;
        Ok(held
            .iter()
            .map(|(origin, seq)| {
                if origin == peer {
                    0
                } else {
                    (seq - acked.get(origin).copied().unwrap_or(0)).max(0)
                }
            })
            .sum())
    }
}
