import { DomainError } from '#shared-kernel';

/** A register entry whose times cannot be read: facts judged by it would be judged by nothing. */
export class UnreadableRegisterEntry extends DomainError {
  constructor(register: string, field: string, value: string) {
    super('invalid', 'unreadable_register_entry', `${register}: ${field} "${value}" is not a date or date-time`, { register, field, value });
  }
}
