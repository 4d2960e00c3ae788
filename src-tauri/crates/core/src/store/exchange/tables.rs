//! Which tables hold the shared register (they travel between sites) and what kind of record each holds.
//!
//! Everything else stays on its site: the search index, the execution tallies and the counters are derived
//! (the receiving store's triggers and rules rebuild them), the settings and the exchange's own bookkeeping
//! belong to the site. The audit history travels beside the changes, not as a table (its row numbers are
//! local).

/// The shared tables, parents before children.
pub(crate) const SHARED_TABLES: &[&str] = &[
    "regions",
    "sectors",
    "pairings",
    "pairing_sectors",
    "bodies",
    "people",
    "exchange_rates",
    "holidays",
    "indicators",
    "indicator_values",
    "session_series",
    "session_series_exceptions",
    "sessions",
    "register_numbering",
    "session_events",
    "session_people",
    "session_pairings",
    "session_sectors",
    "agenda_versions",
    "agenda_items",
    "agenda_item_presenters",
    "agreements",
    "agreement_parties",
    "projects",
    "project_regions",
    "project_bodies",
    "decisions",
    "decision_revisions",
    "instructions",
    "instruction_co_executors",
    "instruction_extensions",
    "instruction_events",
    "instruction_edits",
    "instruction_reminders",
    "execution_reports",
    "attachments",
];

/// Whether `table` travels between sites.
pub(crate) fn is_shared(table: &str) -> bool {
    SHARED_TABLES.contains(&table)
}

/// The kind of record a table's rows are, as reports count them; `None` for the rows that belong to a
/// record of another table (a pairing's sectors, an instruction's events).
pub(crate) fn record_kind(table: &str) -> Option<&'static str> {
    Some(match table {
        "regions" => "region",
        "sectors" => "sector",
        "pairings" => "pairing",
        "bodies" => "body",
        "people" => "person",
        "exchange_rates" => "exchange_rate",
        "holidays" => "holiday",
        "indicators" => "indicator",
        "indicator_values" => "indicator_value",
        "session_series" => "session_series",
        "sessions" => "session",
        "agenda_versions" => "agenda_version",
        "agenda_items" => "agenda_item",
        "agreements" => "agreement",
        "projects" => "project",
        "decisions" => "decision",
        "instructions" => "instruction",
        "execution_reports" => "execution_report",
        "attachments" => "attachment",
        _ => return None,
    })
}

/// The table holding the records of `kind` (the reverse of `record_kind`).
pub(crate) fn table_of_kind(kind: &str) -> Option<&'static str> {
    SHARED_TABLES
        .iter()
        .copied()
        .find(|table| record_kind(table) == Some(kind))
}

/// The column whose value two sites may both change without either losing: the later instant is kept.
pub(crate) fn is_timestamp(column: &str) -> bool {
    column == "updated_at"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_and_local_tables_do_not_travel() {
        for table in [
            "search_entries",
            "execution_tallies",
            "counters",
            "settings",
            "audit_log",
            "site",
            "peers",
            "exchange_log",
        ] {
            assert!(!is_shared(table), "{table}");
        }
        assert!(is_shared("instructions"));
    }

    #[test]
    fn every_record_kind_names_its_table() {
        for table in SHARED_TABLES {
            if let Some(kind) = record_kind(table) {
                assert_eq!(table_of_kind(kind), Some(*table));
            }
        }
        assert_eq!(table_of_kind("pairing_sector"), None);
    }
}
