// Small builders for test data; each test states only what it cares about.
import type { About, Pairing, Region, Sector, TrashEntry } from '../ipc/bindings';

export function region(overrides: Partial<Region> & Pick<Region, 'id'>): Region {
  return {
    iso_code: null,
    country: 'UZ',
    kind: 'region',
    name_ru: '',
    name_uz: '',
    name_en: '',
    centre_ru: '',
    centre_uz: '',
    centre_en: '',
    time_zone: 'Asia/Tashkent',
    user_edited: false,
    ...overrides,
  };
}

export const samarkand = region({
  id: 'r-uz-sa', iso_code: 'UZ-SA', country: 'UZ',
  name_ru: 'Самаркандская область', name_uz: 'Samarqand viloyati', name_en: 'Samarkand Region',
  centre_ru: 'Самарканд', centre_uz: 'Samarqand', centre_en: 'Samarkand', time_zone: 'Asia/Samarkand',
});
export const tashkentCity = region({
  id: 'r-uz-tk', iso_code: 'UZ-TK', country: 'UZ', kind: 'city',
  name_ru: 'город Ташкент', name_uz: 'Toshkent shahri', name_en: 'Tashkent City',
  centre_ru: 'Ташкент', centre_uz: 'Toshkent', centre_en: 'Tashkent',
});
export const samara = region({
  id: 'r-ru-sam', iso_code: 'RU-SAM', country: 'RU',
  name_ru: 'Самарская область', name_uz: 'Samara viloyati', name_en: 'Samara Oblast',
  centre_ru: 'Самара', centre_uz: 'Samara', centre_en: 'Samara', time_zone: 'Europe/Samara',
});
export const sverdlovsk = region({
  id: 'r-ru-sve', iso_code: 'RU-SVE', country: 'RU',
  name_ru: 'Свердловская область', name_uz: 'Sverdlovsk viloyati', name_en: 'Sverdlovsk Oblast',
  centre_ru: 'Екатеринбург', centre_uz: 'Yekaterinburg', centre_en: 'Yekaterinburg',
  time_zone: 'Asia/Yekaterinburg',
});
export const regions: Region[] = [samarkand, tashkentCity, samara, sverdlovsk];

export function sector(code: string, ru: string, uz: string, en: string): Sector {
  return { code, name_ru: ru, name_uz: uz, name_en: en };
}
export const sectors: Sector[] = [
  sector('energy', 'Энергетика', 'Energetika', 'Energy'),
  sector('agriculture', 'Сельское хозяйство', 'Qishloq xoʻjaligi', 'Agriculture'),
  sector('tourism', 'Туризм', 'Turizm', 'Tourism'),
];

export function pairing(overrides: Partial<Pairing> = {}): Pairing {
  const ref = (r: Region) => ({
    id: r.id, iso_code: r.iso_code, name_ru: r.name_ru, name_uz: r.name_uz, name_en: r.name_en,
  });
  return {
    id: 'p-1',
    uz_region: ref(samarkand),
    ru_region: ref(sverdlovsk),
    status: 'active',
    since: '2019-10-18',
    basis: { title: 'Соглашение о сотрудничестве', number: '12', date: '2019-10-18' },
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
