import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant } from '../dtos/validators.js';

export class DeliverGuideDto {
  @ApiPropertyOptional({ example: '2026-05-02T12:00:00-05:00', description: 'When the load arrived: not before the departure nor a scan on the road, not in the future. Now, when absent.' })
  @IsOptional()
  @IsInstant()
  readonly deliveredAt?: string;
}
