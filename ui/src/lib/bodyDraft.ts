// What the body and person forms edit, and how it becomes the backend's input.
import type { Body, BodyInput, BodyKind, Country, LocalizedText, Person, PersonInput } from '../ipc/bindings';
import { emptyText, trimmedText } from './translations';

export const BODY_KINDS: readonly BodyKind[] = [
  'ministry',
  'agency',
  'regional_administration',
  'company',
  'other',
];

export const COUNTRIES: readonly Country[] = ['UZ', 'RU'];

export type BodyDraft = { name: LocalizedText; country: Country; kind: BodyKind; region: string };

export function bodyDraft(body: Body | null): BodyDraft {
  return body
    ? { name: { ...body.name }, country: body.country, kind: body.kind, region: body.region_id ?? '' }
    : { name: emptyText(), country: 'UZ', kind: 'ministry', region: '' };
}

export function bodyInput(draft: BodyDraft): BodyInput {
  return {
    name: trimmedText(draft.name),
    country: draft.country,
    kind: draft.kind,
    region: draft.region === '' ? null : draft.region,
  };
}

export type PersonDraft = {
  fullName: LocalizedText;
  position: LocalizedText;
  body: string;
  country: Country;
  phone: string;
  email: string;
};

export function personDraft(person: Person | null): PersonDraft {
  return person
    ? {
        fullName: { ...person.full_name },
        position: { ...person.position },
        body: person.body_id ?? '',
        country: person.country,
        phone: person.phone,
        email: person.email,
      }
    : { fullName: emptyText(), position: emptyText(), body: '', country: 'UZ', phone: '', email: '' };
}

export function personInput(draft: PersonDraft): PersonInput {
  return {
    full_name: trimmedText(draft.fullName),
    position: trimmedText(draft.position),
    body_id: draft.body === '' ? null : draft.body,
    country: draft.country,
    phone: draft.phone.trim(),
    email: draft.email.trim(),
  };
}
