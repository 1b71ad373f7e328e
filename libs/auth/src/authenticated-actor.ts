import type { Actor } from '#shared-kernel';
import type { Role } from './role.js';

/** The shared-kernel `Actor` as a verified token establishes it: a known role, always an organisation. */
export interface AuthenticatedActor extends Actor {
  readonly role: Role;
  readonly organisation: string;
}
