import { type AuthenticatedActor, NotActingFor } from '#auth';
import { RequestValidationFailed } from '#http';
import { actsForAccused, assertActsForAuthority } from '../case-access.js';
import type { ChargedConduct } from '../domain/case.js';
import type { CaseCommand } from '../domain/case.commands.js';
import type { FineRequest } from '../domain/case.sanction.js';
import type { InfractionCase } from '../domain/case.state.js';
import type { CaseStepDto, CircumstanceDto, FineDto, FinePaymentDto, InstructionReportDto, NotifyChargesDto, ResolutionDto, ReviewDecisionDto, ReviewRequestDto, SubmitDefenceDto } from './case-step.dtos.js';
import type { FineFacts } from './fine-facts.js';
import { seizedTimberOf } from './seized-timber.js';
import { parseDecimal } from '../domain/fine/exact.js';

/** Business days the party is given: to answer the charges or the final report, and to ask for a review (domain.md; unconfirmed). */
export const DEFENCE_BUSINESS_DAYS = 5;
export const REVIEW_BUSINESS_DAYS = 15;

/** OSINFOR's resolutions are appealed to its tribunal; other authorities hear their own, by another officer. */
export const OSINFOR = 'OSINFOR';
export const OSINFOR_TRIBUNAL = 'TFFS';

/** What a step needs to build its command: the case as it stands, who acts, when, and the last day of a period starting then. */
export interface StepContext<Dto extends CaseStepDto> {
  readonly found: InfractionCase;
  readonly actor: AuthenticatedActor;
  readonly body: Dto;
  readonly at: string;
  dueAfter(at: string, businessDays: number): Promise<string>;
  /** The conducts named, as the catalogue in force on the date of the facts has them. */
  conducts(codes: readonly string[]): Promise<ChargedConduct[]>;
  /** What a fine of the species takes from reference data and the party's history. */
  fineFacts(species: string): Promise<FineFacts>;
  /** The UIT of the Peru year of an instant, as the catalogue in force then has it. */
  uitOf(at: string): Promise<{ readonly year: number; readonly soles: string }>;
}

export interface CaseStep<Dto extends CaseStepDto> {
  /** Refuses with 403 who may not take the step on this case. */
  authorise(found: InfractionCase, actor: AuthenticatedActor): void;
  command(context: StepContext<Dto>): Promise<CaseCommand>;
}

const byAuthority = (found: InfractionCase, actor: AuthenticatedActor) => assertActsForAuthority(actor, found);

function byAccused(found: InfractionCase, actor: AuthenticatedActor): void {
  if (actsForAccused(actor, found)) return;
  throw new NotActingFor(`Only the party charged in case ${found.caseId} may take this step`, { caseId: found.caseId, actor: { role: actor.role, organisation: actor.organisation } });
}

/** The steps of the procedure as routes name them. */
export const CASE_STEPS = {
  charges: {
    authorise: byAuthority,
    command: async ({ found, actor, body, at, dueAfter, conducts }: StepContext<NotifyChargesDto>) => ({
      type: 'NotifyCharges',
      data: { caseId: found.caseId, by: actor.id, accusedTaxId: body.accusedTaxId, conducts: await conducts(body.conducts), facts: body.facts, at, defenceDue: await dueAfter(at, DEFENCE_BUSINESS_DAYS) },
    }),
  } satisfies CaseStep<NotifyChargesDto>,
  defences: {
    authorise: byAccused,
    command: async ({ found, body, at }: StepContext<SubmitDefenceDto>) => ({
      type: 'SubmitDefence',
      data: { caseId: found.caseId, by: found.charges!.accusedTaxId, statement: body.statement, documents: body.documents ?? [], at },
    }),
  } satisfies CaseStep<SubmitDefenceDto>,
  'instruction-report': {
    authorise: byAuthority,
    command: async ({ found, actor, body, at }: StepContext<InstructionReportDto>) => ({
      type: 'IssueInstructionReport',
      data: { caseId: found.caseId, by: actor.id, recommendation: body.recommendation, reasoning: body.reasoning, at },
    }),
  } satisfies CaseStep<InstructionReportDto>,
  'final-report': {
    authorise: byAuthority,
    command: async ({ found, actor, at, dueAfter }: StepContext<CaseStepDto>) => ({
      type: 'NotifyFinalReport',
      data: { caseId: found.caseId, by: actor.id, at, defenceDue: await dueAfter(at, DEFENCE_BUSINESS_DAYS) },
    }),
  } satisfies CaseStep<CaseStepDto>,
  resolution: {
    authorise: byAuthority,
    command: async ({ found, actor, body, at, dueAfter, fineFacts }: StepContext<ResolutionDto>) => ({
      type: 'ResolveCase',
      data: {
        caseId: found.caseId,
        by: actor.id,
        outcome: body.outcome,
        reasoning: body.reasoning,
        measures: body.measures ?? [],
        // Out of turn, the decider refuses the step before looking at a fine: nothing is gathered for it.
        ...(body.fine === undefined || found.status !== 'final_report_notified' ? {} : { fine: await fineRequest(found, body.fine, fineFacts) }),
        lotsConfiscated: body.lotsConfiscated ?? [],
        ...(body.disqualification === undefined ? {} : { disqualification: { from: body.disqualification.from, until: body.disqualification.until } }),
        at,
        reviewDue: await dueAfter(at, REVIEW_BUSINESS_DAYS),
      },
    }),
  } satisfies CaseStep<ResolutionDto>,
  reviews: {
    authorise: byAccused,
    command: async ({ found, body, at }: StepContext<ReviewRequestDto>) => ({
      type: 'RequestReview',
      data: { caseId: found.caseId, by: found.charges!.accusedTaxId, kind: body.kind, grounds: body.grounds, at, reviewingBody: reviewingBody(found, body.kind) },
    }),
  } satisfies CaseStep<ReviewRequestDto>,
  'review-decision': {
    authorise: (found, actor) => assertActsForAuthority(actor, found, found.review?.reviewingBody ?? found.authority),
    command: async ({ found, actor, body, at }: StepContext<ReviewDecisionDto>) => ({
      type: 'DecideReview',
      data: { caseId: found.caseId, by: actor.id, body: actor.organisation!, upheld: body.upheld, reasoning: body.reasoning, at },
    }),
  } satisfies CaseStep<ReviewDecisionDto>,
  finality: {
    authorise: byAuthority,
    command: async ({ found, at }: StepContext<CaseStepDto>) => ({ type: 'DeclareFinal', data: { caseId: found.caseId, at } }),
  } satisfies CaseStep<CaseStepDto>,
  'fine-payment': {
    authorise: byAuthority,
    command: async ({ found, actor, body, at, uitOf }: StepContext<FinePaymentDto>) => ({
      type: 'RecordFinePayment',
      data: { caseId: found.caseId, by: actor.id, receipt: body.receipt, amountSoles: body.amountSoles, uit: await uitOf(at), paidAt: at },
    }),
  } satisfies CaseStep<FinePaymentDto>,
} as const;

export type CaseStepName = keyof typeof CASE_STEPS;

/**
 * The officer's graduation, with what the case knows by default (the conduct when the charges name one only, the
 * species and m³ of the timber seized under it), and the facts reference data and history give.
 */
async function fineRequest(found: InfractionCase, fine: FineDto, fineFacts: StepContext<ResolutionDto>['fineFacts']): Promise<FineRequest> {
  const charged = found.charges!.conducts;
  const seized = seizedTimberOf(found);
  const conduct = fine.conduct ?? (charged.length === 1 ? charged[0]!.code : undefined);
  const species = fine.species ?? seized?.species;
  const missing = [
    ...(conduct === undefined ? [{ path: 'fine.conduct', messages: [`must name the conduct the fine sanctions, one of those charged (${charged.map((c) => c.code).join(', ')})`] }] : []),
    ...(species === undefined ? [{ path: 'fine.species', messages: ['must name the species concerned: the lots seized under the case are not all of one'] }] : []),
  ];
  if (conduct === undefined || species === undefined) throw new RequestValidationFailed(missing);
  const { tradedBy, ...facts } = await fineFacts(species);
  const volumeM3 = tradedBy === 'weight' ? weighedProductVolume(species, fine) : (fine.volumeM3 ?? (fine.species === undefined || fine.species === seized?.species ? seized?.volumeM3 : undefined));
  if (volumeM3 === undefined) throw new RequestValidationFailed([{ path: 'fine.volumeM3', messages: ['must give the m³ concerned: the case seized none of that species alone'] }]);
  const { avoidedCostsSoles, detectionProbability, damageGravity, aggravating, mitigating } = fine;
  const circumstances = (list: CircumstanceDto[] | undefined) => list?.map(({ name, percent }) => ({ name, percent }));
  return {
    conduct,
    species,
    input: {
      volumeM3,
      ...(avoidedCostsSoles === undefined ? {} : { avoidedCostsSoles }),
      detectionProbability,
      damageGravity,
      ...(aggravating === undefined ? {} : { aggravating: circumstances(aggravating) }),
      ...(mitigating === undefined ? {} : { mitigating: circumstances(mitigating) }),
      ...facts,
    },
  };
}

/**
 * A product traded by weight has no value per m³ (the value catalogue prices timber) and its kg are never read as m³:
 * its illicit benefit is the costs avoided the officer reckons, so the timber term of the fine is 0 m³.
 */
function weighedProductVolume(species: string, fine: FineDto): string {
  const fields = [
    ...(fine.volumeM3 === undefined || isZero(fine.volumeM3) ? [] : [{ path: 'fine.volumeM3', messages: [`must be 0 or left out: ${species} is traded by weight, and its fine is not reckoned per m³`] }]),
    ...(fine.avoidedCostsSoles === undefined ? [{ path: 'fine.avoidedCostsSoles', messages: [`must give the benefit in soles: ${species} is traded by weight, and the value catalogue prices only timber per m³`] }] : []),
  ];
  if (fields.length > 0) throw new RequestValidationFailed(fields);
  return '0';
}

function isZero(decimal: string): boolean {
  return parseDecimal(decimal)?.isZero() ?? false;
}

function reviewingBody(found: InfractionCase, kind: 'reconsideration' | 'appeal'): string {
  return kind === 'appeal' && found.authority === OSINFOR ? OSINFOR_TRIBUNAL : found.authority;
}
