import { randomUUID } from 'node:crypto';
import type { EventToAppend, MessageMetadata } from '#shared-kernel';

const SPECIES = [
  { scientificName: 'Cedrela odorata', commonName: 'cedro' },
  { scientificName: 'Dipteryx micrantha', commonName: 'shihuahuaco' },
  { scientificName: 'Amburana cearensis', commonName: 'ishpingo' },
  { scientificName: 'Cedrelinga cateniformis', commonName: 'tornillo' },
] as const;
const TYPES = ['LotExtracted', 'LotMeasured', 'LotTransported', 'LotReceivedAtSawmill'] as const;
const DISTRICTS = ['Tahuamanu', 'Iberia', 'Iñapari', 'Las Piedras'] as const;

/**
 * A realistic timber event: about 300 bytes of data (lot, permit, species, volume, origin, transport
 * guide) and metadata with correlation, causation, actor and occurredAt, as the domain writes them.
 */
export function timberEvent(sequence: number, correlationId: string): EventToAppend {
  const species = SPECIES[sequence % SPECIES.length]!;
  const data = {
    lotId: randomUUID(),
    permitId: `PA-UCA-2024-${String(sequence % 1_000_000).padStart(7, '0')}`,
    species,
    volumeM3: Math.round((1 + (sequence % 977) / 97) * 1000) / 1000,
    pieces: 1 + (sequence % 40),
    origin: {
      concession: `CF-17-TAH/C-J-${String(sequence % 1000).padStart(3, '0')}-02`,
      district: DISTRICTS[sequence % DISTRICTS.length]!,
      lat: -11.4523 - (sequence % 1000) / 10_000,
      lon: -69.5123 - (sequence % 700) / 10_000,
    },
    transportGuide: `GTF-${String(sequence).padStart(9, '0')}`,
  };
  const metadata: MessageMetadata = {
    correlationId,
    causationId: randomUUID(),
    actor: { id: randomUUID(), role: 'concession_holder', organisation: 'Maderera Tahuamanu SAC' },
    occurredAt: new Date(Date.UTC(2024, 4, 1) + sequence * 1000).toISOString(),
  };
  return { id: randomUUID(), type: TYPES[sequence % TYPES.length]!, data, metadata };
}

/** `count` events of one command (one correlation id), as a batch append carries them. */
export function timberEvents(count: number, firstSequence: number): EventToAppend[] {
  const correlationId = randomUUID();
  return Array.from({ length: count }, (_, i) => timberEvent(firstSequence + i, correlationId));
}
