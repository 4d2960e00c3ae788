import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { officersKnown, signedInOfficer } from '../lib/officer.svelte';
import { dashboard } from '../test/builders';
import { head, officer } from '../test/officers';
import DashboardScreen from './DashboardScreen.svelte';

vi.mock('../ipc');

async function renderScreen() {
  const onloaded = vi.fn();
  render(DashboardScreen, {
    onloaded, onopencontrol: vi.fn(), onnewpairing: vi.fn(), onopensession: vi.fn(), onrestore: vi.fn(),
  });
  await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
}

describe('a register without officer accounts', () => {
  beforeEach(() => {
    showLanguage('ru');
    localStorage.clear();
    officersKnown(false, null);
    vi.mocked(ipc.dashboard).mockReset().mockResolvedValue(dashboard());
    vi.mocked(ipc.createOfficer).mockReset();
  });

  it('asks who keeps it and makes the first account, a head, signed in at once', async () => {
    const created = officer({ role: 'head' });
    vi.mocked(ipc.createOfficer).mockResolvedValue(created);
    await renderScreen();
    expect(screen.getByTestId('first-officer-notice').textContent).toContain('Кто ведёт этот реестр?');
    await fireEvent.click(screen.getByTestId('first-officer-open'));
    expect(screen.getByTestId('officer-first-head').textContent).toContain('руководитель секретариата');
    expect(screen.queryByTestId('officer-role')).toBeNull();
    await fireEvent.input(screen.getByTestId('officer-name-ru'), { target: { value: ' Каримова Дилноза ' } });
    await fireEvent.input(screen.getByTestId('officer-name-uz'), { target: { value: 'Karimova Dilnoza' } });
    await fireEvent.input(screen.getByTestId('officer-position-ru'), { target: { value: 'Главный специалист' } });
    await fireEvent.input(screen.getByTestId('officer-email'), { target: { value: 'karimova@example.uz' } });
    await fireEvent.input(screen.getByTestId('officer-phone'), { target: { value: '+998 71 200 00 01' } });
    await fireEvent.click(screen.getByTestId('officer-save'));
    await vi.waitFor(() => expect(screen.queryByTestId('first-officer-notice')).toBeNull());
    expect(ipc.createOfficer).toHaveBeenCalledWith({
      name: { ru: 'Каримова Дилноза', uz: 'Karimova Dilnoza', en: '' },
      position: { ru: 'Главный специалист', uz: '', en: '' },
      email: 'karimova@example.uz', phone: '+998 71 200 00 01', role: 'head', person_id: null, active: true,
    });
    expect(signedInOfficer()).toEqual(created);
  });

  it('shows the core\u2019s refusal beside the field and keeps asking', async () => {
    vi.mocked(ipc.createOfficer).mockRejectedValue({
      code: 'invalid_value', message: 'Адрес эл. почты указан неверно', field: 'email',
    });
    await renderScreen();
    await fireEvent.click(screen.getByTestId('first-officer-open'));
    await fireEvent.input(screen.getByTestId('officer-name-ru'), { target: { value: 'Каримова Дилноза' } });
    await fireEvent.input(screen.getByTestId('officer-email'), { target: { value: 'karimova' } });
    await fireEvent.click(screen.getByTestId('officer-save'));
    expect((await screen.findByTestId('error-email')).textContent).toBe('Адрес эл. почты указан неверно');
    expect(screen.getByTestId('first-officer-notice')).toBeTruthy();
    expect(signedInOfficer()).toBeNull();
  });

  it('stops asking on this machine when the officer says not now', async () => {
    await renderScreen();
    await fireEvent.click(screen.getByTestId('first-officer-not-now'));
    expect(screen.queryByTestId('first-officer-notice')).toBeNull();
    await renderScreen();
    expect(screen.queryByTestId('first-officer-notice')).toBeNull();
  });

  it('is not asked while accounts exist, and asks (here in Uzbek) once none do', async () => {
    showLanguage('uz');
    officersKnown(true, head);
    await renderScreen();
    expect(screen.queryByTestId('first-officer-notice')).toBeNull();
    officersKnown(false, null);
    await vi.waitFor(() =>
      expect(screen.getByTestId('first-officer-notice').textContent).toContain('Bu reyestrni kim yuritadi?'));
  });
});
