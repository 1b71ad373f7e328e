import { expect } from '@jest/globals';
import { eventually } from '#testing';
import type { Body, Journey } from '../journeys/journey-app.js';
import { AUTHORITY, DRIVER, fresh, freshPlate, hoursAgo, type Load, m3, minutesAfter, processorAt, REGULATOR, SAWMILL_HOLDER, SAWMILL_POSITION, sawmillBody, TORNILLO, type Who } from '../journeys/road-to-pucallpa.js';

export const EXPORTER = '20512345678';
export const exporter = (taxId = EXPORTER): Who => ['exporter', taxId];
const CALLAO: readonly [number, number] = [-77.141893, -12.052615];

/** Two logs of tornillo from one permit, delivered to a sawmill and sawn into one lot of boards. */
export async function sawnBoards(journey: Journey, volumes: readonly [number, number] = [15, 10]): Promise<{ facilityId: string; logs: Load[]; boards: string; permitId: string }> {
  const facilityId = await journey.sawmill();
  const permit = await journey.plannedPermit([[TORNILLO, 200]]);
  const logs = [await journey.extracted(permit, TORNILLO, volumes[0], 6), await journey.extracted(permit, TORNILLO, volumes[1], 4)];
  await journey.deliver(await journey.guide(permit, facilityId, logs, hoursAgo(3)));
  const sawing = { transformationId: fresh('TR'), inputs: logs.map(({ lotId, volumeM3 }) => ({ lotId, volume: m3(volumeM3) })), outputs: [{ productType: 'sawn_wood', species: TORNILLO, volume: m3(8) }] };
  const { body: sawn } = await journey.post(processorAt(facilityId), `/processors/${facilityId}/transformations`, sawing, 201);
  const boards = sawn.outputs[0].lotId as string;
  await eventually(() => journey.lot(boards));
  return { facilityId, logs, boards, permitId: permit.permitId };
}

/** The boards leave the sawmill under the processor's guide for the exporter's yard in Callao, and arrive. */
export async function shippedToExporter(journey: Journey, facilityId: string, boards: string, exporterTaxId = EXPORTER): Promise<string> {
  const { number, yard } = await boardsOnTheRoad(journey, facilityId, boards, exporterTaxId);
  await journey.post(processorAt(yard), `/guides/${number}/delivery`, {}, 200);
  return yard;
}

/** The processor's guide that takes the boards (8 m³, 120 pieces) from the sawmill to the exporter's yard in Callao, issued. */
export async function boardsOnTheRoad(journey: Journey, facilityId: string, boards: string, exporterTaxId = EXPORTER): Promise<{ number: string; yard: string; plate: string; issuedAt: string }> {
  const yard = fresh('EXP-CALLAO');
  await journey.post(REGULATOR, '/processors', { ...sawmillBody(yard), holderTaxId: exporterTaxId, kind: 'export_yard', position: { type: 'Point', coordinates: CALLAO } }, 201);
  const issuedAt = hoursAgo(2);
  const number = fresh('GTF');
  const plate = freshPlate();
  const guide = {
    number,
    registrationNumber: `REG-${number}`,
    authority: AUTHORITY,
    issuerTaxId: SAWMILL_HOLDER,
    holderTaxId: SAWMILL_HOLDER,
    ownerTaxId: SAWMILL_HOLDER,
    origin: { kind: 'processor', processorId: facilityId, position: SAWMILL_POSITION },
    consignee: { taxId: exporterTaxId, kind: 'exporter', facilityId: yard },
    destination: { facilityId: yard, position: CALLAO },
    vehiclePlates: [plate],
    driver: DRIVER,
    lines: [{ lotId: boards, scientificName: TORNILLO, commonName: 'tornillo', productType: 'sawn_wood', volume: m3(8), pieces: 120 }],
    issuedAt,
    expiresAt: minutesAfter(issuedAt, 72 * 60),
    trajectory: { checkpoints: [] },
  };
  await journey.post(processorAt(facilityId), '/guides', guide, 201);
  return { number, yard, plate, issuedAt };
}

/** Once the certificates context has noted the lot's whole lineage back to its extracted logs. */
export async function lineageNoted(journey: Journey, lotId: string, extracted: number): Promise<Body> {
  return eventually(async () => {
    const { body } = await journey.get(REGULATOR, `/lots/${lotId}/lineage`);
    expect((body.ancestors as Body[]).filter((ancestor) => ancestor.origin !== undefined && ancestor.share !== undefined)).toHaveLength(extracted);
    return body;
  }, { timeoutMs: 30_000 });
}
