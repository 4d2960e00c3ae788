import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { Attachment } from '../ipc';
import AttachmentList from './AttachmentList.svelte';

vi.mock('../ipc');

function attachment(overrides: Partial<Attachment> = {}): Attachment {
  return {
    id: 'att-1',
    owner_kind: 'decision',
    owner_id: 'd-1',
    name: 'Qoʻshma loyiha.pdf',
    sha256: 'ab'.repeat(32),
    size: 2560,
    media_type: 'application/pdf',
    added_at: '2026-11-29T08:30:00.000Z',
    added_by: 'officer',
    deleted_at: null,
    ...overrides,
  };
}

describe('attachment list', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.listAttachments).mockReset().mockResolvedValue([attachment()]);
    vi.mocked(ipc.attachFile).mockReset();
    vi.mocked(ipc.deleteAttachment).mockReset();
    vi.mocked(ipc.restoreFromTrash).mockReset().mockResolvedValue();
    vi.mocked(ipc.exportAttachment).mockReset();
  });

  it('lists the files of its record with name and size', async () => {
    render(AttachmentList, { ownerKind: 'decision', ownerId: 'd-1' });
    const row = await screen.findByTestId('attachment-row');
    expect(ipc.listAttachments).toHaveBeenCalledWith('decision', 'd-1');
    expect(row.textContent).toContain('Qoʻshma loyiha.pdf');
    expect(row.textContent).toContain('2,5 КБ');
  });

  it('shows a refused attachment with the translated message and keeps the list', async () => {
    showLanguage('uz');
    vi.mocked(ipc.attachFile).mockRejectedValue({
      code: 'attachment_too_large',
      message: 'Fayl 100 MB dan katta, uni ilova qilib boʻlmaydi. Hech narsa oʻzgartirilmadi.',
      field: null,
    });
    render(AttachmentList, { ownerKind: 'execution_report', ownerId: 'r-1' });
    await screen.findByTestId('attachment-row');
    await fireEvent.click(screen.getByTestId('attachment-add'));
    const error = await screen.findByTestId('attachment-error');
    expect(error.textContent).toBe('Fayl 100 MB dan katta, uni ilova qilib boʻlmaydi. Hech narsa oʻzgartirilmadi.');
    expect(screen.getAllByTestId('attachment-row')).toHaveLength(1);
  });

  it('a file that is not a document or image is not opened but offered to be saved', async () => {
    vi.mocked(ipc.listAttachments).mockResolvedValue([attachment({ name: 'start.desktop' })]);
    vi.mocked(ipc.openAttachment).mockReset().mockRejectedValue({
      code: 'not_viewable',
      message: '«start.desktop» — не документ и не изображение: такие файлы Council Desk не открывает.',
      field: null,
    });
    vi.mocked(ipc.exportAttachment).mockResolvedValue('/home/officer/start.desktop');
    render(AttachmentList, { ownerKind: 'decision', ownerId: 'd-1' });
    await fireEvent.click(await screen.findByTestId('attachment-open'));
    const error = await screen.findByTestId('attachment-error');
    expect(error.textContent).toContain('не документ и не изображение');
    await fireEvent.click(screen.getByTestId('attachment-save-instead'));
    expect(ipc.exportAttachment).toHaveBeenCalledWith('att-1');
    expect((await screen.findByTestId('attachment-notice')).textContent).toContain('/home/officer/start.desktop');
    expect(screen.queryByTestId('attachment-save-instead')).toBeNull();
  });

  it('a cancelled dialog changes nothing; an attached file appears', async () => {
    vi.mocked(ipc.listAttachments).mockResolvedValue([]);
    vi.mocked(ipc.attachFile).mockResolvedValue(null);
    render(AttachmentList, { ownerKind: 'agenda_item', ownerId: 'a-1' });
    await screen.findByTestId('attachments-empty');
    await fireEvent.click(screen.getByTestId('attachment-add'));
    await vi.waitFor(() => expect(ipc.attachFile).toHaveBeenCalledWith('agenda_item', 'a-1'));
    expect(ipc.listAttachments).toHaveBeenCalledTimes(1);

    vi.mocked(ipc.attachFile).mockResolvedValue(attachment({ owner_kind: 'agenda_item' }));
    vi.mocked(ipc.listAttachments).mockResolvedValue([attachment({ owner_kind: 'agenda_item' })]);
    await fireEvent.click(screen.getByTestId('attachment-add'));
    expect(await screen.findByTestId('attachment-row')).toBeTruthy();
  });

  it('deletes to the trash and Undo brings the file back', async () => {
    vi.mocked(ipc.deleteAttachment).mockResolvedValue(attachment({ deleted_at: '2026-11-29T09:00:00.000Z' }));
    render(AttachmentList, { ownerKind: 'decision', ownerId: 'd-1' });
    await screen.findByTestId('attachment-row');
    vi.mocked(ipc.listAttachments).mockResolvedValue([]);
    await fireEvent.click(screen.getByTestId('attachment-delete'));
    await screen.findByTestId('attachments-empty');
    expect((await screen.findByTestId('toast')).textContent).toContain('«Qoʻshma loyiha.pdf» перемещено в корзину');

    vi.mocked(ipc.listAttachments).mockResolvedValue([attachment()]);
    await fireEvent.click(screen.getByTestId('toast-undo'));
    expect(ipc.restoreFromTrash).toHaveBeenCalledWith('attachment', 'att-1');
    expect(await screen.findByTestId('attachment-row')).toBeTruthy();
  });

  it('says where a copy was saved', async () => {
    vi.mocked(ipc.exportAttachment).mockResolvedValue('/home/officer/Загрузки/Qoʻshma loyiha.pdf');
    render(AttachmentList, { ownerKind: 'decision', ownerId: 'd-1' });
    await screen.findByTestId('attachment-row');
    await fireEvent.click(screen.getByTestId('attachment-save'));
    expect((await screen.findByTestId('attachment-notice')).textContent).toBe(
      'Сохранено: /home/officer/Загрузки/Qoʻshma loyiha.pdf',
    );
  });
});
