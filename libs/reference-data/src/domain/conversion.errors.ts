import { DomainError } from '#shared-kernel';

export class UnknownUnit extends DomainError {
  constructor(unit: string, known: readonly string[]) {
    super('invalid', 'unknown_unit', `Unit "${unit}" is not in the units catalogue (${known.join(', ')})`, { unit, known });
  }
}

export class InvalidQuantity extends DomainError {
  constructor(value: number) {
    super('invalid', 'invalid_quantity', `A quantity must be finite and not negative, got ${value}`, { value });
  }
}

/** A weight becomes a volume only through a density, and only a named species has one. */
export class DensityUnknown extends DomainError {
  constructor(unit: string, species: string | undefined) {
    super(
      'invalid',
      'density_unknown',
      species === undefined ? `Converting ${unit} to m³ needs the species, for its density` : `No green density is known for ${species}, so ${unit} cannot become m³`,
      { unit, ...(species === undefined ? {} : { species }) },
    );
  }
}
