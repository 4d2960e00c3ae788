import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import type { ImportReport } from '../ipc';
import ImportReportView from './ImportReportView.svelte';

const refused: ImportReport = {
  source: null,
  dry_run: true,
  applied: false,
  taken: 1,
  already_present: 1,
  refused: 1,
  file_problems: [],
  rows: [
    { row: 4, label: 'Рабочая группа по транспорту', outcome: 'taken', record_id: null, problems: [], notes: [] },
    { row: 12, label: 'Hududlar Kengashi majlisi', outcome: 'already_present', record_id: 's-1', problems: [], notes: [] },
    {
      row: 20, label: '<b>Нет начала</b>', outcome: 'refused', record_id: null,
      problems: [{ column: 'DTSTART', code: 'required', message: 'Заполните поле «DTSTART».' }],
      notes: [],
    },
  ],
};

const clean: ImportReport = { ...refused, already_present: 0, refused: 0, rows: refused.rows.slice(0, 1) };

describe('import report', () => {
  beforeEach(() => showLanguage('ru'));

  it('lists every row with its outcome and each problem by column, and offers nothing to apply', () => {
    const onapply = vi.fn();
    render(ImportReportView, { report: refused, onapply, onclose: vi.fn() });
    expect(screen.getByTestId('import-summary').textContent).toContain('Принято: 1, уже есть: 1, отклонено: 1');
    expect(screen.getByTestId('import-state').textContent).toContain('Ничего не изменено');
    const rows = screen.getAllByTestId('import-row');
    expect(rows.map((r) => r.dataset.outcome)).toEqual(['taken', 'already_present', 'refused']);
    expect(rows[2].textContent).toContain('20');
    expect(rows[2].textContent).toContain('отклонено');
    expect(screen.getByTestId('import-problem').textContent).toContain('DTSTART: Заполните поле «DTSTART».');
    // Text from the file stays text.
    expect(rows[2].querySelector('b')).toBeNull();
    expect(rows[2].textContent).toContain('<b>Нет начала</b>');
    expect(screen.queryByTestId('import-apply')).toBeNull();
  });

  it('offers to import after a clean dry run, and says so in Uzbek', async () => {
    showLanguage('uz');
    const onapply = vi.fn();
    render(ImportReportView, { report: clean, onapply, onclose: vi.fn() });
    expect(screen.getByTestId('import-state').textContent).toContain('hozircha hech narsa oʻzgartirilmadi');
    await fireEvent.click(screen.getByTestId('import-apply'));
    expect(onapply).toHaveBeenCalledOnce();
  });

  it('reports a finished import without offering it again', () => {
    showLanguage('en');
    render(ImportReportView, { report: { ...clean, dry_run: false, applied: true }, onapply: vi.fn(), onclose: vi.fn() });
    expect(screen.getByTestId('import-state').textContent).toBe('Imported.');
    expect(screen.queryByTestId('import-apply')).toBeNull();
  });

  it('names the program that wrote the file and says what was assumed for each row', () => {
    showLanguage('uz');
    const outlook: ImportReport = {
      ...clean,
      source: '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
      rows: [
        {
          row: 14, label: '', outcome: 'taken', record_id: null, problems: [],
          notes: [
            { code: 'title_missing', message: 'Tadbirning nomi (SUMMARY) yoʻq: u nomsiz import qilindi, nomini toʻldiring.' },
            { code: 'zone_from_file', message: '«<i>(UTC+05:00) Ashgabat, Tashkent</i>» vaqt mintaqasi faylning oʻzida tavsiflangan' },
          ],
        },
      ],
    };
    render(ImportReportView, { report: outlook, onapply: vi.fn(), onclose: vi.fn() });
    expect(screen.getByTestId('import-source').textContent).toBe(
      'Faylni yaratgan dastur: -//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    );
    const notes = screen.getAllByTestId('import-note');
    expect(notes.map((n) => n.dataset.code)).toEqual(['title_missing', 'zone_from_file']);
    expect(notes[0].textContent).toContain('nomsiz import qilindi');
    // Text from the file stays text.
    expect(notes[1].querySelector('i')).toBeNull();
    expect(screen.queryByTestId('import-problem')).toBeNull();
  });

  it('shows no program line when the file does not name one', () => {
    render(ImportReportView, { report: clean, onapply: vi.fn(), onclose: vi.fn() });
    expect(screen.queryByTestId('import-source')).toBeNull();
  });
});
