// Generated from the Rust types by `cargo test -p council-core` (tests/it/bindings.rs). Do not edit.

export type JsonValue = number | string | boolean | Array<JsonValue> | { [key in string]: JsonValue } | null;

export type Lang = "ru" | "uz" | "en";

export type LocalizedText = { ru: string, uz: string, en: string, };

export type Shown = { 
/**
 * The text to show: the wanted language's, or another's when that translation is missing.
 */
text: string, 
/**
 * The language `text` is in.
 */
lang: Lang, 
/**
 * Whether the wanted language's translation is missing (flag it).
 */
missing: boolean, };

export type ErrorCode = "required" | "invalid_date" | "invalid_value" | "region_not_found" | "region_duplicate" | "pairing_countries" | "pairing_duplicate_active" | "sector_not_found" | "not_found" | "not_in_trash" | "invalid_transition" | "report_required" | "agenda_locked" | "nesting_too_deep" | "end_before_start" | "invalid_time_zone" | "invalid_date_time" | "rate_missing" | "backup_invalid" | "database_damaged" | "database_detached" | "database_not_empty" | "schema_too_new" | "storage" | "internal" | "attachment_too_large" | "not_a_file" | "file_exists" | "not_viewable" | "attachment_missing" | "import_refused" | "schedule_conflicts" | "document_failed" | "unclosed_quote" | "cell_too_long" | "import_file_too_large" | "line_too_long" | "file_too_large" | "component_not_closed" | "disk_full" | "date_out_of_range" | "session_not_started" | "report_before_instruction" | "package_refused" | "site_unnamed" | "site_card_invalid" | "package_damaged" | "package_too_new" | "package_for_other_site" | "package_replayed" | "peer_unknown" | "package_gap" | "numbering_elsewhere" | "forbidden" | "sign_in_required" | "wrong_password" | "account_locked" | "account_inactive" | "last_head" | "password_required" | "stale" | "hub_unreachable" | "hub_certificate" | "hub_elsewhere" | "indicator_value_exists" | "email_invalid" | "mail_not_configured" | "mail_password_required" | "mail_unreachable" | "mail_refused" | "keyring_failed";

export type ErrorPayload = { code: ErrorCode, message: string, field: string | null, 
/**
 * The warnings of a `schedule_conflicts` refusal, to show and confirm; absent otherwise.
 */
conflicts?: Array<ScheduleConflict>, };

export type RecordKey = string;

export type Country = "UZ" | "RU";

export type RegionKind = "region" | "republic" | "city" | "krai" | "autonomous_oblast" | "autonomous_okrug";

export type Region = { id: string, 
/**
 * ISO 3166-2 code; `None` for a region a user added that has none.
 */
iso_code: string | null, country: Country, kind: RegionKind, name: LocalizedText, 
/**
 * The administrative centre's name.
 */
centre: LocalizedText, 
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
country: string, kind: string, 
/**
 * Required in every language.
 */
name: LocalizedText, centre: LocalizedText, 
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
code: string, name: LocalizedText, };

export type PairingStatus = "proposed" | "active" | "suspended" | "ended";

export type RegionRef = { id: string, iso_code: string | null, name: LocalizedText, };

export type Basis = { 
/**
 * The document's title in each language; a missing variant is flagged, never replaced.
 */
title: LocalizedText, number: string, date: string | null, };

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

export type PairingInput = { region_a: string, region_b: string, status: PairingStatus, since: string | null, basis_title: LocalizedText, basis_number: string, basis_date: string | null, sectors: Array<string>, notes: LocalizedText, contacts: string, };

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
os_user: string, 
/**
 * The account of the officer who made it (on the site that made it).
 */
officer_id?: string, 
/**
 * The officer who made it, in every language; on a register with accounts, a change made before them
 * names the author "before accounts" (with no id). Absent on a register without accounts.
 */
officer?: LocalizedText, action: AuditAction, 
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
after: JsonValue | null, 
/**
 * The site where the change was made, when another site made it (absent for this site's own changes).
 */
site: string | null, };

export type AuditFilter = { 
/**
 * Only this record type (`pairing`, `session`, …).
 */
entity: string | null, 
/**
 * Only changes made by this OS user.
 */
os_user: string | null, 
/**
 * From this day on (`YYYY-MM-DD`, a Tashkent calendar day), inclusive.
 */
from: string | null, 
/**
 * Up to this day (`YYYY-MM-DD`, a Tashkent calendar day), inclusive.
 */
to: string | null, 
/**
 * At most this many rows; 200 when absent, never more than 1000.
 */
limit: number | null, };

export type TrashEntry = { 
/**
 * Record type: `pairing`, `body`, `person`, `session`, `agenda_item`, `decision`, `instruction`,
 * `agreement`, `project`, `attachment`, `holiday`, `indicator`, `indicator_value`, `session_series`.
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
db_path: string, schema_version: number, language: Lang, 
/**
 * The folder beside the database where backups go.
 */
backups_dir: string, 
/**
 * How many daily automatic backups are kept.
 */
backups_keep: number, 
/**
 * A demonstration register made at the first start, kept apart from the real one.
 */
demonstration: boolean, };

export type MailSecurity = "none" | "starttls" | "tls";

export type MailSettings = { host: string, port: number, security: MailSecurity, 
/**
 * The account to sign in with; empty when the server takes mail without signing in.
 */
account: string, 
/**
 * The sender's name as recipients see it (the secretariat's), in any script.
 */
senderName: string, senderAddress: string, };

export type PasswordKeeping = "keyring" | "while_running";

export type MailPassword = { keeping: PasswordKeeping, 
/**
 * A password is kept (in the keyring, or for this run) for the account the settings name.
 */
kept: boolean, };

export type DeliveryStatus = "sent" | "saved" | "refused" | "failed";

export type MailOutcome = { 
/**
 * The message's `Message-ID`, without angle brackets.
 */
messageId: string, to: Array<string>, subject: string, status: DeliveryStatus, 
/**
 * The server's reply to a sent message, the .eml file written, or (refused, failed) the server's reply
 * or the reason, untranslated.
 */
detail: string, 
/**
 * Why it was refused or failed (translated); absent when it went.
 */
error?: ErrorPayload, };

export type BodyKind = "ministry" | "agency" | "regional_administration" | "company" | "other";

export type Body = { id: string, country: Country, kind: BodyKind, name: LocalizedText, 
/**
 * The region a regional administration governs.
 */
region_id: string | null, created_at: string, updated_at: string, deleted_at: string | null, };

export type BodyInput = { country: Country, kind: BodyKind, name: LocalizedText, 
/**
 * A region (id or ISO code), for a regional administration.
 */
region: string | null, };

export type Person = { id: string, full_name: LocalizedText, position: LocalizedText, body_id: string | null, country: Country, phone: string, email: string, created_at: string, updated_at: string, deleted_at: string | null, };

export type PersonInput = { full_name: LocalizedText, position: LocalizedText, 
/**
 * The body they work for (id), if any.
 */
body_id: string | null, country: Country, phone: string, email: string, };

export type Role = "observer" | "officer" | "head";

export type Officer = { id: string, name: LocalizedText, position: LocalizedText, email: string, phone: string, role: Role, 
/**
 * The person record this officer is, when there is one.
 */
person_id: string | null, 
/**
 * Whether signing in asks for a password (never the password or its hash).
 */
has_password: boolean, 
/**
 * An inactive account cannot sign in; its name stays in the history.
 */
active: boolean, };

export type OfficerInput = { name: LocalizedText, position: LocalizedText, email: string, phone: string, role: Role, 
/**
 * The person record (id) this officer is, if any.
 */
person_id: string | null, active: boolean, };

export type InstructionState = "assigned" | "in_progress" | "reported" | "removed" | "cancelled";

export type ExecutorRole = "lead" | "co_executor";

export type Instruction = { id: string, 
/**
 * `{decision number}.{k}`, `{parent number}.{k}`, or `S-{year}-{k}` for a standalone instruction; empty
 * while it is pending.
 */
number: string, 
/**
 * Given on a site that does not number its session (or under a record whose number is pending): the
 * number comes when the numbering site has received it and its answer has come back.
 */
number_pending: boolean, decision_id: string | null, session_id: string | null, parent_id: string | null, text: LocalizedText, lead_body_id: string, 
/**
 * The lead executor's name.
 */
lead_body: LocalizedText, co_executor_ids: Array<string>, controller_person_id: string | null, pairing_id: string | null, 
/**
 * The current due date (after extensions).
 */
due_on: string, 
/**
 * The due date first set.
 */
original_due_on: string, extension_count: number, state: InstructionState, 
/**
 * Why it was cancelled.
 */
state_reason: string, 
/**
 * The date it was removed from control.
 */
removed_on: string | null, report_count: number, last_report_on: string | null, 
/**
 * Past due and still open, at the "today" the query was asked for; never when `awaiting_review`.
 */
overdue: boolean, 
/**
 * Reported on or before the due date and waiting for the secretariat's review: the executor did its
 * part on time, so it is counted apart from the overdue ones.
 */
awaiting_review: boolean, 
/**
 * Set when the due date falls on a Saturday, a Sunday or a public holiday of either country: the
 * warning to show beside it.
 */
due_warning: LocalizedText | null, 
/**
 * How many reminder letters (by outgoing number) went out about it, and the date of the last.
 */
reminder_count: number, last_reminded_on: string | null, 
/**
 * In a control list filtered by a body: whether that body leads this instruction or is only one of
 * its co-executors. None in any other answer.
 */
body_role?: ExecutorRole, created_at: string, updated_at: string, deleted_at: string | null, };

export type InstructionInput = { 
/**
 * The decision it follows from (id); none for a standalone instruction.
 */
decision_id: string | null, 
/**
 * The instruction it is a sub-instruction of (id).
 */
parent_id: string | null, text: LocalizedText, 
/**
 * The lead executor (body id).
 */
lead_body_id: string, 
/**
 * Co-executors (body ids, of either country).
 */
co_executor_ids: Array<string>, 
/**
 * The controller (person id).
 */
controller_person_id: string | null, 
/**
 * The pairing it concerns (id); by default that of the decision's agenda item.
 */
pairing_id: string | null, 
/**
 * `YYYY-MM-DD`.
 */
due_on: string, };

export type ExecutionReport = { id: string, instruction_id: string, reported_on: string, text: string, author: string, created_at: string, };

export type ReportInput = { 
/**
 * `YYYY-MM-DD`; empty means today.
 */
reported_on: string | null, text: string, author: string, };

export type Extension = { seq: number, at: string, os_user: string, 
/**
 * The officer who made it (see `AuditEntry::officer`), their account's id, and the site where it was
 * made when another site made it. Absent when none is known (a register without accounts).
 */
officer?: LocalizedText, officer_id?: string, site?: string, old_due_on: string, new_due_on: string, reason: string, };

export type StateChange = { seq: number, at: string, os_user: string, 
/**
 * The officer who made it (see `AuditEntry::officer`), their account's id, and the site where it was
 * made when another site made it. Absent when none is known (a register without accounts).
 */
officer?: LocalizedText, officer_id?: string, site?: string, from_state: InstructionState | null, to_state: InstructionState, note: string, };

export type EditedField = "text_ru" | "text_uz" | "text_en" | "lead_body" | "co_executors" | "controller" | "pairing";

export type FieldChange = { field: EditedField, old: LocalizedText, new: LocalizedText, };

export type InstructionEdit = { seq: number, at: string, os_user: string, 
/**
 * The officer who made it (see `AuditEntry::officer`), their account's id, and the site where it was
 * made when another site made it. Absent when none is known (a register without accounts).
 */
officer?: LocalizedText, officer_id?: string, site?: string, changes: Array<FieldChange>, };

export type InstructionHistory = { instruction: Instruction, extensions: Array<Extension>, reports: Array<ExecutionReport>, changes: Array<StateChange>, edits: Array<InstructionEdit>, 
/**
 * Every reminder sent about it, in the order they were sent.
 */
reminders: Array<Reminder>, };

export type Reminder = { id: string, sent_on: string, letter_number: string, channel: ReminderChannel, body_id: string, body: LocalizedText, at: string, os_user: string, 
/**
 * The officer who recorded it, their account's id, and the site where it was recorded when another
 * site did (as on the other history rows).
 */
officer?: LocalizedText, officer_id?: string, site?: string, };

export type ReminderChannel = "letter" | "email" | "email_file";

export type ReminderQuery = { 
/**
 * Open instructions past their due date (not those reported on time, which await review).
 */
overdue: boolean, 
/**
 * Open instructions due from today to today + n days.
 */
due_within_days: number | null, 
/**
 * The language of every letter; none writes each body in its country's language.
 */
lang: LetterLang | null, };

export type ReminderLetter = { body_id: string, body: LocalizedText, country: Country, 
/**
 * The language it is written in (the body's, or the officer's choice).
 */
lang: LetterLang, 
/**
 * To: the e-mail addresses of the body's people.
 */
to: Array<MailAddress>, 
/**
 * Copy to: the co-executor bodies of its instructions, by name.
 */
copies: Array<LetterCopy>, items: Array<LetterItem>, 
/**
 * Some instruction it lists was reminded to this body before: the letter says it is a repeated one.
 */
repeated: boolean, };

export type ReminderRecord = { 
/**
 * `YYYY-MM-DD`, the letters' date.
 */
sent_on: string, channel: ReminderChannel, letters: Array<SentLetter>, };

export type SentLetter = { body_id: string, letter_number: string, instruction_ids: Array<string>, };

export type LetterLang = "ru" | "uz" | "en" | "ru+uz";

export type LetterItem = { instruction_id: string, number: string, text: LocalizedText, due_on: string, 
/**
 * The due dates before the extensions, the first given first.
 */
earlier_due_dates: Array<string>, overdue: boolean, 
/**
 * The decision it follows from (its number), if any.
 */
decision_number: string | null, 
/**
 * The session of that decision: its title, council ordinal and the date it began (UTC date).
 */
session_title: LocalizedText | null, session_ordinal: number | null, session_on: string | null, 
/**
 * The controller's name.
 */
controller: LocalizedText | null, 
/**
 * The co-executors (body ids), who get the letter in copy.
 */
co_executor_ids: Array<string>, 
/**
 * The reminders of this instruction that already went to this body, the first first: a letter listing
 * an instruction reminded before is a repeated reminder.
 */
earlier_reminders: Array<EarlierReminder>, };

export type LetterCopy = { body_id: string, name: LocalizedText, 
/**
 * The e-mail addresses of the body's people.
 */
addresses: Array<MailAddress>, };

export type MailAddress = { name: LocalizedText, email: string, };

export type EarlierReminder = { sent_on: string, letter_number: string, };

export type LetterRun = { number_prefix: string, 
/**
 * The number of the first letter (from 1).
 */
first: number, 
/**
 * `YYYY-MM-DD`.
 */
date: string, 
/**
 * The person who signs the letters.
 */
signatory: Person | null, };

export type SavedLetters = { record: ReminderRecord, files: Array<string>, };

export type EmailedLetter = { body_id: string, body: LocalizedText, letter_number: string, to: Array<string>, cc: Array<string>, 
/**
 * How its message went (sent, saved as a file, refused, not sent); none when the body has no e-mail
 * address: no message was made.
 */
outcome?: MailOutcome, };

export type EmailedLetters = { letters: Array<EmailedLetter>, recorded: number, };

export type InstructionFilter = { 
/**
 * Only these states; empty means all.
 */
states: Array<InstructionState>, 
/**
 * Only instructions still under control (neither removed nor cancelled).
 */
open_only: boolean, 
/**
 * A body (id) as lead executor or co-executor.
 */
body: string | null, 
/**
 * A pairing (id).
 */
pairing: string | null, 
/**
 * A session (id) whose decisions gave the instructions; they are then listed by number.
 */
session: string | null, 
/**
 * Only overdue ones: open and past due at `today`, not reported on time (those await review).
 */
overdue: boolean, 
/**
 * Only open ones due from `today` to `today + n` days, inclusive. With `overdue` too, both: what the
 * deadline notice counts (the two never overlap, so together they could only mean "either").
 */
due_within_days: number | null, 
/**
 * At most this many rows (a page of the control screen); none means all.
 */
limit: number | null, 
/**
 * Rows to skip before the page.
 */
offset: number, };

export type RateBy = "body" | "pairing";

export type ExecutionRate = { 
/**
 * The body or pairing id; `None` gathers instructions without a pairing.
 */
id: string | null, label: LocalizedText, 
/**
 * Instructions counted (see above).
 */
counted: number, on_time: number, 
/**
 * Removed from control after the due date.
 */
late: number, 
/**
 * Past due and still open, not reported on time (those await review).
 */
overdue: number, 
/**
 * `on_time / counted`, none when nothing counted yet.
 */
rate: number | null, };

export type ControlSummary = { today: string, open: number, overdue: number, due_within_7_days: number, 
/**
 * Reported on or before the due date and waiting for review (counted apart from overdue).
 */
awaiting_review: number, };

export type NoticeSettings = { 
/**
 * What falls due within this many days from today is noticed, besides what is overdue (1 to 60).
 */
within_days: number, 
/**
 * Whether the notice is also shown as a desktop notification where the system has them.
 */
desktop: boolean, };

export type DeadlineNotice = { today: string, settings: NoticeSettings, 
/**
 * Open and past due (reported on time is awaiting review, not overdue).
 */
overdue: number, 
/**
 * Open and due from today to today + `settings.within_days`, inclusive.
 */
due_soon: number, 
/**
 * The first of them by due date (the most overdue first), at most [`NOTICE_NAMED`].
 */
first: Array<Instruction>, 
/**
 * The control list's filter that lists exactly the instructions counted.
 */
filter: InstructionFilter, };

export type Currency = "USD" | "RUB" | "UZS";

export type Money = { minor: number, currency: Currency, };

export type ExchangeRate = { currency: Currency, on_date: string, 
/**
 * Units of the currency per one US dollar, times 1 000 000.
 */
micros_per_usd: number, created_at: string, };

export type AgreementStatus = "draft" | "signed" | "in_force" | "expired" | "terminated";

export type Agreement = { id: string, title: LocalizedText, number: string, status: AgreementStatus, 
/**
 * Set whenever the status is not `draft`.
 */
signed_on: string | null, 
/**
 * The pairing that is a party, if any.
 */
pairing_id: string | null, 
/**
 * Bodies that are parties, sorted by id.
 */
parties: Array<string>, 
/**
 * The session it was signed at, if any.
 */
session_id: string | null, value: Money | null, created_at: string, updated_at: string, deleted_at: string | null, };

export type AgreementInput = { title: LocalizedText, number: string, status: AgreementStatus, signed_on: string | null, pairing_id: string | null, 
/**
 * Bodies (ids) that are parties; without a pairing they must include bodies of both countries.
 */
parties: Array<string>, session_id: string | null, 
/**
 * The amount as typed (`1 250 000.50`); empty means no value.
 */
value: string | null, currency: Currency | null, };

export type AgreementFilter = { pairing_id: string | null, status: AgreementStatus | null, 
/**
 * Only agreements signed in this calendar year.
 */
year: number | null, 
/**
 * List the trash instead of the live register.
 */
deleted: boolean, };

export type AgreementGrouping = "session" | "year";

export type AgreementTally = { 
/**
 * The session id or the year; empty for agreements signed outside any session.
 */
key: string, label: LocalizedText, count: number, };

export type ProjectStatus = "proposed" | "agreed" | "under_way" | "completed" | "frozen";

export type Project = { id: string, title: LocalizedText, 
/**
 * Sector code.
 */
sector: string | null, pairing_id: string | null, 
/**
 * Regions involved (ids, sorted), for a project that is not, or not only, a pairing's.
 */
regions: Array<string>, 
/**
 * Lead bodies (ids, sorted).
 */
lead_bodies: Array<string>, value: Money | null, status: ProjectStatus, starts_on: string | null, ends_on: string | null, created_at: string, updated_at: string, deleted_at: string | null, };

export type ProjectInput = { title: LocalizedText, sector: string | null, pairing_id: string | null, regions: Array<string>, lead_bodies: Array<string>, 
/**
 * The amount as typed (`1 250 000.50`); empty means no value.
 */
value: string | null, currency: Currency | null, status: ProjectStatus, starts_on: string | null, ends_on: string | null, };

export type ProjectFilter = { pairing_id: string | null, sector: string | null, status: ProjectStatus | null, 
/**
 * List the trash instead of the live register.
 */
deleted: boolean, };

export type ProjectGrouping = "sector" | "pairing" | "status";

export type PortfolioRow = { 
/**
 * Sector code, pairing id or status code; empty for projects without a sector or pairing.
 */
key: string, label: LocalizedText, 
/**
 * Every live project of the group, with or without a value.
 */
projects: number, total_usd_cents: number, 
/**
 * Projects whose currency had no rate on the as-of date.
 */
unconverted: number, 
/**
 * Their amounts, one per currency.
 */
unconverted_amounts: Array<Money>, };

export type ProjectPortfolio = { by: ProjectGrouping, 
/**
 * The date whose rates were used: the latest rate of each currency on or before it.
 */
as_of: string, rows: Array<PortfolioRow>, 
/**
 * Every group together.
 */
total: PortfolioRow, 
/**
 * Currencies of projects that had no rate on the as-of date.
 */
missing_rates: Array<Currency>, };

export type BackupFile = { path: string, size: number, 
/**
 * Lowercase hex SHA-256 of the content.
 */
sha256: string, };

export type ContentFault = "missing" | "damaged";

export type MissingContent = { attachment_id: string, 
/**
 * The attachment's display name.
 */
name: string, 
/**
 * The SHA-256 the attachment names (where its content should be).
 */
sha256: string, fault: ContentFault, };

export type BackupManifest = { format: string, format_version: number, app_version: string, schema_version: number, 
/**
 * UTC instant the backup was made.
 */
created_at: string, files: Array<BackupFile>, 
/**
 * The attachments whose content was missing or damaged when the backup was made, so is not in it;
 * empty when the backup is complete (and in every backup before format 3).
 */
missing: Array<MissingContent>, };

export type BackupStatus = "ok" | "with_problems" | "failed";

export type BackupOutcome = { status: BackupStatus, 
/**
 * UTC instant the backup ran.
 */
at: string, 
/**
 * The backup file, when one was written.
 */
path: string | null, 
/**
 * The attachments whose content is not in the backup.
 */
missing: Array<MissingContent>, 
/**
 * Why the backup failed, translated into the interface language of the time.
 */
error: string | null, };

export type RestoreOutcome = { manifest: BackupManifest, 
/**
 * The backup (or, for a damaged database, the plain copy) of the data the restore replaced.
 */
safety: string | null, missing: Array<MissingContent>, };

export type CheckReport = { 
/**
 * True when nothing wrong was found.
 */
ok: boolean, 
/**
 * `quick` (at start-up) or `full` (on demand).
 */
mode: string, 
/**
 * What the check reported: `ok`, or the problems it found (one line for each bad attachment too).
 */
messages: Array<string>, 
/**
 * The full check only: every attachment whose content is missing or damaged.
 */
attachments: Array<MissingContent>, };

export type ChosenFile = { token: string, 
/**
 * The file's name, without its folder.
 */
name: string, };

export type Site = { 
/**
 * Stable id (UUID), given once when the database first opened with sites.
 */
id: string, name: LocalizedText, 
/**
 * The secretariat's country; absent until the site is named.
 */
country: Country | null, 
/**
 * Whether an officer has named the site (an existing database is given an unnamed one by its upgrade).
 */
named: boolean, 
/**
 * The public half of the signing key, hex; absent until the first card or package is made.
 */
public_key: string | null, };

export type SiteInput = { name: LocalizedText, country: Country, };

export type SiteView = { site: Site, fingerprint: string | null, };

export type Peer = { id: string, name: LocalizedText, country: Country, 
/**
 * Ed25519 public key, hex (64 characters).
 */
public_key: string, 
/**
 * UTC instant the card was added.
 */
added_at: string, 
/**
 * Number of the last package prepared for this peer (0 when none).
 */
last_sent: number, 
/**
 * UTC instant the last package for this peer was prepared, if any.
 */
last_sent_at: string | null, 
/**
 * Number of the last package received from this peer and applied (0 when none).
 */
last_received: number, 
/**
 * UTC instant of the last package received, if any.
 */
last_received_at: string | null, 
/**
 * Changes this site holds that the peer has not acknowledged yet.
 */
waiting: number, };

export type PeerView = { peer: Peer, fingerprint: string, };

export type RecordOrigin = { 
/**
 * The site's id.
 */
site: string, 
/**
 * Its names, when it is a peer of this site (a site met only through a peer has none here).
 */
name: LocalizedText | null, 
/**
 * UTC instant the record was made there.
 */
at: string, };

export type ApplyReport = { 
/**
 * Changes applied now.
 */
applied: number, 
/**
 * Changes this site already held (a package sent twice, or relayed by two peers).
 */
already_held: number, 
/**
 * Changes kept aside because an earlier change of their site has not arrived.
 */
waiting: number, 
/**
 * Records created, by kind (`pairing`, `instruction`, …).
 */
created: { [key in string]: number }, 
/**
 * Records changed, by kind.
 */
changed: { [key in string]: number }, 
/**
 * Values where both sites changed the same field: kept on the review list.
 */
conflicts: number, 
/**
 * The first missing change per origin site when some wait (origin id → number).
 */
missing: { [key in string]: number }, 
/**
 * The first package from this peer that never arrived, when this one skips some; its changes came in
 * this one (every package carries all the peer has not acknowledged).
 */
missed_package: number | null, 
/**
 * Records of the sessions this site numbers, made on another site, that got their numbers now.
 */
numbered: number, };

export type SentPackage = { peer: Peer, number: number, 
/**
 * Changes it carries.
 */
entries: number, 
/**
 * Attachment contents it carries.
 */
blobs: number, 
/**
 * The file written.
 */
file: string, 
/**
 * Its size in bytes.
 */
bytes: number, };

export type ReceivedPackage = { 
/**
 * The peer that sent it.
 */
peer: Peer, number: number, report: ApplyReport, };

export type PackagePreview = { file: ChosenFile, package: ReceivedPackage, };

export type PackageProgress = { done: number, total: number, };

export type HubConnection = { 
/**
 * `host:port`.
 */
address: string, 
/**
 * SHA-256 of the hub's certificate, `AB:CD:…` (spaces, case and colons forgiven).
 */
fingerprint: string, 
/**
 * The account's e-mail address (or id).
 */
login: string, };

export type HubStatus = { connection: HubConnection, 
/**
 * The officer signed in on the hub from this desk; null until they sign in (or after the session ended).
 */
officer: Officer | null, 
/**
 * False while the hub does not answer (the desk keeps trying).
 */
reachable: boolean, };

export type RegisterChange = { 
/**
 * The history row's number: changes arrive in this order. 0 after the desk reconnected: anything may
 * have changed meanwhile.
 */
seq: number, 
/**
 * The kind of record (`pairing`, `session`, …).
 */
entity: string, recordId: string, 
/**
 * Who made it, in every language.
 */
officer: LocalizedText | null, };

export type ExchangeConflict = { id: string, 
/**
 * UTC instant the conflict was found.
 */
at: string, 
/**
 * The kind of record (`pairing`, `instruction`, …), or the table for rows of a record's lists.
 */
kind: string, 
/**
 * The record's id (for rows of a list, its key values joined by U+001F).
 */
record_id: string, 
/**
 * The column, or `*` for a change to a record this site does not have.
 */
field: string, 
/**
 * The value kept, as JSON.
 */
kept: string | null, kept_site: string, 
/**
 * The other value, as JSON.
 */
other: string | null, other_site: string, };

export type ChosenBackup = { token: string, 
/**
 * The file's name, without its folder.
 */
name: string, 
/**
 * UTC instant the backup was made, as its manifest says; `None` when the file is no readable backup
 * (the restore then refuses it and says why).
 */
created_at: string | null, };

export type OwnerKind = "agreement" | "agenda_item" | "decision" | "execution_report";

export type Attachment = { id: string, owner_kind: OwnerKind, owner_id: string, 
/**
 * The sanitised file name, unique among the live attachments of the owner.
 */
name: string, 
/**
 * Lowercase hex SHA-256 of the content; also where the content lives.
 */
sha256: string, size: number, 
/**
 * Guessed from the name's extension (`application/pdf`, …).
 */
media_type: string, 
/**
 * UTC instant it was attached.
 */
added_at: string, 
/**
 * The OS user who attached it.
 */
added_by: string, deleted_at: string | null, };

export type LocalTime = { 
/**
 * The IANA zone (`Asia/Tashkent`).
 */
zone: string, 
/**
 * The calendar date on this clock.
 */
date: string, 
/**
 * `HH:MM` on this clock.
 */
time: string, 
/**
 * The offset from UTC, `+05:00`.
 */
offset: string, };

export type Clocks = { 
/**
 * The instant itself, UTC text as the store keeps it.
 */
utc: string, venue: LocalTime, tashkent: LocalTime, moscow: LocalTime, 
/**
 * Whether Tashkent's and Moscow's wall clocks show different times, so both must be shown.
 */
capitals_differ: boolean, };

export type SessionKind = "council_session" | "working_group" | "forum" | "preparatory";

export type SessionStatus = "draft" | "scheduled" | "confirmed" | "held" | "minutes_approved" | "postponed" | "cancelled";

export type Session = { id: string, kind: SessionKind, 
/**
 * 1st, 2nd, … for council sessions; given at creation, never reused.
 */
ordinal: number | null, title: LocalizedText, 
/**
 * UTC instant of the start.
 */
starts_at: string, 
/**
 * UTC instant of the planned end.
 */
ends_at: string | null, 
/**
 * The venue's IANA time zone.
 */
time_zone: string, venue_city: LocalizedText, venue_place: LocalizedText, status: SessionStatus, 
/**
 * Why it was cancelled or postponed.
 */
status_reason: string, 
/**
 * What the status machine allows next (the buttons a screen shows).
 */
next_statuses: Array<SessionStatus>, 
/**
 * Co-chairs (person ids), Uzbek first, then by name.
 */
co_chairs: Array<string>, 
/**
 * Other participants (person ids), Uzbek first, then by name.
 */
participants: Array<string>, pairings: Array<string>, 
/**
 * Sector codes, sorted.
 */
sectors: Array<string>, 
/**
 * The version the live agenda is.
 */
agenda_version: number, 
/**
 * Set while the live agenda version is approved (locked).
 */
agenda_approved_at: string | null, 
/**
 * The start on the venue's, Tashkent's and Moscow's clocks.
 */
start: Clocks, 
/**
 * The planned end on the three clocks.
 */
end: Clocks | null, created_at: string, updated_at: string, deleted_at: string | null, };

export type Reference = { about: About, 
/**
 * The secretariat's date, which the dashboard and the calendar start from.
 */
today: string, regions: Array<Region>, sectors: Array<Sector>, };

export type Dashboard = { 
/**
 * Open, overdue and due within seven days, at the secretariat's date.
 */
summary: ControlSummary, 
/**
 * The most overdue instructions, oldest due date first.
 */
most_overdue: Array<Instruction>, 
/**
 * Execution rates per lead body, worst first.
 */
rates: Array<ExecutionRate>, 
/**
 * The next sessions from the secretariat's date on, by start; one already held (or cancelled) is not
 * ahead and is left out.
 */
next_sessions: Array<Session>, 
/**
 * Nothing entered yet: the window shows the first-start screen instead.
 */
register_empty: boolean, 
/**
 * A register kept before sites existed whose site has no name yet: the window asks once which
 * secretariat keeps it (until it is named or the officer says "not now").
 */
ask_site_name: boolean, };

export type SessionInput = { kind: SessionKind, title: LocalizedText, 
/**
 * `YYYY-MM-DD HH:MM` on the venue's clock.
 */
starts_at: string, 
/**
 * The planned end, `YYYY-MM-DD HH:MM` on the venue's clock; after the start.
 */
ends_at: string | null, 
/**
 * The venue's IANA time zone (`Asia/Tashkent`, `Europe/Moscow`).
 */
time_zone: string, venue_city: LocalizedText, venue_place: LocalizedText, 
/**
 * Person ids.
 */
co_chairs: Array<string>, 
/**
 * Person ids; someone who is also a co-chair is a co-chair only.
 */
participants: Array<string>, 
/**
 * Pairing ids.
 */
pairings: Array<string>, 
/**
 * Sector codes.
 */
sectors: Array<string>, };

export type SessionEvent = { seq: number, 
/**
 * UTC instant of the change.
 */
at: string, 
/**
 * Absent for the creation.
 */
from_status: SessionStatus | null, to_status: SessionStatus, 
/**
 * The start before the change (UTC instant); a postponement keeps the old date here.
 */
old_starts_at: string | null, 
/**
 * The start after the change (UTC instant).
 */
new_starts_at: string | null, 
/**
 * The start before the change on the venue's, Tashkent's and Moscow's clocks.
 */
old_start: Clocks | null, 
/**
 * The start after the change on the three clocks.
 */
new_start: Clocks | null, reason: string, };

export type StatusChange = { to: SessionStatus, 
/**
 * A new start, `YYYY-MM-DD HH:MM` on the venue's clock: required to schedule a postponed session again,
 * allowed when postponing; refused for other changes.
 */
new_start: string | null, 
/**
 * Why; required to cancel.
 */
reason: string, };

export type SessionFilter = { 
/**
 * Sessions starting on or after this date (`YYYY-MM-DD`, on the venue's clock).
 */
from: string | null, 
/**
 * Sessions starting on or before this date (`YYYY-MM-DD`, on the venue's clock).
 */
to: string | null, kind: SessionKind | null, status: SessionStatus | null, 
/**
 * List the trash instead of the live register.
 */
deleted: boolean, };

export type AgendaItemKind = "opening" | "report" | "discussion" | "signing" | "break" | "closing" | "instructions_review";

export type PresenterKind = "person" | "body";

export type Presenter = { kind: PresenterKind, id: string, 
/**
 * The person's full name or the body's name.
 */
name: LocalizedText, };

export type PresenterInput = { kind: PresenterKind, 
/**
 * The person's or body's id.
 */
id: string, };

export type AgendaItem = { id: string, session_id: string, 
/**
 * The item this is a sub-item of.
 */
parent_id: string | null, 
/**
 * The place among its live siblings, from 0 and without gaps.
 */
position: number, kind: AgendaItemKind, title: LocalizedText, description: LocalizedText, duration_min: number, 
/**
 * UTC instant at which the item must start, when it has a set time.
 */
fixed_start: string | null, 
/**
 * In the order they speak.
 */
presenters: Array<Presenter>, pairing_id: string | null, sector_code: string | null, created_at: string, updated_at: string, deleted_at: string | null, };

export type AgendaEntry = { 
/**
 * `2`, or `2.1` for a sub-item.
 */
number: string, 
/**
 * 0 for an item, 1 for a sub-item.
 */
depth: number, item: AgendaItem, 
/**
 * The computed start, UTC instant.
 */
starts_at: string, 
/**
 * The computed end, UTC instant; an item's span covers its sub-items.
 */
ends_at: string, start: Clocks, end: Clocks, 
/**
 * The items before a fixed-start item end after its fixed start.
 */
overrun: boolean, };

export type Agenda = { session_id: string, version: number, 
/**
 * Set when this version is approved; the live version is then locked.
 */
approved_at: string | null, 
/**
 * Whether this is the session's current version (older ones are read from their approved snapshot).
 */
current: boolean, 
/**
 * The venue's IANA time zone.
 */
time_zone: string, 
/**
 * Every live item in reading order (1, 2, 2.1, 2.2, 3).
 */
entries: Array<AgendaEntry>, 
/**
 * The sum of every item's duration.
 */
total_min: number, 
/**
 * The session's start, UTC instant.
 */
starts_at: string, 
/**
 * When the last item ends, UTC instant.
 */
ends_at: string, start: Clocks, end: Clocks, 
/**
 * The items end after the session's planned end.
 */
overruns_session: boolean, };

export type AgendaVersion = { version: number, 
/**
 * Absent for the current draft.
 */
approved_at: string | null, };

export type AgendaItemInput = { kind: AgendaItemKind, title: LocalizedText, description: LocalizedText, 
/**
 * From 0 to a day (1440).
 */
duration_min: number, 
/**
 * A set start on the venue's clock: `HH:MM` on the session's first day, or `YYYY-MM-DD HH:MM`.
 */
fixed_start: string | null, presenters: Array<PresenterInput>, 
/**
 * A pairing id.
 */
pairing_id: string | null, sector_code: string | null, };

export type AgendaPlace = { 
/**
 * The item to nest under (id); none for a top-level item.
 */
parent_id: string | null, 
/**
 * The place among its siblings, from 0; none (or past the end) puts it last.
 */
position: number | null, };

export type AgendaChangeKind = "added" | "removed" | "moved" | "retimed" | "retitled";

export type AgendaItemState = { 
/**
 * `2`, or `2.1` for a sub-item.
 */
number: string, title: LocalizedText, duration_min: number, 
/**
 * The computed start, UTC instant.
 */
starts_at: string, start: Clocks, end: Clocks, };

export type AgendaItemChange = { item_id: string, 
/**
 * `added` or `removed` alone, else any of `moved`, `retimed`, `retitled`, in that order.
 */
changes: Array<AgendaChangeKind>, 
/**
 * The item in the older version; absent when it was added.
 */
before: AgendaItemState | null, 
/**
 * The item in the newer version; absent when it was removed.
 */
after: AgendaItemState | null, };

export type AgendaComparison = { session_id: string, 
/**
 * The version compared from (the "before").
 */
from_version: number, 
/**
 * The version compared with (the "after").
 */
to_version: number, 
/**
 * The items of the `to` version that changed, in its reading order, then the removed ones in the
 * reading order of the `from` version. Empty when nothing changed.
 */
items: Array<AgendaItemChange>, };

export type DecisionStatus = "in_force" | "amended" | "rescinded";

export type Decision = { id: string, session_id: string, 
/**
 * n in the number: its place in the order of adoption within the session (0 while the number is pending).
 */
seq: number, 
/**
 * `{session ordinal}/{n}` (`{YYYYMMDD of the session's local start}/{n}` for sessions without an ordinal),
 * fixed when given; empty while it is pending.
 */
number: string, 
/**
 * Recorded on a site that does not number its session: the number comes when the session's numbering
 * site has received the decision and its answer has come back.
 */
number_pending: boolean, 
/**
 * The agenda item it was adopted under.
 */
agenda_item_id: string | null, 
/**
 * The text in force (the latest amendment's).
 */
text: LocalizedText, adopted_on: string, status: DecisionStatus, 
/**
 * Every amendment and rescission, oldest first.
 */
revisions: Array<DecisionRevision>, created_at: string, updated_at: string, deleted_at: string | null, };

export type RevisionKind = "amended" | "rescinded";

export type DecisionRevision = { seq: number, 
/**
 * UTC instant.
 */
at: string, kind: RevisionKind, 
/**
 * The text in force before this revision.
 */
old_text: LocalizedText, reason: string, };

export type DecisionInput = { 
/**
 * An agenda item of the same session (id).
 */
agenda_item_id: string | null, text: LocalizedText, 
/**
 * `YYYY-MM-DD`; the session's local date when absent.
 */
adopted_on: string | null, };

export type MatchKind = "word" | "prefix" | "skeleton";

export type SnippetSegment = { text: string, hit: boolean, };

export type SearchHit = { 
/**
 * Record type, as in the trash: `region`, `pairing`, `body`, `person`, `session`, `agenda_item`,
 * `decision`, `instruction`, `agreement`, `project`.
 */
entity: string, 
/**
 * The record's id.
 */
record_id: string, 
/**
 * The record's display label in Russian, Uzbek and English.
 */
title: LocalizedText, 
/**
 * What tells apart records of the same title: the pairing of an agreement or project (its two
 * regions); empty for other records.
 */
context: LocalizedText, 
/**
 * The date of an agreement (signed) or a project (start), when it has one.
 */
date: string | null, 
/**
 * The field that matched: `name`, `centre`, `iso_code`, `regions` (a pairing's two regions),
 * `basis_title`, `basis_number`, `notes`, `contacts`, `full_name`, `position`, `email`, `title`,
 * `venue_city`, `venue_place`, `description`, `number`, `text`.
 */
field: string, 
/**
 * The language of the matched field, for fields kept in three languages.
 */
lang: Lang | null, 
/**
 * The matched field (or a window of it), split at the matches.
 */
snippet: Array<SnippetSegment>, 
/**
 * How the record matched.
 */
matched: MatchKind, 
/**
 * Order of relevance, lower first. The whole part is the tier of `matched` (0, 1 or 2); the fraction adds
 * 0.5 when the field describes rather than names the record (a centre, a venue, notes), 0.25 unless the
 * field is the whole query, and up to 0.125 from the full-text relevance (BM25).
 */
rank: number, };

export type Outcome = "taken" | "already_present" | "refused";

export type Problem = { 
/**
 * The column (CSV header) or property (`DTSTART`) at fault, when one is.
 */
column: string | null, code: ErrorCode, message: string, };

export type NoteCode = "zone_from_file" | "zone_same_offset" | "zone_windows_name" | "utc_times" | "floating_times" | "all_day" | "end_is_start" | "title_missing" | "repeats" | "component_not_closed";

export type Note = { code: NoteCode, message: string, };

export type RowReport = { 
/**
 * The line of the file the row starts on, from 1.
 */
row: number, 
/**
 * What the row is about (a name, a title), to recognise it by.
 */
label: string, outcome: Outcome, 
/**
 * The record made or found, when there is one and it was written or already present.
 */
record_id: string | null, 
/**
 * Every problem found; empty unless refused.
 */
problems: Array<Problem>, 
/**
 * What was assumed to read the row (a zone, a whole day, a missing title), for the officer to check.
 */
notes: Array<Note>, };

export type ImportReport = { 
/**
 * The program that wrote the file, as the file says (an iCalendar PRODID), when it says.
 */
source: string | null, dry_run: boolean, applied: boolean, taken: number, already_present: number, refused: number, 
/**
 * Problems of the file as a whole (an unreadable header, no rows at all).
 */
file_problems: Array<Problem>, rows: Array<RowReport>, };

export type Holiday = { id: string, country: Country, 
/**
 * `YYYY-MM-DD`.
 */
date: string, name: LocalizedText, 
/**
 * The date is set each year by decree and was shipped as the best known date: to be confirmed.
 */
by_decree: boolean, 
/**
 * The officer changed or added it; shipped data never overwrites it.
 */
user_edited: boolean, created_at: string, updated_at: string, deleted_at: string | null, };

export type HolidayInput = { country: Country, 
/**
 * `YYYY-MM-DD`.
 */
date: string, name: LocalizedText, 
/**
 * Still to be confirmed by decree; an officer who enters the decreed date clears it.
 */
by_decree: boolean, };

export type HolidayFilter = { 
/**
 * Only this year.
 */
year: number | null, country: Country | null, 
/**
 * List the trash instead.
 */
deleted: boolean, };

export type ConflictKind = "person_busy" | "venue_busy" | "holiday" | "weekend";

export type PersonRole = "co_chair" | "presenter" | "participant";

export type ConflictingSession = { id: string, title: LocalizedText, 
/**
 * Its start on its venue's, Tashkent's and Moscow's clocks.
 */
start: Clocks, };

export type ConflictPerson = { id: string, name: LocalizedText, 
/**
 * Their part in the session being scheduled.
 */
role: PersonRole, 
/**
 * Their part in the other session.
 */
other_role: PersonRole, };

export type ScheduleConflict = { 
/**
 * What the warning is about, the same each time it is raised (`person_busy:<person>:<session>`,
 * `venue_busy:<session>`, `holiday:<holiday>:<date>`, `weekend:<date>`): what an officer confirms.
 */
key: string, kind: ConflictKind, 
/**
 * The other session (person and venue conflicts).
 */
session: ConflictingSession | null, 
/**
 * The holiday (holiday conflicts).
 */
holiday: Holiday | null, 
/**
 * The person booked twice (person conflicts).
 */
person: ConflictPerson | null, message: LocalizedText, };

export type SessionDraft = { 
/**
 * The session being changed; absent for a new one.
 */
session_id: string | null, input: SessionInput, };

export type DayOfWeek = "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";

export type MonthWeek = "first" | "second" | "third" | "fourth" | "last";

export type Repeat = { "kind": "weekly", every_weeks: number, weekday: DayOfWeek, } | { "kind": "monthly_weekday", week: MonthWeek, weekday: DayOfWeek, } | { "kind": "monthly_day", day: number, };

export type SeriesEnd = { "kind": "until", date: string, } | { "kind": "count", count: number, };

export type RecurrenceRule = { repeat: Repeat, end: SeriesEnd, };

export type SeriesInput = { 
/**
 * The first meeting: its date starts the rule; every occurrence has its times of day and its fields.
 */
session: SessionInput, rule: RecurrenceRule, 
/**
 * Dates to skip, `YYYY-MM-DD`.
 */
exceptions: Array<string>, };

export type SeriesOccurrence = { 
/**
 * The date the rule gave it (the meeting may since have moved).
 */
date: string, session: Session, };

export type SessionSeries = { id: string, rule: RecurrenceRule, 
/**
 * The date the rule counts from.
 */
first_date: string, 
/**
 * `HH:MM` on the venue's clock.
 */
start_time: string, end_time: string | null, 
/**
 * The fields every meeting was made from.
 */
template: SessionInput, 
/**
 * Skipped dates, in order.
 */
exceptions: Array<string>, occurrences: Array<SeriesOccurrence>, created_at: string, updated_at: string, deleted_at: string | null, };

export type DatedConflicts = { date: string, conflicts: Array<ScheduleConflict>, };

export type SeriesPreview = { 
/**
 * The dates of its meetings, in order.
 */
dates: Array<string>, 
/**
 * The warnings of the meetings that have any.
 */
conflicts: Array<DatedConflicts>, };

export type IndicatorUnit = "usd_million" | "count";

export type IndicatorMeasure = "annual" | "stock" | "cumulative";

export type TargetKind = "reach" | "more_than" | "about";

export type Indicator = { id: string, 
/**
 * `trade_turnover`, `joint_ventures`, `project_portfolio`, `agreements_signed`; empty for the
 * secretariat's own.
 */
code: string, name: LocalizedText, unit: IndicatorUnit, measure: IndicatorMeasure, target_kind: TargetKind, 
/**
 * In thousandths of the unit; none while no target is set.
 */
target_milli: number | null, position: number, created_at: string, updated_at: string, deleted_at: string | null, };

export type IndicatorInput = { name: LocalizedText, unit: IndicatorUnit, measure: IndicatorMeasure, target_kind: TargetKind, 
/**
 * A decimal in the unit (`30 000`, `45000,5`); empty: no target.
 */
target: string, };

export type IndicatorValue = { id: string, indicator_id: string, year: number, 
/**
 * 1–4; none for the whole year.
 */
quarter: number | null, 
/**
 * In thousandths of the indicator's unit.
 */
value_milli: number, 
/**
 * Where the figure comes from (the statistics committee, a ministry's letter).
 */
source: string, 
/**
 * `YYYY-MM-DD`: the date of the figure.
 */
as_of: string, created_at: string, updated_at: string, deleted_at: string | null, };

export type IndicatorValueInput = { indicator_id: string, year: number, 
/**
 * 1–4; none for the whole year.
 */
quarter: number | null, 
/**
 * A decimal in the indicator's unit (`11 800`, `2,5`).
 */
value: string, source: string, 
/**
 * `YYYY-MM-DD`.
 */
as_of: string, };

export type YearPoint = { year: number, value_milli: number, 
/**
 * The year has no value of its own: the sum of the quarters entered (a flow) or the latest quarter (a level).
 */
partial: boolean, };

export type IndicatorProgress = { indicator: Indicator, values: Array<IndicatorValue>, 
/**
 * One point per year that has values: the year's own value, or its quarters summed (`partial`).
 */
years: Array<YearPoint>, 
/**
 * What counts against the target now (see [`IndicatorMeasure`]); none without values.
 */
current_milli: number | null, 
/**
 * The period `current_milli` stands for: `2026`, `2026 Q3`, or `2024–2026` for a cumulative one.
 */
current_period: string, 
/**
 * `current / target`, none without either (may pass 1).
 */
progress: number | null, };

export type SessionsHeld = { year: number, council_sessions: number, 
/**
 * Working groups, forums and preparatory meetings.
 */
other: number, };

export type ExecutionOverall = { counted: number, on_time: number, late: number, overdue: number, 
/**
 * `on_time / counted`, none when nothing counted yet.
 */
rate: number | null, };

export type CouncilOverview = { 
/**
 * The secretariat's date the execution rate is counted at.
 */
today: string, indicators: Array<IndicatorProgress>, 
/**
 * The register's joint projects in US dollars at recorded rates, by sector and by pairing.
 */
portfolio_by_sector: ProjectPortfolio, portfolio_by_pairing: ProjectPortfolio, 
/**
 * Agreements signed per year of signing.
 */
agreements_by_year: Array<AgreementTally>, execution: ExecutionOverall, 
/**
 * Execution per pairing, worst first.
 */
execution_by_pairing: Array<ExecutionRate>, sessions_held: Array<SessionsHeld>, };

export type ActivityLevel = "quiet" | "some" | "busy";

export type PairingActivity = { pairing_id: string, uz_region: RegionRef, ru_region: RegionRef, status: PairingStatus, 
/**
 * Sessions held (held or with approved minutes) in the period that name the pairing, or one of whose agenda
 * items does.
 */
sessions_held: number, 
/**
 * The pairing's projects (agreed, under way or completed) running at some time in the period.
 */
projects_active: number, 
/**
 * Of those, the ones that started in the period.
 */
projects_started: number, level: ActivityLevel, };

export type PairingMap = { since: string, today: string, 
/**
 * By Uzbek then Russian region name.
 */
pairings: Array<PairingActivity>, };

/** The order in which another language's text stands in for a missing translation. */
export const FALLBACK_ORDER: readonly Lang[] = ["ru", "uz", "en"];

/** Every level of a pairing's activity, quietest first (the map's legend). */
export const ACTIVITY_LEVELS: readonly ActivityLevel[] = ["quiet", "some", "busy"];

/** Every kind of agenda item, in the core's order. */
export const AGENDA_ITEM_KINDS: readonly AgendaItemKind[] = ["opening", "report", "discussion", "signing", "break", "closing", "instructions_review"];

/** Every state of an instruction, in the core's order. */
export const INSTRUCTION_STATES: readonly InstructionState[] = ["assigned", "in_progress", "reported", "removed", "cancelled"];

/** Every unit an indicator may be in, in the core's order. */
export const INDICATOR_UNITS: readonly IndicatorUnit[] = ["usd_million", "count"];

/** Every way an indicator's values meet its target, in the core's order. */
export const INDICATOR_MEASURES: readonly IndicatorMeasure[] = ["annual", "stock", "cumulative"];

/** Every kind of target, in the core's order. */
export const TARGET_KINDS: readonly TargetKind[] = ["reach", "more_than", "about"];

/** Every language a reminder letter may be written in, in the core's order. */
export const LETTER_LANGS: readonly LetterLang[] = ["ru", "uz", "en", "ru+uz"];

/** Every kind of session, in the core's order. */
export const SESSION_KINDS: readonly SessionKind[] = ["council_session", "working_group", "forum", "preparatory"];

/** Every status of a session, in the core's order. */
export const SESSION_STATUSES: readonly SessionStatus[] = ["draft", "scheduled", "confirmed", "held", "minutes_approved", "postponed", "cancelled"];

/** The longest agenda item the core takes, in minutes. */
export const MAX_DURATION_MIN = 1440;
