import { endOf, instantOf } from './instant.js';
import { InvalidInstant, ProcessorNotAuthorised, ProcessorNotFound, type Unauthorised } from './processor.errors.js';
import type { Processor, ProcessorState } from './processor.state.js';

export function registered(state: ProcessorState): Processor {
  if (state === undefined) throw new ProcessorNotFound();
  return state;
}

export function instant(field: string, text: string): number {
  const value = instantOf(text);
  if (value === undefined) throw new InvalidInstant(field, text);
  return value;
}

/** Within the authorisation's validity and outside every suspension, at the time the fact happened. */
export function mustBeAuthorisedAt(processor: Processor, at: string): void {
  const when = instant('at', at);
  const refuse = (reason: Unauthorised) => new ProcessorNotAuthorised(processor.facilityId, at, reason, processor.validity);
  if (when < instantOf(processor.validity.from)!) throw refuse('not_yet_valid');
  if (when >= endOf(processor.validity.until)!) throw refuse('expired');
  const suspended = processor.suspensions.some(({ from, until }) => when >= instantOf(from)! && (until === undefined || when < instantOf(until)!));
  if (suspended) throw refuse('suspended');
}

export function openSuspension(processor: Processor): string | undefined {
  const last = processor.suspensions.at(-1);
  return last && last.until === undefined ? last.from : undefined;
}
