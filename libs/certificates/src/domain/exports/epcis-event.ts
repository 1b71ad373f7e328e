import { type Measure, roundVolume } from '#shared-kernel';

/** JSON as EPCIS carries it: custom fields may hold any of it. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface EpcisEvent {
  readonly type: 'ObjectEvent' | 'AggregationEvent' | 'TransformationEvent';
  readonly eventID: string;
  readonly eventTime: string;
  readonly eventTimeZoneOffset: string;
  readonly [field: string]: JsonValue;
}

/** When an event happened; inferred when the lineage did not note it and it is placed after what it needs. */
export interface EventTime {
  readonly at: string;
  readonly inferred: boolean;
}

/** Peru keeps UTC−5 all year. */
export const PERU_OFFSET = '-05:00';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/i;

/** EPCIS wants a full date-time with its offset: a bare date is the start of that day in Peru, a bare time is Peru's. */
export function epcisTime(text: string): string {
  const match = DATE_TIME.exec(text);
  if (!match) return text;
  const [, date, minutes = '00:00', seconds = ':00', offset = PERU_OFFSET] = match;
  return `${date}T${minutes}${seconds}${offset}`;
}

export function eventHead(type: EpcisEvent['type'], eventID: string, time: EventTime): EpcisEvent {
  return { type, eventID, eventTime: time.at, eventTimeZoneOffset: PERU_OFFSET, ...(time.inferred ? { 'tt:eventTimeInferred': true } : {}) };
}

/** UN/ECE Recommendation 20 codes: cubic metre, kilogram. */
const UOM = { volume: 'MTQ', weight: 'KGM' } as const satisfies Record<Measure, string>;

/** A lot in a quantity list: its m³ (or kg, by weight) when known, else the lot alone, which EPCIS reads as an unknown quantity. */
export function lotQuantity(epcClass: string, amount?: { readonly value: number; readonly measure: Measure }): JsonValue {
  return amount === undefined ? { epcClass } : { epcClass, quantity: roundVolume(amount.value), uom: UOM[amount.measure] };
}
