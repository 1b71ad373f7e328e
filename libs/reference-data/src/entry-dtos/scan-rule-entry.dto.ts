import { ApiProperty } from '@nestjs/swagger';
import { IsIn, ValidateBy } from 'class-validator';
import { RULE_OUTCOMES, type RuleOutcome } from '../domain/scan-check-outcomes.js';
import { SCAN_RULES, type ScanRule } from '../domain/scan-rule-entry.js';
import { EntryAnnotationsDto } from './entry-annotations.dto.js';

export class ScanRuleEntryDto extends EntryAnnotationsDto {
  @ApiProperty({ enum: SCAN_RULES, example: 'volumeTolerancePercent' })
  @IsIn(SCAN_RULES)
  rule!: ScanRule;

  @ApiProperty({
    oneOf: [{ type: 'number' }, { type: 'string', enum: [...RULE_OUTCOMES] }],
    example: 5,
    description:
      'A number for a tolerance or bound; for a check (`VEHICLE_MATCH`, …), what its failing result is: `failure` (immobilises) or `warning` (an observation); `GUIDE_VALID` is always `failure`. Which value each rule takes is checked with the version',
  })
  @ValidateBy({
    name: 'isRuleValue',
    validator: {
      validate: (value: unknown) => (typeof value === 'number' && Number.isFinite(value)) || RULE_OUTCOMES.includes(value as RuleOutcome),
      defaultMessage: () => `value must be a number or one of ${RULE_OUTCOMES.join(', ')}`,
    },
  })
  value!: number | RuleOutcome;
}
