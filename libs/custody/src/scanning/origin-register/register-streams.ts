import { type CommandEnvelope, fold, handleCommand, type StreamStore, readStreamOrEmpty } from '#shared-kernel';
import { type FacilityRegister, type FacilityRegisterCommand, facilityRegisterDecider, type FacilityRegisterEvent } from './facility-register.js';
import { type PermitRegister, type PermitRegisterCommand, permitRegisterDecider, type PermitRegisterEvent } from './permit-register.js';

// Custody's own streams, fed by harvest's and processing's integration events: the inbox is the stream (ADR 5).

export function permitRegisterStreamId(permitId: string): string {
  return `register-permit-${permitId}`;
}

export function facilityRegisterStreamId(facilityId: string): string {
  return `register-facility-${facilityId}`;
}

export async function loadPermitRegister(store: StreamStore, permitId: string): Promise<PermitRegister> {
  return fold(permitRegisterDecider, (await readStreamOrEmpty(store, permitRegisterStreamId(permitId))) as unknown as readonly PermitRegisterEvent[]);
}

export async function loadFacilityRegister(store: StreamStore, facilityId: string): Promise<FacilityRegister> {
  return fold(facilityRegisterDecider, (await readStreamOrEmpty(store, facilityRegisterStreamId(facilityId))) as unknown as readonly FacilityRegisterEvent[]);
}

export function onPermitRegister(store: StreamStore, permitId: string, envelope: CommandEnvelope<PermitRegisterCommand>) {
  return handleCommand(store, permitRegisterDecider, permitRegisterStreamId(permitId), envelope);
}

export function onFacilityRegister(store: StreamStore, facilityId: string, envelope: CommandEnvelope<FacilityRegisterCommand>) {
  return handleCommand(store, facilityRegisterDecider, facilityRegisterStreamId(facilityId), envelope);
}
