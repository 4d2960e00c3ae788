import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { Agreement, Project, ProjectPortfolio } from '../ipc';
import { decision, instruction, pairing, sectors, session } from '../test/builders';
import PairingPage from './PairingPage.svelte';

vi.mock('../ipc');

const the = pairing({ id: 'p-1', sectors: ['energy'] });

const agreement: Agreement = {
  id: 'a-1', title: { ru: 'Соглашение о сотрудничестве', uz: 'Hamkorlik toʻgʻrisida kelishuv', en: '' },
  number: '17/2026', status: 'in_force', signed_on: '2026-05-27', pairing_id: 'p-1', parties: [], session_id: null,
  value: null, created_at: '', updated_at: '', deleted_at: null,
};

const project: Project = {
  id: 'pr-1', title: { ru: 'Технопарк', uz: 'Texnopark', en: 'Technology park' }, sector: 'energy', pairing_id: 'p-1',
  regions: [], lead_bodies: [], value: { minor: 250_000_000, currency: 'USD' }, status: 'under_way',
  starts_on: null, ends_on: null, created_at: '', updated_at: '', deleted_at: null,
};

const portfolio: ProjectPortfolio = {
  by: 'sector', as_of: '2026-11-29',
  rows: [{ key: 'energy', label: { ru: 'Энергетика', uz: 'Energetika', en: 'Energy' }, projects: 1,
    total_usd_cents: 250_000_000, unconverted: 0, unconverted_amounts: [] }],
  total: { key: '', label: { ru: 'Итого', uz: 'Jami', en: 'Total' }, projects: 1, total_usd_cents: 250_000_000,
    unconverted: 0, unconverted_amounts: [] },
  missing_rates: [],
};

async function renderPage() {
  const props = {
    pairingId: 'p-1', sectors, onback: vi.fn(), onopensession: vi.fn(), onopeninstruction: vi.fn(),
    onhistory: vi.fn(), onloaded: vi.fn(),
  };
  render(PairingPage, props);
  await vi.waitFor(() => expect(props.onloaded).toHaveBeenCalled());
  return props;
}

describe('pairing page', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.getPairing).mockReset().mockResolvedValue(the);
    vi.mocked(ipc.listAgreements).mockReset().mockResolvedValue([agreement]);
    vi.mocked(ipc.listProjects).mockReset().mockResolvedValue([project]);
    vi.mocked(ipc.pairingPortfolio).mockReset().mockResolvedValue(portfolio);
    vi.mocked(ipc.pairingSessions).mockReset().mockResolvedValue([session({ id: 's-1' })]);
    vi.mocked(ipc.pairingDecisions).mockReset().mockResolvedValue([decision({ id: 'd-1', session_id: 's-1' })]);
    vi.mocked(ipc.listInstructions).mockReset().mockResolvedValue([instruction({ id: 'i-1', overdue: true })]);
  });

  it('shows the pairing, its agreements, projects and value by sector, and its work', async () => {
    await renderPage();
    expect(ipc.listInstructions).toHaveBeenCalledWith(expect.objectContaining({ pairing: 'p-1', open_only: false }));
    expect(screen.getByTestId('pairing-title').textContent).toContain('Самаркандская область');
    const agreements = within(screen.getByTestId('pairing-agreements'));
    expect(agreements.getByText('17/2026')).toBeTruthy();
    expect(agreements.getByText('Действует')).toBeTruthy();
    const total = screen.getByTestId('portfolio-total').textContent ?? '';
    expect(total.replace(/\s/g, '')).toContain('2500000,00');
    expect(within(screen.getByTestId('pairing-projects')).getByText('Реализуется')).toBeTruthy();
    const work = within(screen.getByTestId('pairing-instructions'));
    expect(work.getByTestId('overdue-mark')).toBeTruthy();
    expect(work.getByText('Назначено')).toBeTruthy();
  });

  it('flags an agreement title missing in the interface language', async () => {
    showLanguage('en');
    await renderPage();
    const agreements = within(screen.getByTestId('pairing-agreements'));
    expect(agreements.getByTestId('missing-translation')).toBeTruthy();
  });

  it('opens sessions, decisions and instructions where they live, and the history', async () => {
    const props = await renderPage();
    await fireEvent.click(screen.getByTestId('pairing-session'));
    expect(props.onopensession).toHaveBeenCalledWith('s-1');
    await fireEvent.click(screen.getByTestId('pairing-decision'));
    expect(props.onopensession).toHaveBeenCalledTimes(2);
    await fireEvent.click(screen.getByTestId('pairing-instruction'));
    expect(props.onopeninstruction).toHaveBeenCalledWith(expect.objectContaining({ id: 'i-1' }));
    await fireEvent.click(screen.getByTestId('pairing-history'));
    expect(props.onhistory).toHaveBeenCalledWith('pairing', 'p-1');
  });
});
