import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import type { HarvestPlanApprovedV1, PermitStandingChangedV1 } from '#harvest/integration';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { StreamStore } from '#shared-kernel';
import type { PermitRegisterCommand } from './permit-register.js';
import { RegisterReads } from './register-reads.js';
import { permitRegisterStream } from './permit-register.js';

export const HARVEST_REGISTER = 'custody.scanning.harvest-register';

type PermitMessage = PermitStandingChangedV1 | HarvestPlanApprovedV1;

export function permitRegisterCommand(message: PermitMessage): PermitRegisterCommand {
  if (message.type === 'PermitStandingChanged') {
    const { permitId, status, reason, authority, at } = message.data;
    return { type: 'NotePermitStanding', data: { permitId, status, reason, authority, at } };
  }
  const { permitId, planId, validity, species } = message.data;
  return {
    type: 'NoteHarvestPlan',
    data: { permitId, planId, validity: { from: validity.from, to: validity.to }, species: species.map(({ species: name, authorised }) => ({ species: name, authorised })) },
  };
}

/**
 * Notes each permit's standing and approved plans on custody's register stream of that permit, so a scan is
 * judged by the origin as it stood when observed; a redelivery replays the same command id and records nothing.
 * An entry it cannot read (an instant it cannot parse) is the publisher's fault: it fails, and is parked for an operator.
 */
@Injectable()
export class HarvestRegisterConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    private readonly registers: RegisterReads,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<PermitMessage>({ name: HARVEST_REGISTER, types: ['PermitStandingChanged', 'HarvestPlanApproved'], version: 1, handle: (message) => this.handle(message) });
  }

  async handle(message: IntegrationMessage<PermitMessage>): Promise<void> {
    await permitRegisterStream.handle(this.store, message.data.permitId, inboundEnvelope(HARVEST_REGISTER, message, permitRegisterCommand(message)));
    this.registers.permitNoted(message.data.permitId);
  }
}
