import { aggregateStream, type Command, type Decider, type Event } from '#shared-kernel';
import type { ProductType } from '../../domain/lot.js';
import { isReadableTime } from './peru-time.js';
import { UnreadableRegisterEntry } from './register-errors.js';

// What custody knows of a processing facility, from processing's integration events: its standings, to judge
// a load leaving or going to it, and its transformations, to judge its output against its input.

export type FacilityKind = 'sawmill' | 'transformation_centre' | 'depot' | 'furniture_maker' | 'export_yard';

export interface FacilityStanding {
  readonly holderTaxId: string;
  readonly kind: FacilityKind;
  readonly standing: 'authorised' | 'suspended';
  /** Dates (a whole day in Peru time) or date-times: authorised only within them. */
  readonly validity: { readonly from: string; readonly until: string };
  readonly authority: string;
  /** When the standing took effect. */
  readonly at: string;
}

/** One side of a transformation, one species and product, in m³. */
export interface TransformedVolume {
  readonly species: string;
  readonly productType: ProductType;
  readonly m3: number;
}

export interface NotedTransformation {
  readonly transformationId: string;
  readonly at: string;
  readonly inputs: readonly TransformedVolume[];
  readonly outputs: readonly TransformedVolume[];
}

export type FacilityStandingNoted = Event<'FacilityStandingNoted', FacilityStanding & { readonly facilityId: string }>;
export type TransformationNoted = Event<'TransformationNoted', NotedTransformation & { readonly facilityId: string }>;
export type FacilityRegisterEvent = FacilityStandingNoted | TransformationNoted;

export type NoteFacilityStanding = Command<'NoteFacilityStanding', FacilityStandingNoted['data']>;
export type NoteTransformation = Command<'NoteTransformation', TransformationNoted['data']>;
export type FacilityRegisterCommand = NoteFacilityStanding | NoteTransformation;

export interface FacilityRegister {
  readonly standings: readonly FacilityStanding[];
  readonly transformations: readonly NotedTransformation[];
}

export const EMPTY_FACILITY_REGISTER: FacilityRegister = { standings: [], transformations: [] };

/** Notes each fact once (a transformation by its id) and refuses only unreadable times. */
export const facilityRegisterDecider: Decider<FacilityRegisterCommand, FacilityRegisterEvent, FacilityRegister> = {
  initialState: EMPTY_FACILITY_REGISTER,
  decide(command, register): readonly FacilityRegisterEvent[] {
    switch (command.type) {
      case 'NoteFacilityStanding':
        return noteStanding(command, register);
      case 'NoteTransformation':
        return noteTransformation(command, register);
      default:
        return unknown(command);
    }
  },
  evolve(register, event): FacilityRegister {
    switch (event.type) {
      case 'FacilityStandingNoted': {
        const { facilityId: _facilityId, ...standing } = event.data;
        return { ...register, standings: [...register.standings, standing] };
      }
      case 'TransformationNoted': {
        const { facilityId: _facilityId, ...transformation } = event.data;
        return { ...register, transformations: [...register.transformations, transformation] };
      }
      default:
        return unknown(event);
    }
  },
};

function noteStanding({ data }: NoteFacilityStanding, register: FacilityRegister): FacilityStandingNoted[] {
  const times = { at: data.at, 'validity.from': data.validity.from, 'validity.until': data.validity.until };
  for (const [field, value] of Object.entries(times)) {
    if (!isReadableTime(value)) throw new UnreadableRegisterEntry(`facility ${data.facilityId}`, field, value);
  }
  const { facilityId: _facilityId, ...standing } = data;
  const same = register.standings.some((noted) => JSON.stringify(noted) === JSON.stringify(standing));
  return same ? [] : [{ type: 'FacilityStandingNoted', data }];
}

function noteTransformation({ data }: NoteTransformation, register: FacilityRegister): TransformationNoted[] {
  if (!isReadableTime(data.at)) throw new UnreadableRegisterEntry(`facility ${data.facilityId}`, 'at', data.at);
  if (register.transformations.some((noted) => noted.transformationId === data.transformationId)) return [];
  return [{ type: 'TransformationNoted', data }];
}

function unknown(message: never): never {
  throw new Error(`Unknown facility register message ${JSON.stringify(message)}`);
}

/** Custody's register of a facility, `register-facility-<facilityId>`, fed by processing's integration events: the inbox is the stream (ADR 5). */
export const facilityRegisterStream = aggregateStream('register-facility', facilityRegisterDecider);
