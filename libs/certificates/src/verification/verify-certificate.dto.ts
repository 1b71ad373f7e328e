import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export class VerifyCertificateDto {
  @ApiProperty({ description: 'The certificate as a compact JWS, as its holder received it' })
  @IsString()
  @MaxLength(1_000_000)
  @Matches(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, { message: 'jws must be a compact JWS: three base64url parts joined by dots' })
  readonly jws!: string;
}
