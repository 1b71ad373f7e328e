import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class AnnulGuideDto {
  @ApiProperty({ example: 'issued for the wrong lots' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  readonly reason!: string;
}
