import { aggregateStream, type Decider, type Recorded } from '#shared-kernel';
import type { GuideCommand } from './guide.commands.js';
import { annulGuide, deliverGuide, expireGuide } from './guide.closure.js';
import type { GuideEvent } from './guide.events.js';
import { evolveGuide } from './guide.evolve.js';
import { releaseGuide } from './guide.holds.js';
import { issueGuide, refuseGuideIssuance, requestGuideIssuance } from './guide.issuance.js';
import { scanShipment } from './guide.scanning.js';
import { recordTransshipment } from './guide.transshipment.js';
import { type GuideState, INITIAL_GUIDE_STATE } from './guide.state.js';

/** One transport guide (stream `guide-<number>`): requested, issued once its lots are dispatched, scanned at checkpoints (a failing scan holds the load), then delivered, annulled or expired. */
export const guideDecider: Decider<GuideCommand, GuideEvent, GuideState> = {
  initialState: INITIAL_GUIDE_STATE,
  decide(command, state): readonly GuideEvent[] {
    switch (command.type) {
      case 'RequestGuideIssuance':
        return requestGuideIssuance(command, state);
      case 'IssueGuide':
        return issueGuide(command, state);
      case 'RefuseGuideIssuance':
        return refuseGuideIssuance(command, state);
      case 'ReleaseGuide':
        return releaseGuide(command, state);
      case 'AnnulGuide':
        return annulGuide(command, state);
      case 'ExpireGuide':
        return expireGuide(command, state);
      case 'DeliverGuide':
        return deliverGuide(command, state);
      case 'ScanShipment':
        return scanShipment(command, state);
      case 'RecordTransshipment':
        return recordTransshipment(command, state);
      default:
        return unknownCommand(command);
    }
  },
  evolve: evolveGuide,
};

function unknownCommand(command: never): never {
  throw new Error(`Unknown guide command ${JSON.stringify(command)}`);
}

/** Guides' streams, `guide-<number>`: a scan of a number never issued is recorded there too. */
export const guideStream = aggregateStream('guide', guideDecider);

export type RecordedGuideEvent = Recorded<GuideEvent>;
