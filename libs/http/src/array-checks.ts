import { getMetadataStorage } from 'class-validator';
import { type DtoClass, nestedRules } from './nested.decorators.js';
import type { FieldViolation } from './request-validation-failed.js';

/**
 * What is wrong with the arrays of a plain body, found before anything is copied or validated: an array longer
 * than its `@ArrayMaxSize` (a guide of 50,000 empty lines was validated line by line for 10 s), and an element
 * that is not an object where `@IsObject({ each: true })` wants one, by its own path (`lines.3`), which
 * class-validator would only name by the array's. Looks as deep as the DTOs declare nested types.
 */
export function arrayViolations(dto: DtoClass, value: unknown, path = ''): FieldViolation[] {
  if (!isRecord(value)) return [];
  const found: FieldViolation[] = [];
  const { maxSizes, objectsOnly } = arrayRules(dto);
  const tooLong = new Set<string>();
  for (const [property, max] of maxSizes) {
    const items = own(value, property);
    if (Array.isArray(items) && items.length > max) {
      tooLong.add(property);
      found.push({ path: join(path, property), messages: [`${property} must contain no more than ${max} elements`] });
    }
  }
  for (const property of objectsOnly) {
    const items = own(value, property);
    if (!Array.isArray(items) || tooLong.has(property)) continue;
    items.forEach((item, index) => {
      if (!isRecord(item)) found.push({ path: `${join(path, property)}.${index}`, messages: [`each value in ${property} must be an object`] });
    });
  }
  for (const [property, rule] of nestedRules(dto)) {
    const nested = own(value, property);
    const here = join(path, property);
    if (rule.kind === 'object') found.push(...arrayViolations(rule.type(), nested, here));
    else if (Array.isArray(nested) && !tooLong.has(property)) nested.forEach((item, index) => found.push(...arrayViolations(rule.type(), item, `${here}.${index}`)));
  }
  return found;
}

interface ArrayRules {
  readonly maxSizes: ReadonlyMap<string, number>;
  readonly objectsOnly: ReadonlySet<string>;
}

// Per class, once: the metadata is fixed once the class is declared.
const RULES = new WeakMap<DtoClass, ArrayRules>();

function arrayRules(dto: DtoClass): ArrayRules {
  const known = RULES.get(dto);
  if (known) return known;
  const maxSizes = new Map<string, number>();
  const objectsOnly = new Set<string>();
  for (const { name, propertyName, constraints, each } of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    const max: unknown = constraints?.[0];
    if (name === 'arrayMaxSize' && typeof max === 'number') maxSizes.set(propertyName, Math.min(max, maxSizes.get(propertyName) ?? max));
    if (name === 'isObject' && each) objectsOnly.add(propertyName);
  }
  const rules = { maxSizes, objectsOnly };
  RULES.set(dto, rules);
  return rules;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Record<string, unknown>, property: string): unknown {
  return Object.hasOwn(record, property) ? record[property] : undefined;
}

function join(path: string, property: string): string {
  return path === '' ? property : `${path}.${property}`;
}
