import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class DisqualificationRegisterParams {
  @ApiPropertyOptional({ example: '20393857413', description: 'One party only: its RUC or identity document number' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  readonly taxId?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: past disqualifications too; by default those not yet ended (running or to come)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  readonly all?: 'true' | 'false';
}
