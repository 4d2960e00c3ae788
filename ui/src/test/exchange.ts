// Builders of the exchange's answers: this site, peers, packages and conflicts.
import type { ApplyReport, ExchangeConflict, Peer, PeerView, ReceivedPackage, SiteView } from '../ipc/bindings';

export const TASHKENT_ID = '0190aaaa-0000-7000-8000-000000000001';
export const MOSCOW_ID = '0190aaaa-0000-7000-8000-000000000002';

export function siteView(overrides: Partial<SiteView['site']> = {}, fingerprint: string | null = null): SiteView {
  return {
    site: {
      id: TASHKENT_ID, name: { ru: 'Узбекский секретариат', uz: 'Oʻzbekiston kotibiyati', en: 'Uzbek secretariat' },
      country: 'UZ', named: true, public_key: fingerprint ? 'cd'.repeat(32) : null, ...overrides,
    },
    fingerprint,
  };
}

export function peer(overrides: Partial<Peer> = {}): Peer {
  return {
    id: MOSCOW_ID, name: { ru: 'Российский секретариат', uz: 'Rossiya kotibiyati', en: 'Russian secretariat' },
    country: 'RU', public_key: 'ab'.repeat(32), added_at: '2026-11-01T08:00:00.000Z', last_sent: 0,
    last_sent_at: null, last_received: 0, last_received_at: null, waiting: 0, ...overrides,
  };
}

export function peerView(overrides: Partial<Peer> = {}): PeerView {
  return { peer: peer(overrides), fingerprint: '1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809' };
}

export function applyReport(overrides: Partial<ApplyReport> = {}): ApplyReport {
  return {
    applied: 0, already_held: 0, waiting: 0, created: {}, changed: {}, conflicts: 0, missing: {}, missed_package: null, numbered: 0,
    ...overrides,
  };
}

export function receivedPackage(report: Partial<ApplyReport> = {}, number = 1): ReceivedPackage {
  return { peer: peer(), number, report: applyReport(report) };
}

export function conflict(overrides: Partial<ExchangeConflict> = {}): ExchangeConflict {
  return {
    id: 'c-1', at: '2026-12-01T08:00:00.000Z', kind: 'pairing', record_id: 'p-1', field: 'notes',
    kept: '"Встреча в Самарканде"', kept_site: MOSCOW_ID, other: '"Встреча в Бухаре"', other_site: TASHKENT_ID,
    ...overrides,
  };
}
