// The roles in the order of what they allow, as a head assigns them.
import type { Role } from '../ipc';

export const ROLES: readonly Role[] = ['observer', 'officer', 'head'];
