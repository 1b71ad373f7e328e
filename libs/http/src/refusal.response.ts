import { ApiProperty } from '@nestjs/swagger';

/** A refusal recorded as an event: the error a client would have been answered, kept where regulators read it. */
export class RefusalResponse {
  @ApiProperty({ enum: ['invalid', 'unauthenticated', 'forbidden', 'not_found', 'conflict'], example: 'conflict' })
  readonly kind!: string;

  @ApiProperty({ example: 'moved_beyond_extracted' })
  readonly error!: string;

  @ApiProperty({ example: 'Guide GTF-2026-000123 moves 12 m³ of Cedrela odorata; only 8 m³ were extracted and not yet moved' })
  readonly message!: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  readonly details!: Record<string, unknown>;
}
