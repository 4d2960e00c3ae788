// Wiring a backend error to the input of the field it names (`aria-invalid`, `aria-describedby`).
import { t } from '../i18n/index.svelte';
import type { ErrorPayload } from '../ipc/bindings';

/**
 * What a form shows: the backend's one error, or every problem the form found itself before asking it
 * (`also` holds the problems after the first), so the officer fixes them all in one pass.
 */
export type FormError = ErrorPayload & { also?: ErrorPayload[] };

/** The problem of `field`, when the form shows one. */
export function problemOf(error: FormError | null, field: string): ErrorPayload | null {
  if (!error) return null;
  return [error, ...(error.also ?? [])].find((e) => e.field === field) ?? null;
}

export function isOn(error: FormError | null, field: string): boolean {
  return problemOf(error, field) !== null;
}

/** Every problem the form found, as one error to show: null when there is none. */
export function together(problems: ErrorPayload[]): FormError | null {
  return problems.length === 0 ? null : { ...problems[0], also: problems.slice(1) };
}

/** A field left empty, for a form's own check; the message is the form's label, filled in by `explain`. */
export function missing(field: string): ErrorPayload {
  return { code: 'required', message: t('form.fillIn', { label: field }), field };
}

/** The id of the message `FieldError` shows for `field`, when there is one. */
export function describedBy(error: FormError | null, field: string): string | undefined {
  return isOn(error, field) ? `error-${field}` : undefined;
}

/** The label an officer sees on the input (or group of inputs) that `field`'s error is shown beside. */
export function labelFor(form: HTMLElement, field: string): string | null {
  const input = form.querySelector<HTMLElement>(`[aria-describedby~="error-${field}"]`);
  if (!input) return null;
  const caption =
    input instanceof HTMLFieldSetElement
      ? input.querySelector('legend')
      : (form.querySelector(`label[for="${input.id}"]`) ?? input.closest('fieldset')?.querySelector('legend'));
  if (!caption) return input.getAttribute('aria-label');
  const copy = caption.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.muted, .visually-hidden').forEach((hint) => hint.remove());
  return copy.textContent?.trim() || null;
}

/**
 * The backend names a missing field by its name in the record (`lead_body_id`); the form names it by the
 * label beside the input. Other errors keep the backend's message.
 */
export function explain(error: FormError, form: HTMLElement | undefined): FormError {
  if (error.also?.length) {
    const [first, ...rest] = [error, ...error.also].map((e) => explainOne(e, form));
    return { ...first, also: rest };
  }
  return explainOne(error, form);
}

function explainOne(error: ErrorPayload, form: HTMLElement | undefined): ErrorPayload {
  if (!error.field || !form) return error;
  if (error.code === 'invalid_date') {
    // Quote the date as typed (31.02.2027), not as converted for the backend, and show the accepted forms.
    const input = form.querySelector(`[aria-describedby~="error-${error.field}"]`);
    const value = input instanceof HTMLInputElement ? input.value.trim() : '';
    return value ? { ...error, message: t('form.invalidDate', { value }) } : error;
  }
  if (error.code !== 'required') return error;
  const label = labelFor(form, error.field);
  return label ? { ...error, message: t('form.fillIn', { label }) } : error;
}
