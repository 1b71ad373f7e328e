import { exact, type Exact } from './exact.js';
import type { AppliedFactor } from './fine.breakdown.js';
import { InvalidFineInput } from './fine.errors.js';
import { levelField, percentageField } from './fine.fields.js';
import type { FineInput } from './fine.input.js';
import { recidivismOf } from './fine.recidivism.js';
import { CITES_APPENDIX_FACTOR, DAMAGE_GRAVITY_FACTOR, THREAT_CATEGORY_FACTOR } from './fine.scales.js';

const ONE = exact('1');
const HUNDREDTH = exact('0.01');

export interface Factor {
  readonly criterion: AppliedFactor['criterion'];
  readonly basis: string;
  readonly factor: Exact;
}

/** The factors of a fine in the order they apply: damage gravity, species, recidivism, aggravating, mitigating. */
export function factorsOf(input: FineInput): readonly Factor[] {
  const gravity = levelField('damageGravity', DAMAGE_GRAVITY_FACTOR, input.damageGravity);
  const recidivism = recidivismOf(input.factsOn, input.priorFinalSanction);
  return [
    { criterion: 'damage_gravity', basis: `damage gravity ${gravity}`, factor: exact(DAMAGE_GRAVITY_FACTOR[gravity]) },
    speciesFactor(input),
    { criterion: 'recidivism', basis: recidivism.basis, factor: exact(recidivism.factor) },
    ...(input.aggravating ?? []).map((circumstance, index): Factor => {
      const percent = percentageField(`aggravating[${index}].percent`, circumstance.percent);
      return { criterion: 'aggravating', basis: `${nameOf('aggravating', index, circumstance.name)}: +${circumstance.percent} %`, factor: ONE.plus(percent.times(HUNDREDTH)) };
    }),
    ...(input.mitigating ?? []).map((circumstance, index): Factor => {
      const percent = percentageField(`mitigating[${index}].percent`, circumstance.percent, '100');
      return { criterion: 'mitigating', basis: `${nameOf('mitigating', index, circumstance.name)}: −${circumstance.percent} %`, factor: ONE.minus(percent.times(HUNDREDTH)) };
    }),
  ];
}

/** The species counts once, at the higher of its threat category's factor and its CITES appendix's: both weigh the same threat. */
function speciesFactor(input: FineInput): Factor {
  const category = levelField('threatCategory', THREAT_CATEGORY_FACTOR, input.threatCategory);
  const threat = exact(THREAT_CATEGORY_FACTOR[category]);
  if (input.citesAppendix === undefined) return { criterion: 'species', basis: `threat category ${category}`, factor: threat };
  const appendix = levelField('citesAppendix', CITES_APPENDIX_FACTOR, input.citesAppendix);
  const cites = exact(CITES_APPENDIX_FACTOR[appendix]);
  return {
    criterion: 'species',
    basis: `threat category ${category} (${THREAT_CATEGORY_FACTOR[category]}), CITES appendix ${appendix} (${CITES_APPENDIX_FACTOR[appendix]}): the higher counts`,
    factor: threat.gte(cites) ? threat : cites,
  };
}

function nameOf(list: string, index: number, name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '') throw new InvalidFineInput(`${list}[${index}].name`, 'must name the circumstance', name);
  return name.trim();
}
