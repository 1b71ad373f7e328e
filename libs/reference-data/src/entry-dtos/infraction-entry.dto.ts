import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NestedObject } from '#http';
import { COMPLEMENTARY_MEASURES, type ComplementaryMeasure, INFRACTION_CLASSES, type InfractionClass } from '../domain/infraction-entry.js';
import { EntryAnnotationsDto } from './entry-annotations.dto.js';

/** Every scan rule and refusal of the system is far fewer than this: room for the codes still to come. */
const MOST_RULE_CODES = 100;

export class UitRangeDto {
  @ApiProperty({ example: '10', pattern: '^(0|[1-9]\\d*)(\\.\\d+)?$', maxLength: 20, description: 'Least fine in UIT, included: a decimal string, never a number' })
  @IsString()
  @MaxLength(20)
  min!: string;

  @ApiProperty({ example: '5000', pattern: '^(0|[1-9]\\d*)(\\.\\d+)?$', maxLength: 20, description: 'Most fine in UIT, included, not below min' })
  @IsString()
  @MaxLength(20)
  max!: string;
}

export class InfractionEntryDto extends EntryAnnotationsDto {
  @ApiProperty({ example: 'INF-2021-01', pattern: '^[A-Z0-9]+(-[A-Z0-9]+)*$', maxLength: 40 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  code!: string;

  @ApiProperty({ example: 'Transporting, trading or holding forest products without a document proving their legal origin', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  conduct!: string;

  @ApiProperty({ example: 'DS 007-2021-MIDAGRI, Anexo 1, numeral 5', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  legalReference!: string;

  @ApiProperty({ enum: INFRACTION_CLASSES })
  @IsIn(INFRACTION_CLASSES)
  class!: InfractionClass;

  @ApiProperty({ type: UitRangeDto, description: 'The band the fine lies in, in UIT' })
  @NestedObject(() => UitRangeDto)
  fineUit!: UitRangeDto;

  @ApiProperty({ enum: COMPLEMENTARY_MEASURES, isArray: true, maxItems: COMPLEMENTARY_MEASURES.length, description: 'What may come with the fine' })
  @IsArray()
  @ArrayMaxSize(COMPLEMENTARY_MEASURES.length)
  @IsIn(COMPLEMENTARY_MEASURES, { each: true })
  measures!: ComplementaryMeasure[];

  @ApiProperty({
    type: [String],
    maxItems: MOST_RULE_CODES,
    example: ['GUIDE_VALID', 'TIME_WINDOW'],
    description: 'Finding codes charged as this conduct (scan rules, refusals); a code maps to one conduct of the version',
  })
  @IsArray()
  @ArrayMaxSize(MOST_RULE_CODES)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  ruleCodes!: string[];
}
