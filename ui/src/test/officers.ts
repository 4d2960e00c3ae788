// Builders of officer accounts: a head with a password, an officer and an observer without.
import type { Officer } from '../ipc/bindings';

export function officer(overrides: Partial<Officer> = {}): Officer {
  return {
    id: '0190bbbb-0000-7000-8000-000000000001',
    name: { ru: 'Каримова Дилноза', uz: 'Karimova Dilnoza', en: 'Dilnoza Karimova' },
    position: { ru: 'Главный специалист', uz: 'Bosh mutaxassis', en: 'Chief specialist' },
    email: 'karimova@example.uz', phone: '+998 71 200 00 01', role: 'officer', person_id: null,
    has_password: false, active: true, ...overrides,
  };
}

export const head = officer({
  id: '0190bbbb-0000-7000-8000-000000000002',
  name: { ru: 'Юсупов Акмаль', uz: 'Yusupov Akmal', en: 'Akmal Yusupov' },
  position: { ru: 'Руководитель секретариата', uz: 'Kotibiyat rahbari', en: 'Head of secretariat' },
  email: 'yusupov@example.uz', role: 'head', has_password: true,
});

export const observer = officer({
  id: '0190bbbb-0000-7000-8000-000000000003',
  name: { ru: 'Петрова Анна', uz: 'Petrova Anna', en: 'Anna Petrova' },
  position: { ru: 'Стажёр', uz: 'Stajyor', en: 'Trainee' },
  email: 'petrova@example.ru', role: 'observer',
});
