import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import PrintPreview from './PrintPreview.svelte';

vi.mock('../ipc');

const page = (n: number) => `data:image/png;base64,page${n}`;
const agenda = { kind: 'agenda', session: 's-1' } as const;
const minutes = { kind: 'minutes', session: 's-1' } as const;

function show(onclose = vi.fn()) {
  render(PrintPreview, {
    choices: [{ label: 'print.agenda', document: agenda }, { label: 'print.minutes', document: minutes }],
    onclose,
  });
  return onclose;
}

describe('print preview', () => {
  beforeEach(() => {
    showLanguage('en');
    vi.mocked(ipc.previewDocument).mockReset().mockImplementation(async (_doc, lang) =>
      lang === 'ru+uz' ? { pages: [page(1), page(2), page(3)], pageCount: 3 } : { pages: [page(1), page(2)], pageCount: 2 });
  });

  it('shows the pages in the interface language, each with its place in the document', async () => {
    showLanguage('uz');
    show();
    expect(screen.getByTestId('print-rendering')).toBeTruthy();
    await vi.waitFor(() => expect(screen.getAllByTestId('print-page')).toHaveLength(2));
    expect(ipc.previewDocument).toHaveBeenCalledWith(agenda, 'uz');
    expect(screen.getByAltText('1-sahifa, jami 2')).toBeTruthy();
    expect(screen.getByTestId('print-page-count').textContent).toBe('Sahifalar: 2');
    expect(screen.queryByTestId('print-rendering')).toBeNull();
  });

  it('typesets again when the language mode or the document changes', async () => {
    show();
    await vi.waitFor(() => expect(screen.getAllByTestId('print-page')).toHaveLength(2));
    await fireEvent.change(screen.getByTestId('print-lang'), { target: { value: 'ru+uz' } });
    await vi.waitFor(() => expect(screen.getAllByTestId('print-page')).toHaveLength(3));
    expect(ipc.previewDocument).toHaveBeenLastCalledWith(agenda, 'ru+uz');
    expect(screen.getByAltText('page 3 of 3')).toBeTruthy();
    await fireEvent.change(screen.getByTestId('print-document'), { target: { value: '1' } });
    await vi.waitFor(() => expect(ipc.previewDocument).toHaveBeenLastCalledWith(minutes, 'ru+uz'));
  });

  it('saves and prints the document in the chosen mode', async () => {
    vi.mocked(ipc.saveDocumentPdf).mockReset().mockResolvedValue('/home/officer/agenda.pdf');
    vi.mocked(ipc.printDocument).mockReset().mockResolvedValue();
    show();
    await vi.waitFor(() => expect(screen.getAllByTestId('print-page')).toHaveLength(2));
    await fireEvent.click(screen.getByTestId('print-save'));
    await vi.waitFor(() => expect(screen.getByTestId('print-saved').textContent).toContain('/home/officer/agenda.pdf'));
    expect(ipc.saveDocumentPdf).toHaveBeenCalledWith(agenda, 'en');
    await fireEvent.click(screen.getByTestId('print-print'));
    expect(ipc.printDocument).toHaveBeenCalledWith(agenda, 'en');
  });

  it('saves the document as a Word file in the chosen mode, labelled in the interface language', async () => {
    showLanguage('uz');
    vi.mocked(ipc.saveDocumentDocx).mockReset().mockResolvedValue('/home/officer/Kun tartibi.docx');
    show();
    await vi.waitFor(() => expect(screen.getAllByTestId('print-page')).toHaveLength(2));
    await fireEvent.change(screen.getByTestId('print-lang'), { target: { value: 'ru+uz' } });
    const button = screen.getByTestId('print-save-word');
    expect(button.textContent).toBe('Word sifatida saqlash…');
    await vi.waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    await fireEvent.click(button);
    await vi.waitFor(() => expect(screen.getByTestId('print-saved').textContent).toContain('Kun tartibi.docx'));
    expect(ipc.saveDocumentDocx).toHaveBeenCalledWith(agenda, 'ru+uz');
  });

  it('says on Save as Word… which reference document of the secretariat it uses', async () => {
    vi.mocked(ipc.wordReference).mockResolvedValue({ name: 'Kotibiyat blankasi.docx', size: 20_480 });
    show();
    await vi.waitFor(() =>
      expect(screen.getByTestId('print-save-word').getAttribute('title'))
        .toBe("On the secretariat's letterhead: Kotibiyat blankasi.docx"),
    );
  });

  it('closes on Escape and on Close', async () => {
    const onclose = show();
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(onclose).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByTestId('print-close'));
    expect(onclose).toHaveBeenCalledTimes(2);
  });

  it('shows a failure in the interface language, with the backend reason', async () => {
    showLanguage('ru');
    vi.mocked(ipc.previewDocument).mockReset().mockRejectedValue({
      code: 'document_failed', message: 'Не удалось сформировать документ: шаблон', field: null,
    });
    show();
    const alert = await screen.findByTestId('print-error');
    expect(alert.textContent).toContain('Документ не сформирован.');
    expect(alert.textContent).toContain('Не удалось сформировать документ: шаблон');
    expect(screen.queryAllByTestId('print-page')).toHaveLength(0);
  });
});
