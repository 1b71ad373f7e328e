import type { GeoPolygon } from '#shared-kernel';
import { polygonFinding } from './geolocation.js';
import type { Validity } from './permit.js';
import { BlankField, InvalidDate, InvalidGeometry, InvalidValidity, PermitNotActive, PermitNotFound } from './permit.errors.js';
import type { Permit, PermitState } from './permit.state.js';
import { isCalendarDate, isInstant } from './validity.js';

export function requirePermit(state: PermitState, permitId: string): Permit {
  if (!state) throw new PermitNotFound(permitId);
  return state;
}

export function requireActive(permit: Permit): void {
  if (permit.standing.status !== 'active') throw new PermitNotActive(permit.permitId, permit.standing.status);
}

/** The text with its surrounding spaces removed, refused when nothing is left. */
export function requireText(field: string, value: string): string {
  const text = value.trim();
  if (text === '') throw new BlankField(field);
  return text;
}

export function requireCalendarDate(field: string, value: string): void {
  if (!isCalendarDate(value)) throw new InvalidDate(field, value, 'date');
}

export function requireInstant(field: string, value: string): void {
  if (!isInstant(value)) throw new InvalidDate(field, value, 'instant');
}

export function requireValidity(field: string, validity: Validity): Validity {
  requireCalendarDate(`${field}.from`, validity.from);
  requireCalendarDate(`${field}.to`, validity.to);
  if (validity.from >= validity.to) throw new InvalidValidity(field, validity);
  return { from: validity.from, to: validity.to };
}

export function requirePolygon(field: string, polygon: GeoPolygon): void {
  const finding = polygonFinding(polygon);
  if (finding) throw new InvalidGeometry(field, finding);
}
