import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsNumber, IsString, MaxLength } from 'class-validator';
import { PRODUCTS, type Product } from '../domain/yield-coefficient-entry.js';
import { EntryAnnotationsDto } from './entry-annotations.dto.js';

export class YieldCoefficientEntryDto extends EntryAnnotationsDto {
  @ApiProperty({ example: '*', description: 'A species, a genus, or "*" for every species; the most specific entry applies', maxLength: 120 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  species!: string;

  @ApiProperty({ enum: PRODUCTS, example: 'roundwood' })
  @IsIn(PRODUCTS)
  input!: Product;

  @ApiProperty({ enum: PRODUCTS, example: 'sawn_wood' })
  @IsIn(PRODUCTS)
  output!: Product;

  @ApiProperty({ example: 0.35, exclusiveMinimum: true, minimum: 0, maximum: 1, description: 'Most output volume per input volume' })
  @IsNumber()
  maxYield!: number;
}
