import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { pairing, regions, samara, samarkand, sectors, sverdlovsk } from '../test/builders';
import PairingForm from './PairingForm.svelte';

vi.mock('../ipc');

function renderForm(props: Partial<{ pairing: ReturnType<typeof pairing> | null }> = {}) {
  const onsaved = vi.fn();
  const oncancel = vi.fn();
  render(PairingForm, { regions, sectors, onsaved, oncancel, ...props });
  return { onsaved, oncancel };
}

const field = (id: string) => screen.getByTestId(id) as HTMLInputElement;

async function fillNewPairing() {
  await fireEvent.change(field('pairing-region-uz'), { target: { value: samarkand.id } });
  await fireEvent.change(field('pairing-region-ru'), { target: { value: sverdlovsk.id } });
  await fireEvent.change(field('pairing-status'), { target: { value: 'active' } });
  await fireEvent.input(field('pairing-since'), { target: { value: '2019-10-18' } });
  await fireEvent.input(field('pairing-basis-title-ru'), { target: { value: 'Соглашение' } });
  await fireEvent.input(field('pairing-basis-title-uz'), { target: { value: 'Kelishuv' } });
  await fireEvent.input(field('pairing-basis-title-en'), { target: { value: 'Agreement' } });
  await fireEvent.input(field('pairing-basis-number'), { target: { value: '12' } });
  await fireEvent.click(field('pairing-sector-tourism'));
  await fireEvent.click(field('pairing-sector-energy'));
  await fireEvent.input(field('pairing-notes-ru'), { target: { value: 'Обмен делегациями' } });
  await fireEvent.input(field('pairing-notes-uz'), { target: { value: 'Delegatsiyalar almashinuvi' } });
  await fireEvent.input(field('pairing-contacts'), { target: { value: 'Иванов И. И.' } });
}

describe('pairing form', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.createPairing).mockReset();
    vi.mocked(ipc.updatePairing).mockReset();
  });

  it('lists each country in its own select, labelled by name and ISO code', () => {
    renderForm();
    const uz = [...field('pairing-region-uz').querySelectorAll('option')].map((o) => o.textContent);
    const ru = [...field('pairing-region-ru').querySelectorAll('option')].map((o) => o.textContent);
    expect(uz).toContain('Самаркандская область (UZ-SA)');
    expect(uz).not.toContain('Самарская область (RU-SAM)');
    expect(ru).toEqual(['— выберите —', 'Самарская область (RU-SAM)', 'Свердловская область (RU-SVE)']);
  });

  it('saves what was typed as a PairingInput', async () => {
    vi.mocked(ipc.createPairing).mockResolvedValue(pairing());
    const { onsaved } = renderForm();
    await fillNewPairing();
    await fireEvent.click(screen.getByTestId('pairing-save'));

    expect(ipc.createPairing).toHaveBeenCalledWith({
      region_a: samarkand.id,
      region_b: sverdlovsk.id,
      status: 'active',
      since: '2019-10-18',
      basis_title: { ru: 'Соглашение', uz: 'Kelishuv', en: 'Agreement' },
      basis_number: '12',
      basis_date: null,
      sectors: ['energy', 'tourism'],
      notes: { ru: 'Обмен делегациями', uz: 'Delegatsiyalar almashinuvi', en: '' },
      contacts: 'Иванов И. И.',
    });
    expect(onsaved).toHaveBeenCalledWith(pairing());
  });

  it('shows a refused region next to the Russian region and keeps what was typed', async () => {
    const message = 'Партнёрство объединяет один регион Узбекистана и один регион России.';
    vi.mocked(ipc.createPairing).mockRejectedValue({ code: 'pairing_countries', message, field: 'region_b' });
    const { onsaved } = renderForm();
    await fillNewPairing();
    await fireEvent.change(field('pairing-region-ru'), { target: { value: samara.id } });
    await fireEvent.click(screen.getByTestId('pairing-save'));

    const error = await screen.findByTestId('error-region_b');
    expect(error.textContent).toBe(message);
    expect(field('pairing-region-ru').getAttribute('aria-describedby')).toBe('error-region_b');
    expect(field('pairing-region-ru').closest('.field')?.contains(error)).toBe(true);
    expect(screen.queryByTestId('form-error')).toBeNull();
    expect(onsaved).not.toHaveBeenCalled();

    expect(field('pairing-region-uz').value).toBe(samarkand.id);
    expect(field('pairing-region-ru').value).toBe(samara.id);
    expect(field('pairing-since').value).toBe('2019-10-18');
    expect(field('pairing-notes-ru').value).toBe('Обмен делегациями');
    expect(field('pairing-sector-energy').checked).toBe(true);
    expect(field('pairing-contacts').value).toBe('Иванов И. И.');
  });

  it('shows an invalid date next to "since"', async () => {
    const message = '«2025-02-30» — не настоящая дата. Введите дату в виде ГГГГ-ММ-ДД.';
    vi.mocked(ipc.createPairing).mockRejectedValue({ code: 'invalid_date', message, field: 'since' });
    renderForm();
    await fillNewPairing();
    await fireEvent.input(field('pairing-since'), { target: { value: '2025-02-30' } });
    await fireEvent.click(screen.getByTestId('pairing-save'));

    const error = await screen.findByTestId('error-since');
    expect(error.textContent).toBe(message);
    expect(field('pairing-since').closest('.field')?.contains(error)).toBe(true);
    expect(field('pairing-since').value).toBe('2025-02-30');
    expect(screen.queryByTestId('error-region_b')).toBeNull();
  });

  it('shows an error without a field at the top of the form', async () => {
    vi.mocked(ipc.createPairing).mockRejectedValue({ code: 'storage', message: 'Ошибка базы данных: диск полон', field: null });
    renderForm();
    await fillNewPairing();
    await fireEvent.click(screen.getByTestId('pairing-save'));
    expect((await screen.findByTestId('form-error')).textContent).toContain('диск полон');
  });

  it('flags the empty notes while another language is filled', async () => {
    renderForm();
    expect(screen.queryByTestId('missing-notes-en')).toBeNull();
    await fireEvent.input(field('pairing-notes-ru'), { target: { value: 'Обмен делегациями' } });
    expect(screen.getByTestId('missing-notes-uz').textContent).toBe('Нет перевода');
    expect(screen.getByTestId('missing-notes-en')).toBeTruthy();
    expect(screen.queryByTestId('missing-notes-ru')).toBeNull();
  });

  it('takes the basis title in Russian, Uzbek and English, flagging the ones left empty', async () => {
    // A pairing from before schema 9: its one title is the Russian one.
    const old = pairing({ basis: { title: { ru: 'Соглашение о побратимстве', uz: '', en: '' }, number: '3', date: null } });
    vi.mocked(ipc.updatePairing).mockResolvedValue(old);
    showLanguage('uz');
    renderForm({ pairing: old });
    expect(field('pairing-basis-title-ru').value).toBe('Соглашение о побратимстве');
    expect(field('pairing-basis-title-uz').value).toBe('');
    expect(field('pairing-basis-title-uz').getAttribute('lang')).toBe('uz-Latn');
    expect(screen.getByTestId('missing-basis-title-uz').textContent).toBe('Tarjima yoʻq');
    expect(screen.getByTestId('missing-basis-title-en')).toBeTruthy();

    await fireEvent.input(field('pairing-basis-title-uz'), { target: { value: " Birodarlik toʻgʻrisidagi kelishuv " } });
    await fireEvent.input(field('pairing-basis-title-en'), { target: { value: 'Twinning agreement' } });
    expect(screen.queryByTestId('missing-basis-title-uz')).toBeNull();
    await fireEvent.click(screen.getByTestId('pairing-save'));
    expect(ipc.updatePairing).toHaveBeenCalledWith(
      old.id,
      expect.objectContaining({
        basis_title: { ru: 'Соглашение о побратимстве', uz: "Birodarlik toʻgʻrisidagi kelishuv", en: 'Twinning agreement' },
      }),
    );
  });

  it('opens an existing pairing filled in and saves it with update_pairing', async () => {
    const existing = pairing({ notes: { ru: 'Заметка', uz: 'Izoh', en: 'Note' }, sectors: ['agriculture'] });
    vi.mocked(ipc.updatePairing).mockResolvedValue(existing);
    renderForm({ pairing: existing });
    expect(field('pairing-region-uz').value).toBe(samarkand.id);
    expect(field('pairing-region-ru').value).toBe(sverdlovsk.id);
    expect(field('pairing-basis-number').value).toBe('12');
    expect(field('pairing-sector-agriculture').checked).toBe(true);

    await fireEvent.change(field('pairing-status'), { target: { value: 'suspended' } });
    await fireEvent.click(screen.getByTestId('pairing-save'));
    expect(ipc.updatePairing).toHaveBeenCalledWith(
      existing.id,
      expect.objectContaining({ status: 'suspended', region_a: samarkand.id, sectors: ['agriculture'] }),
    );
    expect(ipc.createPairing).not.toHaveBeenCalled();
  });

  it('closes on Escape and on Cancel', async () => {
    const { oncancel } = renderForm();
    await fireEvent.keyDown(window, { key: 'Escape' });
    await fireEvent.click(screen.getByTestId('pairing-cancel'));
    expect(oncancel).toHaveBeenCalledTimes(2);
  });
});
