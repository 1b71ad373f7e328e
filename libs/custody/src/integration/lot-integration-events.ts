import type { ConfiscatedLotDisposedV1 } from './confiscated-lot-disposed.js';
import type { LotConfiscatedV1 } from './lot-confiscated.js';
import type { LotDeliveredV1 } from './lot-delivered.js';
import type { LotImmobilisedV1 } from './lot-immobilised.js';
import type { LotLineageChangedV1 } from './lot-lineage-changed.js';
import type { LotReleasedV1 } from './lot-released.js';

/** What custody publishes about lots, discriminated by `type` and `version`. */
export type LotIntegrationEvent = LotDeliveredV1 | LotImmobilisedV1 | LotReleasedV1 | LotConfiscatedV1 | ConfiscatedLotDisposedV1 | LotLineageChangedV1;
