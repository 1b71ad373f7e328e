import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { NestedObject } from '#http';
import type { Position } from '#shared-kernel';
import { LOCAL_ID, LOCAL_ID_RULE } from '../dtos/identifiers.js';
import { IsInstant, IsPosition } from '../dtos/validators.js';
import { DriverDto, MOST_GUIDE_LINES } from '../issue-guide/issue-guide.dto.js';

export class RecordTransshipmentDto {
  @ApiProperty({ type: [String], minItems: 1, maxItems: MOST_GUIDE_LINES, example: ['LOT-0001'], description: 'Lots of the guide that changed trucks' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MOST_GUIDE_LINES)
  @Matches(LOCAL_ID, { each: true, message: `each of lots must be ${LOCAL_ID_RULE}` })
  readonly lots!: string[];

  @ApiProperty({ example: 'XYZ-987', description: 'The truck they went on in' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  readonly plate!: string;

  @ApiProperty({ type: DriverDto })
  @NestedObject(() => DriverDto)
  readonly driver!: DriverDto;

  @ApiProperty({ example: [-75.051436, -8.826391], description: 'Where the load changed trucks, [longitude, latitude]' })
  @IsPosition()
  readonly position!: Position;

  @ApiProperty({ example: '2026-05-02T09:30:00-05:00', description: 'When: after the departure, before the expiry, not in the future' })
  @IsInstant()
  readonly at!: string;
}
