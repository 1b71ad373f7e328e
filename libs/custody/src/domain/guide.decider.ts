import type { Decider } from '#shared-kernel';
import type { GuideCommand } from './guide.commands.js';
import { annulGuide, deliverGuide, expireGuide } from './guide.closure.js';
import type { GuideEvent } from './guide.events.js';
import { evolveGuide } from './guide.evolve.js';
import { issueGuide } from './guide.issuance.js';
import { scanShipment } from './guide.scanning.js';
import { type GuideState, INITIAL_GUIDE_STATE } from './guide.state.js';

/** One transport guide (stream `guide-<number>`): issued, scanned at checkpoints, then delivered, annulled or expired. */
export const guideDecider: Decider<GuideCommand, GuideEvent, GuideState> = {
  initialState: INITIAL_GUIDE_STATE,
  decide(command, state): readonly GuideEvent[] {
    switch (command.type) {
      case 'IssueGuide':
        return issueGuide(command, state);
      case 'AnnulGuide':
        return annulGuide(command, state);
      case 'ExpireGuide':
        return expireGuide(command, state);
      case 'DeliverGuide':
        return deliverGuide(command, state);
      case 'ScanShipment':
        return scanShipment(command, state);
      default:
        return unknownCommand(command);
    }
  },
  evolve: evolveGuide,
};

function unknownCommand(command: never): never {
  throw new Error(`Unknown guide command ${JSON.stringify(command)}`);
}
