import { DomainError } from '#shared-kernel';

/** A place no road of the catalogue in force names. */
export class UnknownPlace extends DomainError {
  constructor(field: 'from' | 'to', place: string) {
    super('not_found', 'unknown_place', `No road of the roads catalogue in force passes "${place}" (${field})`, { field, place });
  }
}

/** Two places no chain of roads joins. */
export class NoRoute extends DomainError {
  constructor(from: string, to: string) {
    super('not_found', 'no_route', `No road of the roads catalogue in force leads from "${from}" to "${to}"`, { from, to });
  }
}
