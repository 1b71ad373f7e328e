import { DomainError } from '#shared-kernel';

export class InvalidDate extends DomainError {
  constructor(field: string, value: unknown) {
    super('invalid', 'invalid_date', `${field} must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, { field, value });
  }
}

export class InvalidInstant extends DomainError {
  constructor(value: unknown) {
    super('invalid', 'invalid_instant', `An instant must be ISO-8601 with its offset (2025-07-28T09:30:00-05:00 or …Z), got ${JSON.stringify(value)}`, { value });
  }
}

export class InvalidBusinessDayCount extends DomainError {
  constructor(days: unknown, max: number) {
    super('invalid', 'invalid_business_day_count', `A term must be a whole number of business days from 0 to ${max}, got ${String(days)}`, { days, max });
  }
}
