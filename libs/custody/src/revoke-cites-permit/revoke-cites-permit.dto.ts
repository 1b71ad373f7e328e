import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RevokeCitesPermitDto {
  @ApiProperty({ example: 'Granted on a forged harvest record', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  readonly reason!: string;
}
