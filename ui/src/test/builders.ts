// Small builders for test data; each test states only what it cares about.
import type {
  About,
  Agenda,
  AgendaEntry,
  AgendaItem,
  Body,
  Clocks,
  ControlSummary,
  Dashboard,
  DeadlineNotice,
  Decision,
  ExecutionRate,
  Instruction,
  InstructionHistory,
  Pairing,
  Person,
  Reference,
  Region,
  Sector,
  Session,
  SessionEvent,
  TrashEntry,
} from '../ipc/bindings';

export function region(overrides: Partial<Region> & Pick<Region, 'id'>): Region {
  return {
    iso_code: null,
    country: 'UZ',
    kind: 'region',
    name: { ru: '', uz: '', en: '' },
    centre: { ru: '', uz: '', en: '' },
    time_zone: 'Asia/Tashkent',
    user_edited: false,
    ...overrides,
  };
}

export const samarkand = region({
  id: 'r-uz-sa', iso_code: 'UZ-SA', country: 'UZ',
  name: { ru: 'Самаркандская область', uz: 'Samarqand viloyati', en: 'Samarkand Region' },
  centre: { ru: 'Самарканд', uz: 'Samarqand', en: 'Samarkand' }, time_zone: 'Asia/Samarkand',
});
export const tashkentCity = region({
  id: 'r-uz-tk', iso_code: 'UZ-TK', country: 'UZ', kind: 'city',
  name: { ru: 'город Ташкент', uz: 'Toshkent shahri', en: 'Tashkent City' },
  centre: { ru: 'Ташкент', uz: 'Toshkent', en: 'Tashkent' },
});
export const samara = region({
  id: 'r-ru-sam', iso_code: 'RU-SAM', country: 'RU',
  name: { ru: 'Самарская область', uz: 'Samara viloyati', en: 'Samara Oblast' },
  centre: { ru: 'Самара', uz: 'Samara', en: 'Samara' }, time_zone: 'Europe/Samara',
});
export const sverdlovsk = region({
  id: 'r-ru-sve', iso_code: 'RU-SVE', country: 'RU',
  name: { ru: 'Свердловская область', uz: 'Sverdlovsk viloyati', en: 'Sverdlovsk Oblast' },
  centre: { ru: 'Екатеринбург', uz: 'Yekaterinburg', en: 'Yekaterinburg' },
  time_zone: 'Asia/Yekaterinburg',
});
export const regions: Region[] = [samarkand, tashkentCity, samara, sverdlovsk];

export function sector(code: string, ru: string, uz: string, en: string): Sector {
  return { code, name: { ru, uz, en } };
}
export const sectors: Sector[] = [
  sector('energy', 'Энергетика', 'Energetika', 'Energy'),
  sector('agriculture', 'Сельское хозяйство', 'Qishloq xoʻjaligi', 'Agriculture'),
  sector('tourism', 'Туризм', 'Turizm', 'Tourism'),
];

export function pairing(overrides: Partial<Pairing> = {}): Pairing {
  const ref = (r: Region) => ({
    id: r.id, iso_code: r.iso_code, name: r.name,
  });
  return {
    id: 'p-1',
    uz_region: ref(samarkand),
    ru_region: ref(sverdlovsk),
    status: 'active',
    since: '2019-10-18',
    basis: {
      title: { ru: 'Соглашение о сотрудничестве', uz: 'Hamkorlik toʻgʻrisidagi kelishuv', en: 'Cooperation agreement' },
      number: '12',
      date: '2019-10-18',
    },
    sectors: ['energy'],
    notes: { ru: '', uz: '', en: '' },
    contacts: '',
    created_at: '2026-01-10T08:00:00.000Z',
    updated_at: '2026-01-10T08:00:00.000Z',
    deleted_at: null,
    ...overrides,
  };
}

export function about(overrides: Partial<About> = {}): About {
  return {
    version: '0.1.0',
    db_path: '/home/officer/.local/share/council-desk/council.db',
    schema_version: 1,
    language: 'ru',
    backups_dir: '/home/officer/.local/share/council-desk/backups',
    backups_keep: 7,
    demonstration: false,
    ...overrides,
  };
}

export function trashEntry(overrides: Partial<TrashEntry> = {}): TrashEntry {
  return {
    entity: 'pairing',
    id: 'p-1',
    label: {
      ru: 'Самаркандская область — Свердловская область',
      uz: 'Samarqand viloyati — Sverdlovsk viloyati',
      en: 'Samarkand Region — Sverdlovsk Oblast',
    },
    deleted_at: '2026-11-29T08:30:00.000Z',
    ...overrides,
  };
}

export function body(overrides: Partial<Body> = {}): Body {
  return {
    id: 'b-energy',
    country: 'UZ',
    kind: 'ministry',
    name: {
      ru: 'Министерство энергетики Республики Узбекистан',
      uz: 'Oʻzbekiston Respublikasi Energetika vazirligi',
      en: 'Ministry of Energy of Uzbekistan',
    },
    region_id: null,
    created_at: '2026-01-10T08:00:00.000Z',
    updated_at: '2026-01-10T08:00:00.000Z',
    deleted_at: null,
    ...overrides,
  };
}

export const energyMinistry = body();
export const sverdlovskGovernment = body({
  id: 'b-sve', country: 'RU', kind: 'regional_administration', region_id: sverdlovsk.id,
  name: { ru: 'Правительство Свердловской области', uz: '', en: 'Government of Sverdlovsk Oblast' },
});

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'pe-1',
    full_name: { ru: 'Каримова Дильноза', uz: 'Karimova Dilnoza', en: 'Dilnoza Karimova' },
    position: { ru: 'Начальник отдела', uz: 'Boʻlim boshligʻi', en: 'Head of division' },
    body_id: energyMinistry.id,
    country: 'UZ',
    phone: '+998 71 200 00 00',
    email: 'd.karimova@example.uz',
    created_at: '2026-01-10T08:00:00.000Z',
    updated_at: '2026-01-10T08:00:00.000Z',
    deleted_at: null,
    ...overrides,
  };
}

export function instruction(overrides: Partial<Instruction> = {}): Instruction {
  return {
    id: 'i-1',
    number: '3.1',
    number_pending: false,
    decision_id: 'd-3',
    session_id: 's-1',
    parent_id: null,
    text: {
      ru: 'Провести форум молодёжи',
      uz: 'Yoshlar forumini oʻtkazish',
      en: 'Hold a youth forum',
    },
    lead_body_id: energyMinistry.id,
    lead_body: energyMinistry.name,
    co_executor_ids: [],
    controller_person_id: null,
    pairing_id: null,
    due_on: '2026-03-01',
    original_due_on: '2026-03-01',
    extension_count: 0,
    state: 'assigned',
    state_reason: '',
    removed_on: null,
    report_count: 0,
    last_report_on: null,
    overdue: false,
    awaiting_review: false,
    due_warning: null,
    reminder_count: 0,
    last_reminded_on: null,
    created_at: '2026-01-10T08:00:00.000Z',
    updated_at: '2026-01-10T08:00:00.000Z',
    deleted_at: null,
    ...overrides,
  };
}

export function instructionHistory(
  of: Instruction,
  overrides: Partial<InstructionHistory> = {},
): InstructionHistory {
  return {
    instruction: of,
    extensions: [],
    reports: [],
    changes: [
      { seq: 1, at: of.created_at, os_user: 'karimova', from_state: null, to_state: 'assigned', note: '' },
    ],
    edits: [],
    reminders: [],
    ...overrides,
  };
}

export function summary(overrides: Partial<ControlSummary> = {}): ControlSummary {
  return { today: '2026-03-10', open: 42, overdue: 7, due_within_7_days: 5, awaiting_review: 0, ...overrides };
}

export function rate(overrides: Partial<ExecutionRate> = {}): ExecutionRate {
  return {
    id: energyMinistry.id,
    label: energyMinistry.name,
    counted: 4,
    on_time: 3,
    late: 1,
    overdue: 0,
    rate: 0.75,
    ...overrides,
  };
}

/** `YYYY-MM-DD HH:MM` of a UTC instant on the clock of `zone` (what the backend computes, for test data). */
function wallClock(instant: string, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** One UTC instant on the venue's, Tashkent's and Moscow's clocks, as the backend gives it. */
export function clocksAt(utc: string, zone = 'Asia/Tashkent'): Clocks {
  const local = (z: string) => {
    const [date, time] = wallClock(utc, z).split(' ');
    const name = new Intl.DateTimeFormat('en-GB', { timeZone: z, timeZoneName: 'longOffset' })
      .formatToParts(new Date(utc)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    return { zone: z, date, time, offset: name === 'GMT' ? '+00:00' : name.slice(3) };
  };
  const tashkent = local('Asia/Tashkent');
  const moscow = local('Europe/Moscow');
  return {
    utc, venue: local(zone), tashkent, moscow,
    capitals_differ: tashkent.date !== moscow.date || tashkent.time !== moscow.time,
  };
}

const addMinutes = (utc: string, minutes: number) => new Date(Date.parse(utc) + minutes * 60_000).toISOString();

export function session(overrides: Partial<Session> = {}): Session {
  const startsAt = overrides.starts_at ?? '2026-05-27T05:00:00.000Z';
  const zone = overrides.time_zone ?? 'Asia/Tashkent';
  const endsAt = overrides.ends_at === undefined ? addMinutes(startsAt, 180) : overrides.ends_at;
  return {
    id: 's-1',
    kind: 'council_session',
    ordinal: 3,
    title: {
      ru: 'Третье заседание Совета регионов',
      uz: 'Hududlar Kengashining uchinchi majlisi',
      en: 'Third session of the Council of Regions',
    },
    starts_at: startsAt,
    ends_at: endsAt,
    time_zone: zone,
    venue_city: { ru: 'Ташкент', uz: 'Toshkent', en: 'Tashkent' },
    venue_place: { ru: 'Конгресс-холл', uz: 'Kongress-xoll', en: 'Congress Hall' },
    status: 'scheduled',
    status_reason: '',
    next_statuses: ['confirmed', 'postponed', 'cancelled'],
    co_chairs: [],
    participants: [],
    pairings: [],
    sectors: [],
    agenda_version: 1,
    agenda_approved_at: null,
    start: clocksAt(startsAt, zone),
    end: endsAt ? clocksAt(endsAt, zone) : null,
    created_at: '2026-01-10T08:00:00.000Z',
    updated_at: '2026-01-10T08:00:00.000Z',
    deleted_at: null,
    ...overrides,
  };
}

export function sessionEvent(overrides: Partial<SessionEvent> = {}): SessionEvent {
  return {
    seq: 1, at: '2026-01-10T08:00:00.000Z', from_status: null, to_status: 'draft',
    old_starts_at: null, new_starts_at: null, old_start: null, new_start: null, reason: '',
    ...overrides,
  };
}

export function agendaItem(overrides: Partial<AgendaItem> & Pick<AgendaItem, 'id'>): AgendaItem {
  return {
    session_id: 's-1',
    parent_id: null,
    position: 0,
    kind: 'report',
    title: { ru: '', uz: '', en: '' },
    description: { ru: '', uz: '', en: '' },
    duration_min: 30,
    fixed_start: null,
    presenters: [],
    pairing_id: null,
    sector_code: null,
    created_at: '2026-01-10T08:00:00.000Z',
    updated_at: '2026-01-10T08:00:00.000Z',
    deleted_at: null,
    ...overrides,
  };
}

/**
 * The agenda the backend would compute from `items`: read in order (1, 2, 2.1, 3) by position,
 * numbered, each starting when the one before ends (a parent's span covers its sub-items).
 */
export function agendaOf(items: AgendaItem[], of: Session = session(), overrides: Partial<Agenda> = {}): Agenda {
  const byPosition = (parent: string | null) =>
    items.filter((i) => i.parent_id === parent).sort((a, b) => a.position - b.position);
  const entries: AgendaEntry[] = [];
  let cursor = of.starts_at;
  const place = (item: AgendaItem, number: string, depth: number) => {
    const start = cursor;
    cursor = addMinutes(cursor, item.duration_min);
    const entry: AgendaEntry = {
      number, depth, item, starts_at: start, ends_at: cursor,
      start: clocksAt(start, of.time_zone), end: clocksAt(cursor, of.time_zone), overrun: false,
    };
    entries.push(entry);
    return entry;
  };
  byPosition(null).forEach((top, k) => {
    const parent = place(top, String(k + 1), 0);
    byPosition(top.id).forEach((child, j) => place(child, `${k + 1}.${j + 1}`, 1));
    parent.ends_at = cursor;
    parent.end = clocksAt(cursor, of.time_zone);
  });
  const total = items.reduce((sum, i) => sum + i.duration_min, 0);
  return {
    session_id: of.id, version: of.agenda_version, approved_at: of.agenda_approved_at, current: true,
    time_zone: of.time_zone, entries, total_min: total, starts_at: of.starts_at, ends_at: cursor,
    start: of.start, end: clocksAt(cursor, of.time_zone),
    overruns_session: of.ends_at !== null && cursor > of.ends_at,
    ...overrides,
  };
}

export function decision(overrides: Partial<Decision> = {}): Decision {
  return {
    id: 'd-1',
    session_id: 's-1',
    seq: 1,
    number: '3/1',
    number_pending: false,
    agenda_item_id: null,
    text: { ru: 'Одобрить план', uz: 'Rejani maʼqullash', en: 'Approve the plan' },
    adopted_on: '2026-05-27',
    status: 'in_force',
    revisions: [],
    created_at: '2026-05-27T08:00:00.000Z',
    updated_at: '2026-05-27T08:00:00.000Z',
    deleted_at: null,
    ...overrides,
  };
}

/** The reference data the window asks for as it opens: About in Russian, the regions and sectors above. */
export function reference(overrides: Partial<Reference> = {}): Reference {
  return { about: about(), today: '2026-05-20', regions, sectors, ...overrides };
}

/** The dashboard's answer: the summary's counts, one overdue instruction, one rate, one coming session. */
export function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    summary: summary(),
    most_overdue: [instruction({ overdue: true })],
    rates: [rate()],
    next_sessions: [session()],
    register_empty: false,
    ask_site_name: false,
    ...overrides,
  };
}

/** The deadline notice at 07.12.2026: two overdue, one due within a week, the first of them named. */
export function deadlineNotice(overrides: Partial<DeadlineNotice> = {}): DeadlineNotice {
  return {
    today: '2026-12-07',
    settings: { within_days: 7, desktop: true },
    overdue: 2,
    due_soon: 1,
    first: [instruction({ number: '3.1', overdue: true })],
    filter: {
      states: [], open_only: true, body: null, pairing: null, session: null,
      overdue: true, due_within_days: 7, limit: null, offset: 0,
    },
    ...overrides,
  };
}
