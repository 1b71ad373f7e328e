import type { Catalogue } from '../domain/catalogue.js';

type ShippedFile = () => Promise<{ readonly default: unknown }>;

/**
 * The versions of each catalogue shipped with the code, in publication order; imported, so the build carries the
 * files along. The first holds the whole catalogue; a later one may hold only what it amends (see `amended-entries`) and the entries it adds.
 */
export const SHIPPED_FILES: { readonly [C in Catalogue]: readonly ShippedFile[] } = {
  species: [
    () => import('../../data/species.json', { with: { type: 'json' } }),
    () => import('../../data/species.v2.json', { with: { type: 'json' } }),
    () => import('../../data/species.v3.json', { with: { type: 'json' } }),
    () => import('../../data/species.v4.json', { with: { type: 'json' } }),
    () => import('../../data/species.v5.json', { with: { type: 'json' } }),
    () => import('../../data/species.v6.json', { with: { type: 'json' } }),
    () => import('../../data/species.v7.json', { with: { type: 'json' } }),
    () => import('../../data/species.v8.json', { with: { type: 'json' } }),
    () => import('../../data/species.v9.json', { with: { type: 'json' } }),
    () => import('../../data/species.v10.json', { with: { type: 'json' } }),
  ],
  densities: [() => import('../../data/densities.json', { with: { type: 'json' } }), () => import('../../data/densities.v2.json', { with: { type: 'json' } })],
  'yield-coefficients': [
    () => import('../../data/yield-coefficients.json', { with: { type: 'json' } }),
    () => import('../../data/yield-coefficients.v2.json', { with: { type: 'json' } }),
    () => import('../../data/yield-coefficients.v3.json', { with: { type: 'json' } }),
  ],
  checkpoints: [
    () => import('../../data/checkpoints.json', { with: { type: 'json' } }),
    () => import('../../data/checkpoints.v2.json', { with: { type: 'json' } }),
    () => import('../../data/checkpoints.v3.json', { with: { type: 'json' } }),
    () => import('../../data/checkpoints.v4.json', { with: { type: 'json' } }),
    () => import('../../data/checkpoints.v5.json', { with: { type: 'json' } }),
  ],
  uit: [() => import('../../data/uit.json', { with: { type: 'json' } })],
  units: [() => import('../../data/units.json', { with: { type: 'json' } })],
  infractions: [() => import('../../data/infractions.json', { with: { type: 'json' } })],
  holidays: [() => import('../../data/holidays.json', { with: { type: 'json' } })],
  'species-values': [() => import('../../data/species-values.json', { with: { type: 'json' } })],
  'certified-identifiers': [() => import('../../data/certified-identifiers.json', { with: { type: 'json' } })],
  roads: [() => import('../../data/roads.json', { with: { type: 'json' } })],
  'scan-rules': [() => import('../../data/scan-rules.json', { with: { type: 'json' } }), () => import('../../data/scan-rules.v2.json', { with: { type: 'json' } })],
};
