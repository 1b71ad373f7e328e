import { ApiProperty } from '@nestjs/swagger';
import type { StoreKind } from '#event-store';

const STORE_KINDS: readonly StoreKind[] = ['embedded', 'postgres', 'eventstoredb'];

export class HealthResponse {
  @ApiProperty({ enum: ['ok'] })
  readonly status = 'ok' as const;

  @ApiProperty({ enum: STORE_KINDS, description: 'Which event store this process writes to' })
  readonly store: StoreKind;

  constructor(store: StoreKind) {
    this.store = store;
  }
}
