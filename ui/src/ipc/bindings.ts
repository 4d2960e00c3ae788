// Generated from the Rust types by `cargo test -p council-core` (tests/it/bindings.rs). Do not edit.

export type JsonValue = number | string | boolean | Array<JsonValue> | { [key in string]: JsonValue } | null;

export type Lang = "ru" | "uz" | "en";

export type LocalizedText = { ru: string, uz: string, en: string, };

export type ErrorCode = "required" | "invalid_date" | "invalid_value" | "region_not_found" | "region_duplicate" | "pairing_countries" | "pairing_duplicate_active" | "sector_not_found" | "not_found" | "not_in_trash" | "invalid_transition" | "report_required" | "agenda_locked" | "nesting_too_deep" | "end_before_start" | "invalid_time_zone" | "invalid_date_time" | "rate_missing" | "database_not_empty" | "schema_too_new" | "storage";

export type ErrorPayload = { code: ErrorCode, message: string, field: string | null, };

export type Country = "UZ" | "RU";

export type RegionKind = "region" | "republic" | "city" | "krai" | "autonomous_oblast" | "autonomous_okrug";

export type Region = { id: string, 
/**
 * ISO 3166-2 code; `None` for a region a user added that has none.
 */
iso_code: string | null, country: Country, kind: RegionKind, name_ru: string, name_uz: string, name_en: string, centre_ru: string, centre_uz: string, centre_en: string, 
/**
 * IANA time zone of the administrative centre.
 */
time_zone: string, 
/**
 * True once a user changed the shipped names; reference data never overwrites it then.
 */
user_edited: boolean, };

export type RegionInput = { 
/**
 * `UZ` or `RU`.
 */
country: string, kind: string, name_ru: string, name_uz: string, name_en: string, centre_ru: string, centre_uz: string, centre_en: string, 
/**
 * IANA time zone; empty means the capital's (Asia/Tashkent or Europe/Moscow).
 */
time_zone: string, };

export type RegionFilter = { country: Country | null, 
/**
 * Case-insensitive substring of any name, centre or the ISO code.
 */
text: string | null, };

export type Sector = { 
/**
 * Stable English slug (`energy`, `transport_logistics`).
 */
code: string, name_ru: string, name_uz: string, name_en: string, };

export type PairingStatus = "proposed" | "active" | "suspended" | "ended";

export type RegionRef = { id: string, iso_code: string | null, name_ru: string, name_uz: string, name_en: string, };

export type Basis = { title: string, number: string, date: string | null, };

export type Pairing = { id: string, uz_region: RegionRef, ru_region: RegionRef, status: PairingStatus, since: string | null, basis: Basis, 
/**
 * Sector codes, sorted.
 */
sectors: Array<string>, notes: LocalizedText, 
/**
 * Contact persons, free text for now.
 */
contacts: string, created_at: string, updated_at: string, 
/**
 * Set while the pairing is in the trash.
 */
deleted_at: string | null, };

export type PairingInput = { region_a: string, region_b: string, status: PairingStatus, since: string | null, basis_title: string, basis_number: string, basis_date: string | null, sectors: Array<string>, notes: LocalizedText, contacts: string, };

export type PairingFilter = { status: PairingStatus | null, 
/**
 * A region (id or ISO code) on either side.
 */
region: string | null, 
/**
 * List the trash instead of the live register.
 */
deleted: boolean, };

export type AuditAction = "create" | "update" | "delete" | "restore";

export type AuditEntry = { seq: number, 
/**
 * UTC instant of the change.
 */
at: string, 
/**
 * The OS user who made it.
 */
os_user: string, action: AuditAction, 
/**
 * Record type: `pairing`, `region`, …
 */
entity: string, record_id: string, 
/**
 * The record before the change (absent for a creation).
 */
before: JsonValue | null, 
/**
 * The record after the change.
 */
after: JsonValue | null, };

export type TrashEntry = { 
/**
 * Record type: `pairing`, `body`, `person`, `session`, `agenda_item`, `decision`, `instruction`,
 * `agreement`, `project`.
 */
entity: string, id: string, 
/**
 * A human label in Russian, Uzbek and English (`Samarqand viloyati — Sverdlovsk viloyati`).
 */
label: LocalizedText, deleted_at: string, };

export type About = { 
/**
 * The version of Council Desk.
 */
version: string, 
/**
 * Where the database file lives.
 */
db_path: string, schema_version: number, language: Lang, };
