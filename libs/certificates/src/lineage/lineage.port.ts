import type { LogPosition } from '#shared-kernel';
import type { LineageView, LotRecord } from '../domain/lineage.js';

/** A descendant of a lot: how far down. */
export interface Descendant {
  readonly lot: LotRecord;
  readonly depth: number;
}

/** The lineage read model (`certificates_lineage`), eventually consistent with the facts noted, milliseconds behind. */
export interface Lineage {
  /** The lot, every ancestor back to extraction with its share, and the records they name, in one query; none for a lot never noted. */
  view(lotId: string, exporterTaxId?: string): Promise<LineageView | undefined>;
  /** Every lot the timber of `lotId` went into since, in one query, nearest first. */
  descendants(lotId: string): Promise<Descendant[]>;
  /** The lots made of timber of any of `lotIds` (the lots themselves included): whose certificates a fact on them touches. */
  touched(lotIds: readonly string[]): Promise<string[]>;
  /** Lots extracted under a permit. */
  lotsOfPermit(permitId: string): Promise<string[]>;
  /** Lots a guide carried, a case named, or a transformation made. */
  lotsNamedBy(key: string): Promise<string[]>;
  /** Asked before a view: the rows hold every fact noted up to this position (and may hold later ones). */
  heldUpTo(): Promise<LogPosition>;
  /** Resolves once the rows include every fact noted before the call. */
  settled(): Promise<void>;
}

/** Injection token: `@Inject(LINEAGE) lineage: Lineage`. */
export const LINEAGE = Symbol('Lineage');
