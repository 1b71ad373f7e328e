import { describe, expect, it } from '@jest/globals';
import QRCode from 'qrcode';
import type { CertificateContent } from '../domain/certificate-content.js';
import { certificatePdf, type CertificatePdfInput, verificationQr } from './certificate-pdf.js';

const URL = 'https://verify.example.pe/certificates/CERT-2025-000123';

const content: CertificateContent = {
  certificateId: 'CERT-2025-000123',
  issuer: 'SERFOR',
  issuedAt: '2025-03-14T15:09:26.000Z',
  exporterTaxId: '20512345678',
  productLot: {
    lotId: 'LOT-SAWN-9',
    productType: 'sawn_wood',
    species: { scientificName: 'Cedrela odorata', commonNames: ['cedro', 'cedro colorado'] },
    quantity: { value: 12.5, unit: 'm3' },
  },
  harvest: { from: '2024-11-02', to: '2025-01-20' },
  origins: [{ permitId: 'PERMIT-1', planId: 'PLAN-1', holderTaxId: '20498765432', species: ['Cedrela odorata'], volumeM3: 12.5 }],
  plots: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [-74.553889, -8.379167] },
        properties: { lotId: 'LOT-X-1', permitId: 'PERMIT-1', planId: 'PLAN-1', species: 'Cedrela odorata', harvestDate: '2024-11-02', volumeM3: 20 },
      },
    ],
  },
  chainOfCustody: {
    ancestorLots: 3,
    extractedLots: 1,
    levels: 1,
    transformations: [{ transformationId: 'TR-1', facilityId: 'FAC-PUCALLPA', at: '2025-02-01T10:00:00.000Z' }],
    guides: [{ guideNumber: 'GTF-001', issuedAt: '2025-01-21T08:00:00.000Z', deliveredAt: '2025-01-23T17:30:00.000Z', destinationFacilityId: 'FAC-PUCALLPA' }],
    confiscatedOrigins: [],
  },
};

const valid: CertificatePdfInput = { content, status: { state: 'valid' }, verificationUrl: URL, keyId: 'key-2025-01' };

function raw(pdf: Buffer): string {
  return pdf.toString('latin1');
}

describe('certificatePdf', () => {
  it('renders a complete PDF document', async () => {
    const pdf = raw(await certificatePdf(valid));

    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('links to the verification URL', async () => {
    const pdf = raw(await certificatePdf(valid));

    expect(pdf).toContain('/Subtype /Link');
    expect(pdf).toContain(`/URI (${URL})`);
  });

  it('embeds the verification QR code as an image of its size', async () => {
    const qr = await verificationQr(URL);
    // A PNG's IHDR chunk holds the width and height at bytes 16 and 20.
    const [width, height] = [qr.readUInt32BE(16), qr.readUInt32BE(20)];

    const pdf = raw(await certificatePdf(valid));

    const images = pdf.match(/<<[^<>]*\/Subtype \/Image[^<>]*>>/g) ?? [];
    expect(images.some((dict) => dict.includes(`/Width ${width}\n`) && dict.includes(`/Height ${height}\n`))).toBe(true);
  });

  it('draws the QR code of the verification URL at medium error correction', async () => {
    expect(await verificationQr(URL)).toEqual(await QRCode.toBuffer(URL, { type: 'png', errorCorrectionLevel: 'M' }));
  });

  it('renders the same certificate to the same bytes', async () => {
    expect(await certificatePdf(valid)).toEqual(await certificatePdf(valid));
  });

  it('shows a revoked certificate differently from a valid one', async () => {
    const revoked = await certificatePdf({ ...valid, status: { state: 'revoked', reason: 'Permit PERMIT-1 cancelled', at: '2025-04-01T09:00:00.000Z' } });

    expect(revoked.equals(await certificatePdf(valid))).toBe(false);
    expect(raw(revoked).startsWith('%PDF-')).toBe(true);
  });

  it('keeps hundreds of guides and origins to a few pages', async () => {
    const guides = Array.from({ length: 500 }, (_, i) => ({ guideNumber: `GTF-${i}`, issuedAt: '2025-01-21T08:00:00.000Z', destinationFacilityId: 'FAC-PUCALLPA' }));
    const origins = Array.from({ length: 300 }, (_, i) => ({ permitId: `PERMIT-${i}`, planId: `PLAN-${i}`, holderTaxId: '20498765432', species: ['Cedrela odorata'], volumeM3: 1 }));

    const pdf = raw(await certificatePdf({ ...valid, content: { ...content, origins, chainOfCustody: { ...content.chainOfCustody, guides } } }));

    expect(Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf)?.[1])).toBeLessThanOrEqual(3);
  });
});
