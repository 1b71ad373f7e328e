import type { RegisterProcessor, ReinstateProcessor, SuspendProcessor } from './processor.commands.js';
import { endOf } from './instant.js';
import { InvalidValidity, ProcessorAlreadyRegistered, ProcessorAlreadySuspended, ProcessorNotSuspended, StandingChangeOutOfOrder } from './processor.errors.js';
import type { ProcessorRegistered, ProcessorReinstated, ProcessorSuspended } from './processor.events.js';
import { instant, openSuspension, registered } from './processor.authorisation.js';
import type { Processor, ProcessorState } from './processor.state.js';

export function registerProcessor({ data }: RegisterProcessor, state: ProcessorState): ProcessorRegistered[] {
  if (state !== undefined) throw new ProcessorAlreadyRegistered(state.facilityId);
  const from = instant('validity.from', data.validity.from);
  instant('validity.until', data.validity.until);
  if (endOf(data.validity.until)! <= from) throw new InvalidValidity(data.validity);
  return [{ type: 'ProcessorRegistered', data }];
}

export function suspendProcessor({ data }: SuspendProcessor, state: ProcessorState): ProcessorSuspended[] {
  const processor = registered(state);
  const since = openSuspension(processor);
  if (since !== undefined) throw new ProcessorAlreadySuspended(processor.facilityId, since);
  mustFollowLastChange(processor, data.at);
  return [{ type: 'ProcessorSuspended', data: { ...standingOf(processor), ...data } }];
}

export function reinstateProcessor({ data }: ReinstateProcessor, state: ProcessorState): ProcessorReinstated[] {
  const processor = registered(state);
  if (openSuspension(processor) === undefined) throw new ProcessorNotSuspended(processor.facilityId);
  mustFollowLastChange(processor, data.at);
  return [{ type: 'ProcessorReinstated', data: { ...standingOf(processor), ...data } }];
}

function standingOf({ facilityId, holderTaxId, kind, validity }: Processor) {
  return { facilityId, holderTaxId, kind, validity };
}

function mustFollowLastChange(processor: Processor, at: string): void {
  const last = processor.suspensions.at(-1);
  const lastChange = last?.until ?? last?.from;
  if (lastChange !== undefined && instant('at', at) < instant('at', lastChange)) throw new StandingChangeOutOfOrder(processor.facilityId, at, lastChange);
}
