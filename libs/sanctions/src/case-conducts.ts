import { Inject, Injectable } from '@nestjs/common';
import { RequestValidationFailed } from '#http';
import { REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import type { ChargedConduct } from './domain/case.js';

/** The conducts charges name, as the infraction catalogue in force on the date of the facts has them. */
export interface CaseConducts {
  charged(codes: readonly string[], factsAt: Date): Promise<ChargedConduct[]>;
}

export const CASE_CONDUCTS = Symbol('CaseConducts');

@Injectable()
export class CaseConductsFromCatalogue implements CaseConducts {
  constructor(@Inject(REFERENCE_DATA) private readonly reference: ReferenceData) {}

  async charged(codes: readonly string[], factsAt: Date): Promise<ChargedConduct[]> {
    const entries = await Promise.all(codes.map((code) => this.reference.infraction(code, factsAt)));
    const unknown = codes.flatMap((code, index) => (entries[index] ? [] : [{ path: `conducts.${index}`, messages: [`${code} is not a conduct of the infraction catalogue in force on ${factsAt.toISOString().slice(0, 10)}`] }]));
    if (unknown.length > 0) throw new RequestValidationFailed(unknown);
    return entries.map((entry) => {
      const { code, conduct, legalReference, class: infractionClass, fineUit, measures } = entry!;
      return { code, conduct, legalReference, class: infractionClass, fineUit, measures };
    });
  }
}
