import { rectangle } from '#shared-kernel';
import type { ApiClient, Caller } from './api-client.js';
import { seedExport } from './seed-export.js';
import { CITES_PERMITS, COMMON_NAMES, type DemoGuide, type DemoPermit, type DemoStop, GUIDES, PERMITS, type Position, PROCESSORS } from './demo.js';

// The demo through the real HTTP API, as its users would enter it. Every command carries an Idempotency-Key
// named after what it records, so a second run replays the first answers and records nothing new; what is
// dated from today is not sent again once it exists, since the same key with another body is refused.

const regulatorOf = (authority: string): Caller => ({ role: 'regulator', org: authority });
const holderOf = (taxId: string): Caller => ({ role: 'permit_holder', org: taxId });
const processorAt = (facilityId: string): Caller => ({ role: 'processor', org: facilityId });
const operatorAt = (code: string): Caller => ({ role: 'checkpoint_operator', org: code });

const DAY_MS = 86_400_000;
const dateFromToday = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const minutesAfter = (instant: string, minutes: number) => new Date(Date.parse(instant) + minutes * 60_000).toISOString();
const m3 = (value: number) => ({ value, unit: 'm3' });
export const permitPath = (permitId: string) => `/permits/${encodeURIComponent(permitId)}`;

interface IssuedGuide {
  readonly issuedAt: string;
}
interface ScanAnswer {
  readonly scanId: string;
  readonly verdict: string;
  readonly failed: readonly string[];
  readonly warnings: readonly string[];
}
interface GuideView {
  readonly status: string;
  readonly guide: { readonly issuedAt: string };
  readonly scans: readonly { readonly scanId: string }[];
}
interface LotView {
  readonly history: readonly { readonly type: string }[];
}
interface Transformation {
  readonly transformationId: string;
  readonly outputs: readonly { readonly lotId: string; readonly species: string; readonly volume: { readonly value: number } }[];
}

/** What the demo holds once seeded, for the summary. */
export interface SeedReport {
  /** One line per item: what it is and whether this run recorded it or found it there. */
  readonly lines: string[];
  readonly productLots: string[];
  readonly certificate: { readonly certificateId: string; readonly verificationUrl: string };
}

export async function seedDemo(api: ApiClient, progress: (line: string) => void): Promise<SeedReport> {
  const lines: string[] = [];
  const productLots: string[] = [];
  const note = (existed: boolean, text: string) => lines.push(`${existed ? 'already there' : 'created      '}  ${text}`);
  const positions = await checkpointPositions(api);

  progress('processors');
  for (const processor of PROCESSORS) {
    const regulator = regulatorOf(processor.authority);
    const existed = (await api.find(regulator, `/processors/${processor.facilityId}`)) !== undefined;
    const body = {
      facilityId: processor.facilityId,
      holderTaxId: processor.holderTaxId,
      kind: 'sawmill',
      resolution: processor.resolution,
      validity: { from: dateFromToday(-2 * 365), until: dateFromToday(5 * 365) },
      position: { type: 'Point', coordinates: processor.position },
    };
    if (!existed) await api.post(regulator, '/processors', body, `seed/processor/${processor.facilityId}`);
    note(existed, `processor ${processor.facilityId}: sawmill, ${processor.name} (${processor.authority})`);
  }

  progress('permits, plans and extractions');
  for (const permit of PERMITS) await seedPermit(api, permit, note);

  progress('CITES permits');
  const serfor = regulatorOf('SERFOR');
  for (const cites of CITES_PERMITS) {
    const existed = (await api.find(serfor, `/cites-permits/${encodeURIComponent(cites.number)}`)) !== undefined;
    const body = {
      number: cites.number,
      scientificName: cites.species,
      appendix: 'II',
      volume: m3(cites.volumeM3),
      holderTaxId: cites.holderTaxId,
      validFrom: new Date(Date.now() - cites.validFromDaysAgo * DAY_MS).toISOString(),
      validUntil: new Date(Date.now() + (cites.validForDays - cites.validFromDaysAgo) * DAY_MS).toISOString(),
    };
    if (!existed) await api.post(serfor, '/cites-permits', body, `seed/cites/${cites.number}`);
    note(existed, `CITES permit ${cites.number}: ${cites.volumeM3} m³ of ${COMMON_NAMES[cites.species] ?? cites.species} (${cites.species}) for RUC ${cites.holderTaxId}`);
  }

  for (const guide of GUIDES) {
    progress(`guide ${guide.number}`);
    productLots.push(...(await seedGuide(api, guide, positions, note)));
  }
  progress('an export and its origin certificate');
  const certificate = await seedExport(api, productLots[0]!, note);
  return { lines, productLots, certificate };
}

async function seedPermit(api: ApiClient, permit: DemoPermit, note: (existed: boolean, text: string) => void): Promise<void> {
  const regulator = regulatorOf(permit.authority);
  const holder = holderOf(permit.holder.taxId);
  const path = permitPath(permit.permitId);
  const existing = await api.find<{ plans: readonly { planId: string }[] }>(regulator, path);
  const registration = {
    permitId: permit.permitId,
    kind: 'concession',
    holderTaxId: permit.holder.taxId,
    authority: permit.authority,
    resolutionNumber: permit.resolutionNumber,
    area: rectangle(...permit.area),
    validity: { from: '2021-03-01', to: '2061-02-28' },
  };
  await api.post(regulator, '/permits', registration, `seed/permit/${permit.permitId}`);
  note(existing !== undefined, `permit ${permit.permitId}: concession of ${permit.holder.name} (RUC ${permit.holder.taxId}), ${permit.authority}`);

  const { plan } = permit;
  const approval = {
    planId: plan.planId,
    validity: { from: dateFromToday(-150), to: dateFromToday(215) },
    harvestAreas: [rectangle(...plan.harvestArea)],
    species: plan.species.map(({ species, authorisedM3, minimumCuttingDiameterCm }) => ({ species, authorised: m3(authorisedM3), minimumCuttingDiameterCm })),
  };
  const approved = existing?.plans.some((candidate) => candidate.planId === plan.planId) ?? false;
  if (!approved) await api.post(regulator, `${path}/plans`, approval, `seed/plan/${permit.permitId}/${plan.planId}`);
  const authorised = plan.species.map(({ commonName, authorisedM3 }) => `${commonName} ${authorisedM3} m³`).join(', ');
  note(approved, `  plan ${plan.planId}: ${authorised}`);

  for (const lot of permit.lots) {
    const existed = (await api.find(holder, `/lots/${lot.lotId}`)) !== undefined;
    const extraction = {
      lotId: lot.lotId,
      planId: plan.planId,
      species: lot.species,
      volume: m3(lot.volumeM3),
      pieces: lot.pieces,
      harvestDate: dateFromToday(-lot.harvestedDaysAgo),
      geolocation: { type: 'Point', coordinates: lot.plot },
    };
    if (!existed) await api.post(holder, `${path}/extractions`, extraction, `seed/extraction/${lot.lotId}`);
    // Custody starts the lot from harvest's LotExtracted, a moment later.
    await api.until(`lot ${lot.lotId} in custody`, () => api.find(holder, `/lots/${lot.lotId}`));
    note(existed, `  lot ${lot.lotId}: ${COMMON_NAMES[lot.species] ?? lot.species} (${lot.species}), ${lot.volumeM3} m³ in ${lot.pieces} logs, plot ${lot.plot.join(', ')}`);
  }
}

async function seedGuide(api: ApiClient, guide: DemoGuide, positions: ReadonlyMap<string, Position>, note: (existed: boolean, text: string) => void): Promise<string[]> {
  const permit = PERMITS.find((candidate) => candidate.permitId === guide.permitId)!;
  const processor = PROCESSORS.find((candidate) => candidate.facilityId === guide.facilityId)!;
  const lots = guide.lotIds.map((lotId) => permit.lots.find((lot) => lot.lotId === lotId)!);
  const holder = holderOf(permit.holder.taxId);
  const sawmill = processorAt(processor.facilityId);

  const before = await api.find<GuideView>(holder, `/guides/${guide.number}`);
  const departedAt = before?.guide.issuedAt ?? new Date(Date.now() - guide.departedHoursAgo * 3_600_000).toISOString();
  const issue = {
    number: guide.number,
    registrationNumber: guide.registrationNumber,
    authority: permit.authority,
    issuerTaxId: permit.holder.taxId,
    holderTaxId: permit.holder.taxId,
    ownerTaxId: permit.holder.taxId,
    origin: { kind: 'permit', permitId: permit.permitId, planId: permit.plan.planId, position: permit.yard },
    consignee: { taxId: processor.holderTaxId, kind: 'processor', facilityId: processor.facilityId },
    destination: { facilityId: processor.facilityId, position: processor.position },
    vehiclePlates: [guide.plate],
    driver: guide.driver,
    lines: lots.map((lot) => ({ lotId: lot.lotId, scientificName: lot.species, commonName: COMMON_NAMES[lot.species] ?? lot.species, productType: 'roundwood', volume: m3(lot.volumeM3), pieces: lot.pieces })),
    issuedAt: departedAt,
    expiresAt: minutesAfter(departedAt, 48 * 60),
    trajectory: { checkpoints: guide.stops.map(({ code, earliest, latest }) => ({ code, earliestArrivalMinutes: earliest, latestArrivalMinutes: latest })) },
    ...(guide.citesPermits === undefined ? {} : { citesPermits: guide.citesPermits }),
  };
  // Sent again as first issued, so it replays: scans are timed from its departure, whenever this runs.
  const { issuedAt } = await api.post<IssuedGuide>(holder, '/guides', issue, `seed/guide/${guide.number}`);
  note(before !== undefined, `guide ${guide.number}: ${lots.map((lot) => lot.lotId).join(' + ')}, truck ${guide.plate}, ${permit.permitId} → ${processor.facilityId} via ${guide.stops.map((stop) => stop.code).join(' → ')}`);

  const scanned = guide.stops.filter((stop): stop is DemoStop & { scannedAfter: number } => stop.scannedAfter !== undefined);
  for (const stop of scanned) {
    const scanId = `SEED-${guide.number}-${stop.code}`;
    const body = {
      scanId,
      guideNumber: guide.number,
      plate: guide.plate,
      driverId: guide.driver.id,
      // One line per lot here: each demo guide carries one lot per species.
      observedLines: lots.map((lot) => ({ scientificName: lot.species, pieces: stop.found?.pieces ?? lot.pieces, volume: m3(stop.found?.volumeM3 ?? lot.volumeM3) })),
      observedAt: minutesAfter(issuedAt, stop.scannedAfter),
      position: positions.get(stop.code),
    };
    const existed = before?.scans.some((scan) => scan.scanId === scanId) ?? false;
    const answer = await api.post<ScanAnswer>(operatorAt(stop.code), `/checkpoints/${stop.code}/scans`, body, scanId);
    const rules = [...answer.failed.map((rule) => `${rule} failed`), ...answer.warnings.map((rule) => `${rule} warned`)];
    note(existed, `  scan at ${stop.code}: ${answer.verdict}${rules.length > 0 ? ` (${rules.join(', ')})` : ''}`);
  }
  if (!guide.sawing) return [];

  // The lots record each scan asynchronously; delivering first would leave them off a lot no longer on the guide.
  for (const lot of lots) {
    await api.until(`the scans on lot ${lot.lotId}`, async () => {
      const view = await api.get<LotView>(holder, `/lots/${lot.lotId}`);
      return view.history.filter((entry) => entry.type === 'LotScanned').length >= scanned.length ? view : undefined;
    });
  }
  await api.post(sawmill, `/guides/${guide.number}/delivery`, {}, `seed/delivery/${guide.number}`, 200);
  note(before?.status === 'delivered', `  delivered at ${processor.facilityId}`);

  const { transformationId, sawnM3 } = guide.sawing;
  const transformations = `/processors/${processor.facilityId}/transformations`;
  const recorded = async () => (await api.get<{ transformations: readonly Transformation[] }>(sawmill, transformations)).transformations.find((t) => t.transformationId === transformationId);
  const sawnBefore = await recorded();
  // Processing takes the lots into its inventory from custody's LotDelivered, a moment later.
  await api.until(`lots of ${guide.number} in the inventory of ${processor.facilityId}`, async () => {
    if (await recorded()) return true;
    const { inventory } = await api.get<{ inventory: readonly { lotId: string }[] }>(sawmill, `/processors/${processor.facilityId}`);
    return lots.every((lot) => inventory.some((held) => held.lotId === lot.lotId)) ? true : undefined;
  });
  const sawing = {
    transformationId,
    inputs: lots.map((lot) => ({ lotId: lot.lotId, volume: m3(lot.volumeM3) })),
    outputs: lots.map((lot) => ({ productType: 'sawn_wood', species: lot.species, volume: m3(sawnM3[lot.lotId]!) })),
  };
  const { outputs } = await api.post<Transformation>(sawmill, transformations, sawing, `seed/transformation/${processor.facilityId}/${transformationId}`);
  note(sawnBefore !== undefined, `  sawn (${transformationId}) into product lots:`);
  for (const output of outputs) {
    await api.until(`product lot ${output.lotId} in custody`, () => api.find(sawmill, `/lots/${output.lotId}`));
    note(sawnBefore !== undefined, `    ${output.lotId}: sawn ${COMMON_NAMES[output.species] ?? output.species}, ${output.volume.value} m³`);
  }
  return outputs.map((output) => output.lotId);
}

/** Scans are taken where the catalogue in force places each checkpoint. */
async function checkpointPositions(api: ApiClient): Promise<ReadonlyMap<string, Position>> {
  const { entries } = await api.get<{ entries: readonly { code: string; longitude: number; latitude: number }[] }>(regulatorOf('SERFOR'), '/reference/checkpoints');
  return new Map(entries.map(({ code, longitude, latitude }) => [code, [longitude, latitude] as const]));
}
