import { aggregateStream, type Command, type Decider, type Event } from '#shared-kernel';

// Processors answer to the authority that registered them (the regional forestry authority of their region, or SERFOR
// where it registered them): processing names it only in its standing changes, so sanctions notes it per facility.
// The first change published is the registration; later ones name whoever suspended or reinstated (OSINFOR, SERFOR…).

export interface ProcessorSupervision {
  readonly facilityId: string;
  readonly authority: string;
  readonly holderTaxId: string;
}

export type ProcessorSupervisionNoted = Event<'ProcessorSupervisionNoted', ProcessorSupervision>;
export type NoteProcessorSupervision = Command<'NoteProcessorSupervision', ProcessorSupervision>;

/** The registering authority and holder, from the facility's first standing change; later ones note nothing. */
export const processorSupervisionDecider: Decider<NoteProcessorSupervision, ProcessorSupervisionNoted, ProcessorSupervision | undefined> = {
  initialState: undefined,
  decide: ({ data }, noted) => (noted ? [] : [{ type: 'ProcessorSupervisionNoted', data }]),
  evolve: (_noted, { data }) => data,
};

/** One stream per facility, fed by processing's integration events: the inbox is the stream (ADR 5). */
export const processorSupervisionStream = aggregateStream('sanctions-processor', processorSupervisionDecider);
