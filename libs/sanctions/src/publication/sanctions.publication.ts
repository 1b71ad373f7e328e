import type { Publication } from '#messaging';
import type { Recorded, StreamStore } from '#shared-kernel';
import { caseStream } from '../domain/case.decider.js';
import type { CaseBecameFinal, CaseOpened, FindingsAdded } from '../domain/case.events.js';
import type { InfractionCase } from '../domain/case.state.js';
import type { SanctionsIntegrationEvent } from '../integration/sanctions-integration-events.js';

type Published = CaseOpened | FindingsAdded | CaseBecameFinal;

/**
 * What sanctions tells other contexts: a case opened or given lots, and closed with what custody must confiscate and
 * release. A closing reads its case for the authority, guide and lots, which never change once it is final.
 */
export function sanctionsPublication(store: StreamStore): Publication<Published> {
  return {
    name: 'sanctions',
    publishes: ['CaseOpened', 'CaseLotsAdded', 'CaseClosed', 'PartyDisqualified'],
    eventTypes: ['CaseOpened', 'FindingsAdded', 'CaseBecameFinal'],
    streamPrefixes: ['case-'],
    publish: async (event: Recorded<Published>) => {
      if (event.type === 'CaseOpened') return opened(event.data, event.metadata.occurredAt);
      const found = (await caseStream.load(store, event.data.caseId))!;
      return event.type === 'FindingsAdded' ? lotsAdded(found, event.data.lots, event.metadata.occurredAt) : closing(event.data, found);
    },
  };
}

export function opened({ caseId, authority, source, subject, lots }: CaseOpened['data'], at: string): SanctionsIntegrationEvent[] {
  const { guideNumber, permitId, holderTaxId } = subject;
  return [{ type: 'CaseOpened', version: 1, data: { caseId, authority, source: source.kind, lots, ...defined({ guideNumber, permitId, holderTaxId }), at } }];
}

/** Lots added by a later flag are announced with the case's authority, which the event does not repeat. */
export function lotsAdded(found: InfractionCase, lots: readonly string[], at: string): SanctionsIntegrationEvent[] {
  return lots.length === 0 ? [] : [{ type: 'CaseLotsAdded', version: 1, data: { caseId: found.caseId, authority: found.authority, lots, at } }];
}

/** The lots confiscation takes go, every other lot of the case is released; a disqualification is announced on its own. */
export function closing(final: CaseBecameFinal['data'], found: InfractionCase): SanctionsIntegrationEvent[] {
  const { caseId, outcome, measures, fineUit, accusedTaxId, lotsConfiscated, disqualification, at } = final;
  const { authority } = found;
  const lotsReleased = found.lots.filter((lot) => !lotsConfiscated.includes(lot));
  const guideNumber = found.subject.guideNumber;
  const closed: SanctionsIntegrationEvent = {
    type: 'CaseClosed',
    version: 1,
    data: { caseId, authority, outcome, measures, ...defined({ fineUit, accusedTaxId, guideNumber }), lotsConfiscated, lotsReleased, at },
  };
  if (!disqualification) return [closed];
  return [closed, { type: 'PartyDisqualified', version: 1, data: { caseId, authority, taxId: accusedTaxId, from: disqualification.from, until: disqualification.until, at } }];
}

function defined<T extends Record<string, string | undefined>>(fields: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<Record<keyof T, string>>;
}
