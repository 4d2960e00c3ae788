import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { BackupOutcome, MissingContent, RestoreOutcome } from '../ipc';
import { about } from '../test/builders';
import { siteView } from '../test/exchange';
import SettingsScreen from './SettingsScreen.svelte';

vi.mock('../ipc');

const lost: MissingContent = {
  attachment_id: 'a-1', name: 'Qoʻshma loyiha.pdf', sha256: 'ab'.repeat(32), fault: 'damaged',
};

function outcome(overrides: Partial<BackupOutcome> = {}): BackupOutcome {
  return {
    status: 'ok', at: '2026-12-07T05:00:00.000Z', path: '/tmp/copy.council-backup', missing: [], error: null,
    ...overrides,
  };
}

function restored(safety: string | null, missing: MissingContent[]): RestoreOutcome {
  return {
    manifest: { format: 3, app_version: '0.1.0', schema_version: 8, created_at: '2026-12-06T05:00:00.000Z', files: [], missing },
    safety,
    missing,
  } as unknown as RestoreOutcome;
}

describe('settings: data', () => {
  beforeEach(() => {
    showLanguage('ru');
    for (const fn of [ipc.backupNow, ipc.chooseBackupFile, ipc.restoreBackup, ipc.checkDatabase, ipc.setBackupsKeep]) {
      vi.mocked(fn).mockReset();
    }
    vi.mocked(ipc.lastDailyBackup).mockReset().mockResolvedValue(null);
    vi.mocked(ipc.thisSite).mockResolvedValue(siteView());
    vi.mocked(ipc.listPeers).mockResolvedValue([]);
    // The settings screen also lists the officers (none here) and offers the people to link them to.
    vi.mocked(ipc.listOfficers).mockResolvedValue([]);
    vi.mocked(ipc.listPeople).mockResolvedValue([]);
  });

  function show(ondatachanged = vi.fn().mockResolvedValue(undefined)) {
    render(SettingsScreen, { about: about({ backups_keep: 7 }), onlanguage: () => {}, ondatachanged });
    return ondatachanged;
  }

  it('shows the backups folder and a progress indicator while backing up', async () => {
    let finish: (outcome: BackupOutcome | null) => void = () => {};
    vi.mocked(ipc.backupNow).mockReturnValue(new Promise((resolve) => (finish = resolve)));
    show();
    expect(screen.getByTestId('data-folder').textContent).toBe('/home/officer/.local/share/council-desk/backups');
    await fireEvent.click(screen.getByTestId('data-backup'));
    expect(screen.getByTestId('data-working').textContent).toContain('Создаётся резервная копия');
    expect((screen.getByTestId('data-restore') as HTMLButtonElement).disabled).toBe(true);
    finish(outcome({ path: '/tmp/пятница.council-backup' }));
    expect((await screen.findByTestId('data-message')).textContent).toBe(
      'Резервная копия записана: /tmp/пятница.council-backup',
    );
    expect(screen.queryByTestId('data-working')).toBeNull();
  });

  it('restores only after the officer confirms, then the app reads the data again', async () => {
    vi.mocked(ipc.chooseBackupFile).mockResolvedValue({
      token: '1', name: 'auto-2026-11-28.council-backup', created_at: '2026-11-28T14:05:00.000Z',
    });
    vi.mocked(ipc.restoreBackup).mockResolvedValue(restored('/backups/before-restore.council-backup', []));
    const reloaded = show();
    await fireEvent.click(screen.getByTestId('data-restore'));
    const question = await screen.findByTestId('restore-confirm');
    expect(question.textContent).toContain('«auto-2026-11-28.council-backup»');
    expect(question.textContent).toContain('Текущие данные сначала будут сохранены как резервная копия');
    // When the backup was made, in this machine's time: the data goes back to that moment.
    const made = new Date('2026-11-28T14:05:00.000Z');
    const two = (n: number) => String(n).padStart(2, '0');
    const local = `${two(made.getDate())}.${two(made.getMonth() + 1)}.${made.getFullYear()} ${two(made.getHours())}:${two(made.getMinutes())}`;
    expect(screen.getByTestId('restore-made').textContent).toBe(
      `Копия сделана ${local}; всё внесённое после этого будет заменено.`);
    expect(ipc.restoreBackup).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId('restore-go'));
    expect(ipc.restoreBackup).toHaveBeenCalledWith(expect.objectContaining({ token: '1' }));
    expect((await screen.findByTestId('data-message')).textContent).toBe('Данные восстановлены.');
    expect(screen.getByTestId('data-kept').textContent).toContain('/backups/before-restore.council-backup');
    expect(reloaded).toHaveBeenCalled();
  });

  it('a backup or a restore without some attachments content names them', async () => {
    vi.mocked(ipc.backupNow).mockResolvedValue(outcome({ status: 'with_problems', missing: [lost] }));
    show();
    await fireEvent.click(screen.getByTestId('data-backup'));
    const missing = await screen.findByTestId('data-missing');
    expect(missing.textContent).toContain('в копию оно не вошло');
    expect(missing.textContent).toContain('Qoʻshma loyiha.pdf — файл повреждён');

    vi.mocked(ipc.chooseBackupFile).mockResolvedValue({ token: '3', name: 'auto.council-backup', created_at: null });
    vi.mocked(ipc.restoreBackup).mockResolvedValue(restored(null, [lost]));
    await fireEvent.click(screen.getByTestId('data-restore'));
    await fireEvent.click(await screen.findByTestId('restore-go'));
    await vi.waitFor(() =>
      expect(screen.getByTestId('data-missing').textContent).toContain('нет в восстановленных данных'));
  });

  it('says how the last daily backup went', async () => {
    vi.mocked(ipc.lastDailyBackup).mockResolvedValue(
      outcome({ status: 'failed', path: null, error: 'Диск заполнен (No space left on device).' }),
    );
    show();
    const daily = await screen.findByTestId('daily-backup');
    await vi.waitFor(() => expect(daily.dataset.status).toBe('failed'));
    expect(daily.textContent).toContain('не сделана: Диск заполнен');
  });

  it('a refused restore says why and the data is not read again', async () => {
    vi.mocked(ipc.chooseBackupFile).mockResolvedValue({ token: '2', name: 'damaged.council-backup', created_at: null });
    vi.mocked(ipc.restoreBackup).mockRejectedValue({
      code: 'backup_invalid',
      message: 'Файл не является целой резервной копией Council Desk (council.db: checksum mismatch). Ничего не изменено.',
      field: null,
    });
    const reloaded = show();
    await fireEvent.click(screen.getByTestId('data-restore'));
    await fireEvent.click(await screen.findByTestId('restore-go'));
    expect((await screen.findByTestId('data-error')).textContent).toContain('Ничего не изменено.');
    expect(reloaded).not.toHaveBeenCalled();
  });

  it('the full check shows its result, with the way out when damaged', async () => {
    vi.mocked(ipc.checkDatabase).mockResolvedValue({ ok: false, mode: 'full', messages: ['row 3 missing from index'], attachments: [] });
    show();
    await fireEvent.click(screen.getByTestId('data-check'));
    const result = await screen.findByTestId('check-result');
    expect(ipc.checkDatabase).toHaveBeenCalledWith(true);
    expect(result.dataset.ok).toBe('false');
    expect(result.textContent).toContain('Восстановите последнюю резервную копию');
    expect(result.textContent).toContain('row 3 missing from index');
  });

  it('saves the number of daily backups kept and shows a refusal', async () => {
    vi.mocked(ipc.setBackupsKeep).mockResolvedValue(14);
    show();
    const input = screen.getByTestId('data-keep') as HTMLInputElement;
    expect(input.value).toBe('7');
    await fireEvent.input(input, { target: { value: '14' } });
    await fireEvent.click(screen.getByTestId('data-keep-save'));
    expect(ipc.setBackupsKeep).toHaveBeenCalledWith(14);
    expect(await screen.findByTestId('data-keep-saved')).toBeTruthy();

    vi.mocked(ipc.setBackupsKeep).mockRejectedValue({ code: 'invalid_value', message: 'Недопустимое значение: «0».', field: 'backups_keep' });
    await fireEvent.input(input, { target: { value: '0' } });
    await fireEvent.click(screen.getByTestId('data-keep-save'));
    expect((await screen.findByTestId('data-keep-error')).textContent).toBe('Недопустимое значение: «0».');
  });
});
