// Wiring a backend error to the input of the field it names (`aria-invalid`, `aria-describedby`).
import type { ErrorPayload } from '../ipc/bindings';

export function isOn(error: ErrorPayload | null, field: string): boolean {
  return error?.field === field;
}

/** The id of the message `FieldError` shows for `field`, when there is one. */
export function describedBy(error: ErrorPayload | null, field: string): string | undefined {
  return isOn(error, field) ? `error-${field}` : undefined;
}
