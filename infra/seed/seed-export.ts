import type { ApiClient, Caller } from './api-client.js';
import { EXPORTER, PROCESSORS } from './demo.js';

// The sawmill's first product shipped to an exporter's yard in Callao, and the exporter's origin certificate for it.

const DAY_MS = 86_400_000;
const dateFromToday = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

interface LotView {
  readonly species: string;
  readonly volume: { readonly value: number; readonly unit: string };
}
interface Lineage {
  readonly ancestors: readonly { readonly share?: number; readonly origin?: unknown; readonly transformationId?: string }[];
}
interface Certificate {
  readonly certificateId: string;
  readonly status: string;
  readonly verificationUrl: string;
}

export async function seedExport(api: ApiClient, productLotId: string, note: (existed: boolean, text: string) => void): Promise<Certificate> {
  const [sawmill] = PROCESSORS;
  const { yard } = EXPORTER;
  const serfor: Caller = { role: 'regulator', org: yard.authority };
  const sawmillCaller: Caller = { role: 'processor', org: sawmill!.facilityId };
  const exporter: Caller = { role: 'exporter', org: EXPORTER.taxId };

  const yardExisted = (await api.find(serfor, `/processors/${yard.facilityId}`)) !== undefined;
  if (!yardExisted) {
    const registration = {
      facilityId: yard.facilityId,
      holderTaxId: EXPORTER.taxId,
      kind: 'export_yard',
      resolution: yard.resolution,
      validity: { from: dateFromToday(-365), until: dateFromToday(5 * 365) },
      position: { type: 'Point', coordinates: yard.position },
    };
    await api.post(serfor, '/processors', registration, `seed/processor/${yard.facilityId}`);
  }
  note(yardExisted, `export yard ${yard.facilityId} of ${EXPORTER.name} (RUC ${EXPORTER.taxId}), Callao`);

  const guide = await api.find<{ status: string }>(serfor, `/guides/${EXPORTER.guideNumber}`);
  if (!guide) {
    const lot = await api.get<LotView>(sawmillCaller, `/lots/${productLotId}`);
    const issuedAt = new Date(Date.now() - 30 * 3_600_000).toISOString();
    const body = {
      number: EXPORTER.guideNumber,
      registrationNumber: `REG-${EXPORTER.guideNumber}`,
      authority: sawmill!.authority,
      issuerTaxId: sawmill!.holderTaxId,
      holderTaxId: sawmill!.holderTaxId,
      ownerTaxId: sawmill!.holderTaxId,
      origin: { kind: 'processor', processorId: sawmill!.facilityId, position: sawmill!.position },
      consignee: { taxId: EXPORTER.taxId, kind: 'exporter', facilityId: yard.facilityId },
      destination: { facilityId: yard.facilityId, position: yard.position },
      vehiclePlates: ['C4R-781'],
      driver: { id: '41902277', licence: 'Q41902277' },
      lines: [{ lotId: productLotId, scientificName: lot.species, commonName: 'tornillo', productType: 'sawn_wood', volume: lot.volume, pieces: 96 }],
      issuedAt,
      expiresAt: new Date(Date.parse(issuedAt) + 72 * 3_600_000).toISOString(),
      trajectory: { checkpoints: [] },
    };
    await api.post(sawmillCaller, '/guides', body, `seed/guide/${EXPORTER.guideNumber}`);
  }
  note(guide !== undefined, `guide ${EXPORTER.guideNumber}: product lot ${productLotId} from ${sawmill!.facilityId} to ${yard.facilityId}`);
  if (guide?.status !== 'delivered') await api.post({ role: 'processor', org: yard.facilityId }, `/guides/${EXPORTER.guideNumber}/delivery`, {}, `seed/delivery/${EXPORTER.guideNumber}`, 200);

  // The certificates learn the lineage from the other contexts' facts, a moment later: every ancestor with its share, back to the logs.
  await api.until(`the lineage of ${productLotId} delivered to ${EXPORTER.taxId}`, async () => {
    const lineage = await api.find<Lineage>(exporter, `/lots/${productLotId}/lineage`).catch(() => undefined);
    const whole = lineage && lineage.ancestors.length > 0 && lineage.ancestors.every((ancestor) => ancestor.share !== undefined && (ancestor.origin !== undefined || ancestor.transformationId !== undefined));
    return whole ? lineage : undefined;
  });
  const { certificates } = await api.get<{ certificates: readonly unknown[] }>(exporter, `/certificates?productLotId=${encodeURIComponent(productLotId)}`);
  const certificate = await api.post<Certificate>(exporter, '/certificates', { productLotId }, `seed/certificate/${productLotId}`);
  note(certificates.length > 0, `origin certificate ${certificate.certificateId} for ${productLotId}: ${certificate.status}`);
  return certificate;
}
