import type { AuthenticatedActor } from '#auth';
import { RequestValidationFailed } from '#http';
import type { Finding, Inspection } from '../domain/case.js';
import type { InspectionDto } from './inspection.dtos.js';

/** The inspection as a source of the case: the place, the officers present and the evidence, none left undefined. */
export function inspectionOf({ place, participants = [], evidence = {} }: InspectionDto, actor: AuthenticatedActor): Inspection {
  const { photos = [], scaleTickets = [], positions = [], witnesses = [] } = evidence;
  return {
    kind: 'inspection',
    inspector: actor.id,
    place: { ...(place.name === undefined ? {} : { name: place.name }), ...(place.position === undefined ? {} : { position: place.position }) },
    participants: participants.map(({ name, institution, role }) => ({ name, institution, role })),
    evidence: {
      photos,
      scaleTickets: scaleTickets.map(({ number, weightKg }) => ({ number, weightKg })),
      positions: positions.map(({ position, at }) => ({ position, at })),
      witnesses: witnesses.map(({ name, documentId, role }) => ({ name, documentId, role })),
    },
  };
}

/** The inspector's findings: facts after the report are the client's mistake. */
export function findingsOf({ findings }: InspectionDto, now: string): Finding[] {
  const fields = findings.flatMap(({ at }, index) => (Date.parse(at) > Date.parse(now) ? [{ path: `findings.${index}.at`, messages: [`findings.${index}.at is after the report is recorded (${now})`] }] : []));
  if (fields.length > 0) throw new RequestValidationFailed(fields);
  return findings.map(({ rule, message, observed, at }) => ({ rule, message, ...(observed === undefined ? {} : { observed }), at }));
}
