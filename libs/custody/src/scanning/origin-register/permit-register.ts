import { aggregateStream, type Command, type Decider, type Event, type Quantity } from '#shared-kernel';
import { isReadableTime } from './peru-time.js';
import { UnreadableRegisterEntry } from './register-errors.js';

// What custody knows of a permit, from harvest's integration events, to judge a scan's origin at its
// observation time: every standing with the time it took effect, and the plans as approved.

export type PermitStatus = 'active' | 'suspended' | 'cancelled';

export interface PermitStanding {
  readonly status: PermitStatus;
  readonly reason: string;
  readonly authority: string;
  /** From when the standing holds: a date (Peru time) or a date-time. */
  readonly at: string;
}

export interface NotedPlan {
  readonly planId: string;
  /** Calendar dates, both days included. */
  readonly validity: { readonly from: string; readonly to: string };
  /** Each species' quota in the measure it is traded by: m³, or kg for a non-timber product. */
  readonly species: readonly { readonly species: string; readonly authorised: Quantity }[];
}

export type PermitStandingNoted = Event<'PermitStandingNoted', PermitStanding & { readonly permitId: string }>;
export type HarvestPlanNoted = Event<'HarvestPlanNoted', NotedPlan & { readonly permitId: string }>;
export type PermitRegisterEvent = PermitStandingNoted | HarvestPlanNoted;

export type NotePermitStanding = Command<'NotePermitStanding', PermitStandingNoted['data']>;
export type NoteHarvestPlan = Command<'NoteHarvestPlan', HarvestPlanNoted['data']>;
export type PermitRegisterCommand = NotePermitStanding | NoteHarvestPlan;

export interface PermitRegister {
  /** In the order they were noted; which holds at a time is decided by their `at`. */
  readonly standings: readonly PermitStanding[];
  readonly plans: readonly NotedPlan[];
}

export const EMPTY_PERMIT_REGISTER: PermitRegister = { standings: [], plans: [] };

/** A register, not a judge: it notes every fact once (the same fact republished records nothing) and refuses only unreadable times. */
export const permitRegisterDecider: Decider<PermitRegisterCommand, PermitRegisterEvent, PermitRegister> = {
  initialState: EMPTY_PERMIT_REGISTER,
  decide(command, register): readonly PermitRegisterEvent[] {
    switch (command.type) {
      case 'NotePermitStanding':
        return noteStanding(command, register);
      case 'NoteHarvestPlan':
        return notePlan(command, register);
      default:
        return unknown(command);
    }
  },
  evolve(register, event): PermitRegister {
    switch (event.type) {
      case 'PermitStandingNoted': {
        const { permitId: _permitId, ...standing } = event.data;
        return { ...register, standings: [...register.standings, standing] };
      }
      case 'HarvestPlanNoted': {
        const { permitId: _permitId, ...plan } = event.data;
        return { ...register, plans: [...register.plans.filter((noted) => noted.planId !== plan.planId), plan] };
      }
      default:
        return unknown(event);
    }
  },
};

function noteStanding({ data }: NotePermitStanding, register: PermitRegister): PermitStandingNoted[] {
  if (!isReadableTime(data.at)) throw new UnreadableRegisterEntry(`permit ${data.permitId}`, 'at', data.at);
  const same = register.standings.some((noted) => noted.status === data.status && noted.at === data.at && noted.authority === data.authority && noted.reason === data.reason);
  return same ? [] : [{ type: 'PermitStandingNoted', data }];
}

function notePlan({ data }: NoteHarvestPlan, register: PermitRegister): HarvestPlanNoted[] {
  for (const field of ['from', 'to'] as const) {
    if (!isReadableTime(data.validity[field])) throw new UnreadableRegisterEntry(`plan ${data.planId} of permit ${data.permitId}`, `validity.${field}`, data.validity[field]);
  }
  const { permitId: _permitId, ...plan } = data;
  const same = register.plans.some((noted) => JSON.stringify(noted) === JSON.stringify(plan));
  return same ? [] : [{ type: 'HarvestPlanNoted', data }];
}

function unknown(message: never): never {
  throw new Error(`Unknown permit register message ${JSON.stringify(message)}`);
}

/** Custody's register of a permit, `register-permit-<permitId>`, fed by harvest's integration events: the inbox is the stream (ADR 5). */
export const permitRegisterStream = aggregateStream('register-permit', permitRegisterDecider);
