import type { Catalogue } from '../domain/catalogue.js';

/** The version of each catalogue shipped with the code; imported, so the build carries the files along. */
export const SHIPPED_FILES: { readonly [C in Catalogue]: () => Promise<{ readonly default: unknown }> } = {
  species: () => import('../../data/species.json', { with: { type: 'json' } }),
  densities: () => import('../../data/densities.json', { with: { type: 'json' } }),
  'yield-coefficients': () => import('../../data/yield-coefficients.json', { with: { type: 'json' } }),
  checkpoints: () => import('../../data/checkpoints.json', { with: { type: 'json' } }),
  uit: () => import('../../data/uit.json', { with: { type: 'json' } }),
  units: () => import('../../data/units.json', { with: { type: 'json' } }),
  infractions: () => import('../../data/infractions.json', { with: { type: 'json' } }),
  holidays: () => import('../../data/holidays.json', { with: { type: 'json' } }),
  'species-values': () => import('../../data/species-values.json', { with: { type: 'json' } }),
  'certified-identifiers': () => import('../../data/certified-identifiers.json', { with: { type: 'json' } }),
};
