/** What a catalogue's stream must remember to judge the next version: where it stands. */
export interface ReferenceVersionState {
  /** 0 before the first version. */
  readonly version: number;
  readonly effectiveFrom?: string;
}

export const INITIAL_REFERENCE_VERSION_STATE: ReferenceVersionState = { version: 0 };
