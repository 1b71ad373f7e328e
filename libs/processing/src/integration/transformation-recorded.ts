import type { Volume } from '#shared-kernel';

/** Forms timber takes between the forest and export, as the yield catalogue names them; products traded by weight are never transformed. */
export type ProductTypeV1 = 'roundwood' | 'sawn_wood' | 'sliced_veneer' | 'rotary_veneer';

/** Volume of one lot that went into another. */
export interface LotShareV1 {
  readonly lotId: string;
  /** In m³. */
  readonly volume: Volume;
}

/** One species' output judged against its input, with the yield facts in force at the transformation; volumes in m³. */
export interface SpeciesYieldV1 {
  readonly species: string;
  readonly inputM3: number;
  /** Input the output needs at maximum yield, output products sharing the input: over `inputM3` means over yield. */
  readonly inputNeededM3: number;
  readonly lines: readonly {
    readonly outputProduct: ProductTypeV1;
    /** Weighted over the species' input products. */
    readonly maxYield: number;
    /** What the input could yield of this product alone. */
    readonly allowedM3: number;
    readonly requestedM3: number;
  }[];
}

/**
 * A processor transformed input lots into product lots within yield (or as a flagged exception);
 * custody consumes the inputs and creates the product lots with their parents.
 */
export interface TransformationRecordedV1 {
  readonly type: 'TransformationRecorded';
  readonly version: 1;
  readonly data: {
    readonly facilityId: string;
    readonly transformationId: string;
    readonly at: string;
    readonly inputs: readonly {
      readonly lotId: string;
      readonly species: string;
      readonly productType: ProductTypeV1;
      /** In m³: what the transformation took of the lot. */
      readonly volume: Volume;
    }[];
    readonly outputs: readonly {
      readonly lotId: string;
      readonly species: string;
      readonly productType: ProductTypeV1;
      /** In m³. */
      readonly volume: Volume;
      /** The inputs of the same species, each in proportion to this output's share of that species' output. */
      readonly parents: readonly LotShareV1[];
    }[];
    /** Summed per species, they give the processor's cumulative output against input × maximum yield. */
    readonly yields: readonly SpeciesYieldV1[];
  };
}
