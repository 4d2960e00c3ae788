import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import WordReferenceSection from './WordReferenceSection.svelte';

vi.mock('../ipc');

describe('settings: the reference document of Word files', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.wordReference).mockReset().mockResolvedValue(null);
    vi.mocked(ipc.chooseWordReference).mockReset();
    vi.mocked(ipc.clearWordReference).mockReset().mockResolvedValue(undefined);
  });

  it('shows the reference in use, remembered from before', async () => {
    vi.mocked(ipc.wordReference).mockResolvedValue({ name: 'Kotibiyat blankasi oʻzbekcha.docx', size: 20_480 });
    render(WordReferenceSection);
    await vi.waitFor(() =>
      expect(screen.getByTestId('word-reference-current').textContent).toContain('Kotibiyat blankasi o\u02BBzbekcha.docx'),
    );
    expect(screen.getByTestId('word-reference-clear')).not.toBeNull();
  });

  it('chooses a reference, then stops using it', async () => {
    vi.mocked(ipc.chooseWordReference).mockResolvedValue({ name: 'бланк секретариата.docx', size: 18_000 });
    render(WordReferenceSection);
    await vi.waitFor(() => expect(screen.getByTestId('word-reference-current').textContent).toContain('Образец не выбран'));
    expect(screen.queryByTestId('word-reference-clear')).toBeNull();
    await fireEvent.click(screen.getByTestId('word-reference-choose'));
    await vi.waitFor(() =>
      expect(screen.getByTestId('word-reference-current').textContent).toContain('бланк секретариата.docx'),
    );
    await fireEvent.click(screen.getByTestId('word-reference-clear'));
    await vi.waitFor(() => expect(screen.getByTestId('word-reference-current').textContent).toContain('Образец не выбран'));
    expect(ipc.clearWordReference).toHaveBeenCalledTimes(1);
  });

  it('keeps the reference in use when a cancelled dialog chooses nothing', async () => {
    vi.mocked(ipc.wordReference).mockResolvedValue({ name: 'blank.docx', size: 1 });
    vi.mocked(ipc.chooseWordReference).mockResolvedValue(null);
    render(WordReferenceSection);
    await vi.waitFor(() => expect(screen.getByTestId('word-reference-current').textContent).toContain('blank.docx'));
    await fireEvent.click(screen.getByTestId('word-reference-choose'));
    await vi.waitFor(() => expect(ipc.chooseWordReference).toHaveBeenCalled());
    expect(screen.getByTestId('word-reference-current').textContent).toContain('blank.docx');
  });

  it('says a file that is no Word document was refused and the reference in use stays', async () => {
    vi.mocked(ipc.wordReference).mockResolvedValue({ name: 'blank.docx', size: 1 });
    vi.mocked(ipc.chooseWordReference).mockRejectedValue({
      code: 'invalid_value', message: 'Недопустимое значение: «scan.pdf».', field: 'reference',
    });
    render(WordReferenceSection);
    await vi.waitFor(() => expect(screen.getByTestId('word-reference-current').textContent).toContain('blank.docx'));
    await fireEvent.click(screen.getByTestId('word-reference-choose'));
    const error = await screen.findByTestId('word-reference-error');
    expect(error.textContent).toContain('Это не документ Word; образец не изменён.');
    expect(error.textContent).toContain('scan.pdf');
    expect(screen.getByTestId('word-reference-current').textContent).toContain('blank.docx');
  });
});
