import type { CaseRecord, GuideRecord, LineageView, LotRecord, PermitRecord, PermitStatus } from './lineage.js';
import { lineageLots } from './lineage.js';

/** What a check found against one lot of the lineage. `final`: the timber's legal origin is lost; `pending`: it stands in doubt until an authority decides. */
export interface Finding {
  readonly lotId: string;
  readonly check: 'origin' | 'permit' | 'plan' | 'quota' | 'transport' | 'yield' | 'case' | 'hold' | 'confiscation' | 'party';
  readonly code: string;
  readonly severity: 'final' | 'pending';
  readonly message: string;
  /** The case, guide, permit, plan or party it rests on. */
  readonly ref?: string;
}

export interface AssessmentOptions {
  /** The Peru date the lineage is judged on. */
  readonly on: string;
  /** Disqualified parties refuse a certificate; one disqualified after it was issued does not revoke it (a case does). */
  readonly purpose: 'issue' | 'reassess';
}

/** Every check on every lot of the lineage, the lot itself included: an empty answer is a legal origin. */
export function assessLineage(view: LineageView, options: AssessmentOptions): Finding[] {
  const permits = new Map(view.permits.map((permit) => [permit.permitId, permit]));
  const plans = new Map(view.plans.map((plan) => [plan.planId, plan]));
  const guides = new Map(view.guides.map((guide) => [guide.guideNumber, guide]));
  const cases = new Map(view.cases.map((found) => [found.caseId, found]));
  const transformations = new Map(view.transformations.map((made) => [made.transformationId, made]));
  const findings: Finding[] = [];
  const parties = new Set<string>();
  const guidesJudged = new Set<string>();
  const lots = lineageLots(view);

  for (const lot of lots) {
    const at = (check: Finding['check'], code: string, severity: Finding['severity'], message: string, ref?: string) =>
      findings.push({ lotId: lot.lotId, check, code, severity, message, ...(ref === undefined ? {} : { ref }) });

    // A lot extracted, then given more timber by a merge, still answers for its own permit and plan.
    if (lot.parents.length === 0 || lot.origin || lot.seized) originFindings(lot, permits, plans, options.on, at);
    if (lot.origin) parties.add(lot.origin.holderTaxId);
    const made = lot.transformationId === undefined ? undefined : transformations.get(lot.transformationId);
    if (lot.transformationId !== undefined && !made) at('yield', 'transformation_unknown', 'pending', `Transformation ${lot.transformationId}, which made lot ${lot.lotId}, has not been recorded here yet`, lot.transformationId);
    if (made?.overYield) at('yield', 'over_yield', 'final', `Transformation ${made.transformationId} produced ${made.overYield.species.join(', ')} above the maximum yield (${made.overYield.reason})`, made.transformationId);
    for (const number of lot.guides) {
      const guide = guides.get(number);
      if (!guide || guidesJudged.has(number)) continue;
      guidesJudged.add(number);
      for (const party of [guide.issuerTaxId, guide.holderTaxId]) if (party !== undefined) parties.add(party);
      findings.push(...transportFindings(guide, cases, lots.filter((carried) => carried.guides.includes(number))));
    }
    for (const caseId of lot.cases) {
      const found = cases.get(caseId);
      if (found && !clearedBy(found, lot)) caseFindings(found, at);
    }
    for (const hold of lot.holds) at('hold', 'lot_held', 'pending', `Lot ${lot.lotId} is immobilised by ${hold.authority} under case ${hold.caseRef} since ${hold.at}`, hold.caseRef);
    if (lot.confiscation) at('confiscation', 'lot_confiscated', 'final', `Lot ${lot.lotId} was confiscated by ${lot.confiscation.authority} under case ${lot.confiscation.caseRef}`, lot.confiscation.caseRef);
  }
  if (options.purpose === 'issue') findings.push(...partyFindings(view, parties, options.on));
  return findings;
}

/** The certificate's standing that findings leave: any final finding revokes, a pending one suspends. */
export function standingOf(findings: readonly Finding[]): 'valid' | 'suspended' | 'revoked' {
  if (findings.some((finding) => finding.severity === 'final')) return 'revoked';
  return findings.length > 0 ? 'suspended' : 'valid';
}

type Found = (check: Finding['check'], code: string, severity: Finding['severity'], message: string, ref?: string) => void;

function originFindings(lot: LotRecord, permits: Map<string, PermitRecord>, plans: Map<string, { validity: { from: string; to: string } }>, on: string, at: Found): void {
  if (lot.confiscatedOrigin) return;
  if (lot.seized) {
    at('origin', 'unproven_origin', 'final', `Lot ${lot.lotId} was seized at ${lot.seized.checkpoint} beyond what its guide declared (${lot.seized.basis}): its origin is not proven`, lot.seized.caseId);
    return;
  }
  const origin = lot.origin;
  if (!origin) {
    at('origin', 'origin_unknown', 'pending', `Lot ${lot.lotId} has no recorded extraction: its origin is not known yet`);
    return;
  }
  const permit = permits.get(origin.permitId);
  const atHarvest = permit && standingAt(permit, `${origin.harvestDate}T23:59:59.999-05:00`);
  if (!atHarvest) at('permit', 'permit_unknown', 'pending', `Permit ${origin.permitId} has no standing recorded on ${origin.harvestDate}`, origin.permitId);
  else if (atHarvest !== 'active') at('permit', 'permit_not_active_at_harvest', 'final', `Permit ${origin.permitId} was ${atHarvest} when lot ${lot.lotId} was harvested on ${origin.harvestDate}`, origin.permitId);
  const now = permit && standingAt(permit, `${on}T23:59:59.999-05:00`);
  if (now === 'suspended') at('permit', 'permit_suspended', 'pending', `Permit ${origin.permitId} is suspended`, origin.permitId);
  if (now === 'cancelled' && atHarvest === 'active') at('permit', 'permit_cancelled', 'final', `Permit ${origin.permitId} was cancelled`, origin.permitId);
  const plan = plans.get(origin.planId);
  if (!plan) at('plan', 'plan_unknown', 'pending', `Harvest plan ${origin.planId} has no approval recorded`, origin.planId);
  else if (origin.harvestDate < plan.validity.from || origin.harvestDate > plan.validity.to) {
    at('plan', 'plan_not_valid_at_harvest', 'final', `Harvest plan ${origin.planId} was valid from ${plan.validity.from} to ${plan.validity.to}, not on ${origin.harvestDate}`, origin.planId);
  }
}

/** The standing in effect at `instant`: the latest whose `at` is not after it, whatever order they were noted in. */
function standingAt(permit: PermitRecord, instant: string): PermitStatus | undefined {
  const time = Date.parse(instant);
  const effective = permit.standings.filter((standing) => Date.parse(effectiveFrom(standing.at)) <= time);
  return effective.reduce<PermitRecord['standings'][number] | undefined>((latest, standing) => (!latest || Date.parse(effectiveFrom(standing.at)) >= Date.parse(effectiveFrom(latest.at)) ? standing : latest), undefined)?.status;
}

/** A bare date takes effect at the start of that day in Peru. */
function effectiveFrom(at: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T00:00:00-05:00` : at;
}

/**
 * A final case no longer stands against a lot it released (the authority found it clear), nor against timber it
 * confiscated and then auctioned or donated: that lot's origin is now the disposal.
 */
function clearedBy(found: CaseRecord, lot: LotRecord): boolean {
  if (found.status !== 'closed') return false;
  return found.outcome === 'dismissal' || (found.released ?? []).includes(lot.lotId) || lot.confiscatedOrigin?.caseRef === found.caseId;
}

/** Judged once per guide, on the lineage's lots it carried: a stop stands, named on a lot its case did not clear, unless it cleared every one. */
function transportFindings(guide: GuideRecord, cases: Map<string, CaseRecord>, carried: readonly LotRecord[]): Finding[] {
  const on = (lot: LotRecord | undefined, check: Finding['check'], code: string, severity: Finding['severity'], message: string, ref: string): Finding[] =>
    lot === undefined ? [] : [{ lotId: lot.lotId, check, code, severity, message, ref }];
  const findings: Finding[] = [];
  if (guide.notCounted) findings.push(...on(carried[0], 'quota', 'guide_not_counted', 'final', `Guide ${guide.guideNumber} could not be counted against its plan's quota: ${guide.notCounted.message}`, guide.guideNumber));
  for (const flag of guide.flags) {
    const found = flag.caseId === undefined ? undefined : cases.get(flag.caseId);
    const standsOn = found ? carried.find((lot) => !clearedBy(found, lot)) : carried[0];
    const severity = found?.status === 'closed' ? 'final' : 'pending';
    findings.push(...on(standsOn, 'transport', 'transport_flagged', severity, `Guide ${guide.guideNumber}'s load failed ${flag.rules.join(', ')} at ${flag.checkpoint} on ${flag.observedAt}`, flag.caseId ?? guide.guideNumber));
  }
  return findings;
}

function caseFindings(found: CaseRecord, at: Found): void {
  if (found.status === 'open') at('case', 'case_open', 'pending', `Infraction case ${found.caseId} before ${found.authority} is open`, found.caseId);
  else if (found.outcome === 'sanction') at('case', 'case_sanctioned', 'final', `Infraction case ${found.caseId} before ${found.authority} ended in a final sanction on ${found.closedAt}`, found.caseId);
}

function partyFindings(view: LineageView, parties: ReadonlySet<string>, on: string): Finding[] {
  return view.parties.flatMap((party) =>
    party.disqualifications
      .filter((running) => running.from <= on && on <= running.until)
      .map((running) => ({
        lotId: view.lot.lotId,
        check: 'party' as const,
        code: 'party_disqualified',
        severity: 'final' as const,
        message: `${party.taxId}${parties.has(party.taxId) ? ', a party to this timber,' : ''} is disqualified by case ${running.caseId} (${running.authority}) from ${running.from} to ${running.until}`,
        ref: party.taxId,
      })),
  );
}
