//! The random exchange test's own account of who changed a pairing's field knowing what, to check the
//! owner-wins rule after convergence without asking the store how it decided.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{Connection, OpenFlags};

use crate::support::TestStore;

/// One write of a tracked field.
#[derive(Debug)]
struct Write {
    pairing: String,
    field: &'static str,
    site: usize,
    value: String,
    /// The writes its site held when it was made.
    saw: BTreeSet<usize>,
}

/// Every write of the pairings' contacts and Uzbek notes, and what each site holds.
pub(super) struct Writes {
    all: Vec<Write>,
    /// Per site, the writes it holds (made there, or received in a package, relayed ones too).
    held: Vec<BTreeSet<usize>>,
    /// Per pairing, the site that made it.
    owners: BTreeMap<String, usize>,
}

impl Writes {
    pub(super) fn new(sites: usize) -> Writes {
        Writes {
            all: Vec::new(),
            held: vec![BTreeSet::new(); sites],
            owners: BTreeMap::new(),
        }
    }

    /// Site `site` made `pairing`: its first values are the owner's writes.
    pub(super) fn made(&mut self, site: usize, pairing: &council_core::Pairing) {
        let id = pairing.id.to_string();
        self.owners.insert(id.clone(), site);
        self.record(site, &id, "contacts", &pairing.contacts);
        self.record(site, &id, "notes_uz", &pairing.notes.uz);
    }

    /// Site `site` wrote `value` into a field of a pairing.
    pub(super) fn record(&mut self, site: usize, pairing: &str, field: &'static str, value: &str) {
        let n = self.all.len();
        self.all.push(Write {
            pairing: pairing.to_owned(),
            field,
            site,
            value: value.to_owned(),
            saw: self.held[site].clone(),
        });
        self.held[site].insert(n);
    }

    /// A package from `from` reached `to`: it carried everything `from` held.
    pub(super) fn delivered(&mut self, from: usize, to: usize) {
        let carried = self.held[from].clone();
        self.held[to].extend(carried);
    }

    /// After convergence, for every tracked field: the value every site holds is one no other write knew of
    /// (an informed change is never undone); when the owner's write is among those, it is the owner's; every
    /// other such value is on some site's review list, and in the record's history on every site.
    pub(super) fn hold_on(&self, sites: &[TestStore], steps: &[impl std::fmt::Debug]) {
        let listed: BTreeSet<String> = sites
            .iter()
            .flat_map(|t| t.store.exchange_conflicts().unwrap())
            .flat_map(|c| [c.kept, c.other])
            .flatten()
            .collect();
        let mut fields = BTreeMap::<(&str, &str), Vec<usize>>::new();
        for (n, write) in self.all.iter().enumerate() {
            fields
                .entry((&write.pairing, write.field))
                .or_default()
                .push(n);
        }
        for ((pairing, field), ns) in fields {
            let latest: Vec<&Write> = ns
                .iter()
                .filter(|n| !ns.iter().any(|other| self.all[*other].saw.contains(n)))
                .map(|n| &self.all[*n])
                .collect();
            let held = value_of(&sites[0].path, pairing, field);
            let context = format!("{pairing} {field}: {held:?} of {latest:#?}\n{steps:?}");
            assert!(latest.iter().any(|w| w.value == held), "{context}");
            let owner = self.owners[pairing];
            if let Some(own) = latest.iter().find(|w| w.site == owner) {
                assert_eq!(own.value, held, "the owner's value\n{context}");
            }
            for other in latest.iter().filter(|w| w.value != held) {
                let json = serde_json::json!(other.value).to_string();
                assert!(listed.contains(&json), "not listed: {json}\n{context}");
                for site in sites {
                    let history = site.store.history("pairing", pairing).unwrap();
                    assert!(
                        history.iter().any(|entry| entry
                            .after
                            .as_ref()
                            .is_some_and(|after| after.to_string().contains(&json))),
                        "not in the history: {json}\n{context}"
                    );
                }
            }
        }
    }
}

fn value_of(path: &std::path::Path, pairing: &str, field: &str) -> String {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let column = if field == "contacts" {
        "contacts"
    } else {
        "notes_uz"
    };
    conn.query_row(
        &format!("SELECT {column} FROM pairings WHERE id = ?1"),
        [pairing],
        |row| row.get(0),
    )
    .unwrap()
}
