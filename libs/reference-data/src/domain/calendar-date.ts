import { instantOf } from './reference-instant.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `2025-12-08`: a day of the calendar that exists, written without a time. */
export function isCalendarDate(text: string): boolean {
  return DATE_ONLY.test(text) && instantOf(text) !== undefined;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
