import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export class CertificateRequestDto {
  @ApiProperty({ example: 'LOT-SAWN-0042', description: 'The product lot to certify: one delivered to the exporter asking' })
  @IsString()
  @MaxLength(120)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, { message: 'productLotId must be letters, digits and . _ / -' })
  readonly productLotId!: string;
}
