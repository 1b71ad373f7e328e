import { Inject, Injectable } from '@nestjs/common';
import { REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import { addBusinessDays } from './domain/calendar/business-days.js';
import { dateOfDayNumber, dayNumberOf } from './domain/calendar/calendar-date.js';
import { peruDateOf } from './domain/calendar/peru-date.js';

/** The last day of a period of business days starting the day after `at`: a Peru date. */
export interface CaseDeadlines {
  dueAfter(at: string, businessDays: number): Promise<string>;
}

export const CASE_DEADLINES = Symbol('CaseDeadlines');

/** Long enough to hold any period of the procedure with its weekends and holidays. */
const CALENDAR_DAYS_PER_BUSINESS_DAY = 3;

/** Counted on Peru's public holidays as the reference data keeps them. */
@Injectable()
export class CaseDeadlinesFromCalendar implements CaseDeadlines {
  constructor(@Inject(REFERENCE_DATA) private readonly reference: ReferenceData) {}

  async dueAfter(at: string, businessDays: number): Promise<string> {
    const start = peruDateOf(at);
    const until = dateOfDayNumber(dayNumberOf(start, 'at') + businessDays * CALENDAR_DAYS_PER_BUSINESS_DAY + 14);
    const holidays = await this.reference.holidaysBetween(start, until);
    return addBusinessDays(start, businessDays, new Set(holidays.map((holiday) => holiday.date)));
  }
}
