import { describe, expect, it } from '@jest/globals';
import { DomainError } from '#shared-kernel';
import { actsFor, assertActs } from './ownership.js';

const operatorOfX = { id: 'luis', role: 'checkpoint_operator', organisation: 'CP-X' };
const atCheckpointY = { role: 'checkpoint_operator', organisation: 'CP-Y' } as const;

function refusal(act: () => void): { kind: string; code: string; message: string } {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError) return { kind: error.kind, code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('ownership', () => {
  it('lets the actor act for its own role and organisation', () => {
    expect(actsFor(operatorOfX, { role: 'checkpoint_operator', organisation: 'CP-X' })).toBe(true);
    expect(() => assertActs(operatorOfX, { role: 'checkpoint_operator', organisation: 'CP-X' }, 'scan at')).not.toThrow();
  });

  it('refuses another organisation of the same role with 403, saying where the actor may act', () => {
    expect(actsFor(operatorOfX, atCheckpointY)).toBe(false);
    expect(refusal(() => assertActs(operatorOfX, atCheckpointY, 'scan at'))).toEqual({
      kind: 'forbidden',
      code: 'not_acting_for',
      message: 'The checkpoint operator of CP-X may scan at CP-X only, not CP-Y',
    });
  });

  it('refuses another role, saying who may act', () => {
    const processor = { id: 'rosa', role: 'processor', organisation: 'PLANTA-7' };
    expect(refusal(() => assertActs(processor, atCheckpointY, 'scan at')).message).toBe(
      'Only the checkpoint operator of CP-Y may scan at CP-Y, not the processor of PLANTA-7',
    );
  });

  it('refuses an actor with no organisation', () => {
    const regulator = { id: 'ana', role: 'regulator' };
    expect(refusal(() => assertActs(regulator, { role: 'regulator', organisation: 'OSINFOR' }, 'order confiscations for')).message).toBe(
      'Only the regulator of OSINFOR may order confiscations for OSINFOR, not the regulator',
    );
  });
});
