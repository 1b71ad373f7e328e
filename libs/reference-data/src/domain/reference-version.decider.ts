import type { Decider } from '#shared-kernel';
import { entryFindings } from './catalogue-entries.js';
import type { PublishReferenceVersion, ReferenceVersionCommand } from './reference-version.commands.js';
import {
  EffectiveDateBeforeCurrent,
  EffectiveDateInvalid,
  InvalidReferenceEntries,
  ReferenceVersionNotConsecutive,
  StaleReferenceVersion,
} from './reference-version.errors.js';
import type { ReferenceVersionEvent, ReferenceVersionPublished } from './reference-version.events.js';
import { INITIAL_REFERENCE_VERSION_STATE, type ReferenceVersionState } from './reference-version.state.js';
import { instantOf } from './reference-instant.js';

/** One catalogue's stream of versions. */
export const referenceVersionDecider: Decider<ReferenceVersionCommand, ReferenceVersionEvent, ReferenceVersionState> = {
  initialState: INITIAL_REFERENCE_VERSION_STATE,
  decide(command, state) {
    switch (command.type) {
      case 'PublishReferenceVersion':
        return publish(command, state);
    }
  },
  evolve(_state, event) {
    switch (event.type) {
      case 'ReferenceVersionPublished':
        return { version: event.data.version, effectiveFrom: event.data.effectiveFrom };
    }
  },
};

function publish({ data }: PublishReferenceVersion, state: ReferenceVersionState): ReferenceVersionPublished[] {
  if (data.version <= state.version) throw new StaleReferenceVersion(data.catalogue, data.version, state.version);
  if (data.version !== state.version + 1) throw new ReferenceVersionNotConsecutive(data.catalogue, data.version, state.version + 1);
  const effective = instantOf(data.effectiveFrom);
  if (effective === undefined) throw new EffectiveDateInvalid(data.effectiveFrom);
  if (state.effectiveFrom !== undefined && effective < instantOf(state.effectiveFrom)!) {
    throw new EffectiveDateBeforeCurrent(data.catalogue, data.effectiveFrom, state.effectiveFrom);
  }
  const findings = entryFindings<typeof data.catalogue>(data.catalogue, data.entries);
  if (findings.length > 0) throw new InvalidReferenceEntries(data.catalogue, findings);
  return [{ type: 'ReferenceVersionPublished', data }];
}
