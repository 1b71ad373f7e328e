import { DomainError } from '#shared-kernel';

export class InvalidCalendarDate extends DomainError {
  constructor(field: string, value: string) {
    super('invalid', 'invalid_calendar_date', `${field} "${value}" is not a calendar date written YYYY-MM-DD`, { field, value });
  }
}

/** A year the holiday calendar does not hold: counting business days in it would silently skip its holidays. */
export class HolidayCalendarNotCovered extends DomainError {
  constructor(from: string, to: string, years: readonly number[]) {
    super('not_found', 'holiday_calendar_not_covered', `The holiday calendar in force holds no holidays of ${years.join(', ')}, so days from ${from} to ${to} cannot be counted`, {
      from,
      to,
      years,
    });
  }
}
