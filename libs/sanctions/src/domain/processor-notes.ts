import { aggregateStream, type Command, type Decider, type Event } from '#shared-kernel';

// What sanctions needs of a processor to open a case on a transformation over yield, as processing's integration events
// tell it: the authority that registered it (the regional forestry authority of its region, or SERFOR) and its holder,
// named only in its standing changes — the first is the registration, later ones name whoever suspended or reinstated
// it (OSINFOR, SERFOR…) — and the product lots of a transformation over yield, named only when it is recorded.

export interface ProcessorSupervision {
  readonly facilityId: string;
  readonly authority: string;
  readonly holderTaxId: string;
}

/** The products of the species a transformation yielded beyond the maximum: what a case over it may confiscate. */
export interface OverYieldOutputs {
  readonly facilityId: string;
  readonly transformationId: string;
  readonly lots: readonly { readonly lotId: string; readonly species: string }[];
}

export type ProcessorSupervisionNoted = Event<'ProcessorSupervisionNoted', ProcessorSupervision>;
export type OverYieldOutputsNoted = Event<'OverYieldOutputsNoted', OverYieldOutputs>;
export type ProcessorNoted = ProcessorSupervisionNoted | OverYieldOutputsNoted;

export type NoteProcessorSupervision = Command<'NoteProcessorSupervision', ProcessorSupervision>;
export type NoteOverYieldOutputs = Command<'NoteOverYieldOutputs', OverYieldOutputs>;

export interface ProcessorNotes {
  readonly supervision?: ProcessorSupervision;
  readonly overYieldOutputs: Readonly<Record<string, OverYieldOutputs['lots']>>;
}

/** Notes processing's facts and refuses none: the registering authority once, each transformation's products once. */
export const processorNotesDecider: Decider<NoteProcessorSupervision | NoteOverYieldOutputs, ProcessorNoted, ProcessorNotes> = {
  initialState: { overYieldOutputs: {} },
  decide: (command, notes) => {
    if (command.type === 'NoteProcessorSupervision') return notes.supervision ? [] : [{ type: 'ProcessorSupervisionNoted', data: command.data }];
    return Object.hasOwn(notes.overYieldOutputs, command.data.transformationId) ? [] : [{ type: 'OverYieldOutputsNoted', data: command.data }];
  },
  evolve: (notes, event) =>
    event.type === 'ProcessorSupervisionNoted' ? { ...notes, supervision: event.data } : { ...notes, overYieldOutputs: { ...notes.overYieldOutputs, [event.data.transformationId]: event.data.lots } },
};

/** One stream per facility, fed by processing's integration events: the inbox is the stream (ADR 5). */
export const processorNotesStream = aggregateStream('sanctions-processor', processorNotesDecider);
