import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { amountIn, type CertificateContent, type PlotFeature } from '../domain/certificate-content.js';
import type { ProductType } from '../domain/lineage.js';

export interface CertificatePdfInput {
  readonly content: CertificateContent;
  /** 'valid' | 'suspended' | 'revoked' at the time of rendering, with reason and time when not valid. */
  readonly status: { readonly state: 'valid' | 'suspended' | 'revoked'; readonly reason?: string; readonly at?: string };
  /** The public URL anyone can open to verify the certificate (the QR code points here). */
  readonly verificationUrl: string;
  /** Key id that signed it. */
  readonly keyId: string;
}

type Doc = InstanceType<typeof PDFDocument>;
type Status = CertificatePdfInput['status'];

const MARGIN = 50;
const QR_SIZE = 110;
/** Listings print this many entries and count the rest, so a lineage with hundreds of guides stays a few pages. */
const LISTED = 20;
/** A handful of plots locates the harvest; the full GeoJSON is in the signed certificate. */
const PLOTS_LISTED = 5;
const RED = '#b71c1c';
const GREEN = '#1b5e20';
const GREY = '#555555';
const LINK = '#0d47a1';

const PRODUCT_TYPES: Record<ProductType, string> = {
  roundwood: 'Roundwood',
  sawn_wood: 'Sawn wood',
  sliced_veneer: 'Sliced veneer',
  rotary_veneer: 'Rotary veneer',
  non_timber: 'Non-timber forest product',
};

const UNITS = { m3: 'm³', kg: 'kg' } as const;

const NOT_VALID = {
  suspended: { label: 'SUSPENDED', es: 'SUSPENDIDO', note: 'This certificate is suspended: it does not attest legal origin while suspended.' },
  revoked: { label: 'REVOKED', es: 'REVOCADO', note: 'This certificate has been revoked: it no longer attests legal origin.' },
} as const;

/** The QR code printed on the certificate, pointing at its public verification page. */
export function verificationQr(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M' });
}

/** The printable certificate: what it states, its status when rendered, and a QR code to verify it online. */
export async function certificatePdf(input: CertificatePdfInput): Promise<Buffer> {
  const { content } = input;
  const qr = await verificationQr(input.verificationUrl);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    // The issue time, not the rendering time, so the same certificate renders to the same bytes.
    info: { Title: `Certificate of legal origin ${content.certificateId}`, Author: content.issuer, Subject: `Certificate of legal origin — ${content.productLot.productType === 'non_timber' ? 'non-timber forest product' : 'timber'}`, CreationDate: new Date(content.issuedAt) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const rendered = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  header(doc, input.verificationUrl, qr);
  statusBanner(doc, input.status);
  certificateSection(doc, content, input.keyId);
  productSection(doc, content);
  originsSection(doc, content.origins, content.productLot.quantity.unit);
  plotsSection(doc, content.plots.features);
  custodySection(doc, content.chainOfCustody);
  pageStamps(doc, input);
  doc.end();
  return rendered;
}

function header(doc: Doc, url: string, qr: Buffer): void {
  const qrX = doc.page.width - MARGIN - QR_SIZE;
  doc.image(qr, qrX, MARGIN, { width: QR_SIZE, link: url });
  doc.font('Helvetica').fontSize(7).fillColor(GREY).text('Scan to verify · Escanee para verificar', qrX, MARGIN + QR_SIZE + 2, { width: QR_SIZE, align: 'center' });
  doc.fillColor(LINK).text(url, { width: QR_SIZE, align: 'center', link: url, underline: true });
  const qrBottom = doc.y;

  const titleWidth = qrX - MARGIN - 15;
  doc.font('Helvetica-Bold').fontSize(20).fillColor('black').text('Certificate of legal origin — timber', MARGIN, MARGIN + 10, { width: titleWidth });
  doc.font('Helvetica-Oblique').fontSize(13).fillColor(GREY).text('Certificado de origen legal de la madera', { width: titleWidth });
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, qrBottom) + 12;
}

function statusBanner(doc: Doc, status: Status): void {
  const width = contentWidth(doc);
  if (status.state === 'valid') {
    doc.font('Helvetica-Bold').fontSize(10).fillColor(GREEN).text('VALID when this copy was produced. Scan the QR code for its current status.', { width });
    doc.moveDown(0.5);
    return;
  }
  const state = NOT_VALID[status.state];
  const padding = 8;
  const inner = width - 2 * padding;
  const heading = `${state.label} · ${state.es}`;
  const details = [state.note, `Reason: ${status.reason ?? 'not stated'}`, `Since: ${status.at ? instant(status.at) : 'not stated'}`].join('\n');
  const headingHeight = doc.font('Helvetica-Bold').fontSize(22).heightOfString(heading, { width: inner });
  const detailsHeight = doc.font('Helvetica').fontSize(10).heightOfString(details, { width: inner });
  const top = doc.y;
  doc.rect(MARGIN, top, width, headingHeight + detailsHeight + 3 * padding).fill(RED);
  doc.font('Helvetica-Bold').fontSize(22).fillColor('white').text(heading, MARGIN + padding, top + padding, { width: inner });
  doc.font('Helvetica').fontSize(10).text(details, MARGIN + padding, doc.y + padding / 2, { width: inner });
  doc.x = MARGIN;
  doc.y = top + headingHeight + detailsHeight + 3 * padding + 10;
}

function certificateSection(doc: Doc, content: CertificateContent, keyId: string): void {
  section(doc, 'Certificate', 'Certificado');
  field(doc, 'Certificate ID', content.certificateId);
  field(doc, 'Issuer', content.issuer);
  field(doc, 'Issued at', instant(content.issuedAt));
  field(doc, 'Exporter RUC', content.exporterTaxId);
  field(doc, 'Signing key ID', keyId);
}

function productSection(doc: Doc, content: CertificateContent): void {
  const { productLot, harvest } = content;
  const commonNames = productLot.species.commonNames.length > 0 ? ` (${productLot.species.commonNames.join(', ')})` : '';
  section(doc, 'Product lot', 'Lote de producto');
  field(doc, 'Lot ID', productLot.lotId);
  field(doc, 'Product type', PRODUCT_TYPES[productLot.productType]);
  field(doc, 'Species', `${productLot.species.scientificName}${commonNames}`);
  field(doc, 'Quantity', `${productLot.quantity.value} ${UNITS[productLot.quantity.unit]}`);
  field(doc, 'Harvested', `${harvest.from} to ${harvest.to}`);
}

function originsSection(doc: Doc, origins: CertificateContent['origins'], unit: CertificateContent['productLot']['quantity']['unit']): void {
  section(doc, `Origins (${origins.length})`, 'Orígenes');
  if (origins.length === 0) {
    line(doc, 'None.');
    return;
  }
  const head = ['Permit', 'Plan', 'Holder RUC', 'Species', UNITS[unit]].map((text) => ({ text, type: 'TH' as const, font: { src: 'Helvetica-Bold' }, backgroundColor: '#eeeeee' }));
  const rows = origins.slice(0, LISTED).map((o) => [o.permitId, o.planId, o.holderTaxId, o.species.join(', '), String(amountIn(o))]);
  doc.font('Helvetica').fontSize(9).fillColor('black');
  doc.table({
    columnStyles: [100, 100, 80, '*', { width: 55, align: { x: 'right' } }],
    defaultStyle: { border: 0.5, borderColor: '#999999' },
    data: [head, ...rows],
  });
  doc.x = MARGIN;
  more(doc, origins.length);
}

function plotsSection(doc: Doc, plots: readonly PlotFeature[]): void {
  section(doc, `Plots (${plots.length})`, 'Parcelas');
  listing(doc, plots, PLOTS_LISTED, (plot) => `${plot.properties.lotId}: ${plotLocation(plot)}`);
}

function custodySection(doc: Doc, custody: CertificateContent['chainOfCustody']): void {
  section(doc, 'Chain of custody', 'Cadena de custodia');
  field(doc, 'Ancestor lots', String(custody.ancestorLots));
  field(doc, 'Extracted lots', String(custody.extractedLots));
  field(doc, 'Transformation levels', String(custody.levels));
  subsection(doc, `Transformations (${custody.transformations.length})`);
  listing(doc, custody.transformations, LISTED, (t) => `${t.transformationId} at facility ${t.facilityId}, ${instant(t.at)}`);
  subsection(doc, `Transport guides (${custody.guides.length})`);
  listing(doc, custody.guides, LISTED, (g) => `${g.guideNumber} to ${g.destinationFacilityId}, issued ${instant(g.issuedAt)}, ${g.deliveredAt ? `delivered ${instant(g.deliveredAt)}` : 'not delivered'}`);
  if (custody.confiscatedOrigins.length === 0) return;
  subsection(doc, `Confiscated origins (${custody.confiscatedOrigins.length})`);
  listing(doc, custody.confiscatedOrigins, LISTED, (c) => `Lot ${c.lotId}, case ${c.caseRef}, returned by ${c.method}`);
}

/** Footer on every page, and a stamp across each page of a certificate that is not valid so no page can pass alone. */
function pageStamps(doc: Doc, input: CertificatePdfInput): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    if (input.status.state !== 'valid') watermark(doc, NOT_VALID[input.status.state].label);
    const footer = `Certificate ${input.content.certificateId} · signed with key ${input.keyId} · page ${index - start + 1} of ${count}`;
    // Text below the bottom margin would start a page of its own, even with lineBreak off.
    const { bottom } = doc.page.margins;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(7).fillColor(GREY).text(footer, MARGIN, doc.page.height - MARGIN + 15, { width: contentWidth(doc), align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

function watermark(doc: Doc, label: string): void {
  const [cx, cy] = [doc.page.width / 2, doc.page.height / 2];
  doc.save().rotate(-45, { origin: [cx, cy] });
  doc.font('Helvetica-Bold').fontSize(96).fillColor(RED).fillOpacity(0.15);
  doc.text(label, cx - doc.widthOfString(label) / 2, cy - 48, { lineBreak: false });
  doc.restore();
}

function section(doc: Doc, title: string, spanish: string): void {
  // A heading with no room for what follows it goes to the next page with it.
  if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
  doc.moveDown(0.6);
  doc.font('Helvetica-Bold').fontSize(13).fillColor('black').text(title, { continued: true });
  doc.font('Helvetica').fillColor(GREY).text(` · ${spanish}`);
  const y = doc.y + 2;
  doc.moveTo(MARGIN, y).lineTo(MARGIN + contentWidth(doc), y).lineWidth(0.5).strokeColor('#999999').stroke();
  doc.y = y + 4;
}

function subsection(doc: Doc, title: string): void {
  doc.moveDown(0.4);
  doc.font('Helvetica-Bold').fontSize(10).fillColor('black').text(title);
}

function field(doc: Doc, label: string, value: string): void {
  doc.font('Helvetica-Bold').fontSize(10).fillColor('black').text(`${label}: `, { continued: true });
  doc.font('Helvetica').text(value);
}

function line(doc: Doc, text: string): void {
  doc.font('Helvetica').fontSize(9).fillColor('black').text(text, { indent: 12, indentAllLines: true });
}

function listing<T>(doc: Doc, items: readonly T[], max: number, describe: (item: T) => string): void {
  if (items.length === 0) {
    line(doc, 'None.');
    return;
  }
  for (const item of items.slice(0, max)) line(doc, `• ${describe(item)}`);
  more(doc, items.length, max);
}

function more(doc: Doc, total: number, max = LISTED): void {
  if (total > max) line(doc, `… and ${total - max} more`);
}

function plotLocation(plot: PlotFeature): string {
  const { geometry } = plot;
  if (geometry.type === 'Point') return position(geometry.coordinates);
  const ring = geometry.coordinates[0] ?? [];
  const first = ring[0];
  // GeoJSON rings repeat their first vertex at the end.
  return `polygon of ${Math.max(ring.length - 1, 0)} vertices${first ? ` from ${position(first)}` : ''}`;
}

function position([longitude, latitude]: readonly [number, number]): string {
  return `lat ${latitude}, lon ${longitude}`;
}

function instant(iso: string): string {
  return new Date(iso).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC');
}

function contentWidth(doc: Doc): number {
  return doc.page.width - 2 * MARGIN;
}
