import { type DomainError, inBaseUnit, positiveAmount, refusalOf, requireMeasure } from '#shared-kernel';
import type { ReceiveLot } from './processor.commands.js';
import { LotAlreadyReceived } from './processor.errors.js';
import type { LotNotReceived, LotReceived } from './processor.events.js';
import { mustBeAuthorisedAt, registered } from './processor.authorisation.js';
import type { ProcessorState } from './processor.state.js';
import { measureOfProduct } from './processor.js';

/** A delivered lot enters the inventory, timber in m³ and a non_timber product in kg; the same lot under the same guide again records nothing. */
export function receiveLot({ data }: ReceiveLot, state: ProcessorState): LotReceived[] {
  const processor = registered(state);
  const known = processor.inventory.get(data.lotId);
  if (known?.receivedUnder === data.guideNumber) return [];
  if (known) throw new LotAlreadyReceived(data.lotId, data.guideNumber, known.receivedUnder);
  mustBeAuthorisedAt(processor, data.at);
  const measure = measureOfProduct(data.productType);
  requireMeasure(data.volume, measure, 'volume');
  const amount = positiveAmount(data.volume, 'volume');
  return [{ type: 'LotReceived', data: { facilityId: processor.facilityId, ...data, volume: inBaseUnit(amount, measure) } }];
}

/** What a delivery the facility could not take in leaves on its stream: the lot as delivered, and why. */
export function lotNotReceived(facilityId: string, { data }: ReceiveLot, refusal: DomainError): LotNotReceived {
  return { type: 'LotNotReceived', data: { facilityId, ...data, refusal: refusalOf(refusal) } };
}
