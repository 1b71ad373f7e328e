import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, ValidateNested } from 'class-validator';

/** A DTO class, as the decorators below name the type of a nested value. */
export type DtoClass = new (...args: never[]) => object;

/** What a property declared with `@NestedObject` or `@NestedArray` holds. */
export interface NestedRule {
  readonly kind: 'object' | 'array';
  readonly type: () => DtoClass;
}

// Kept here rather than read back from class-transformer, whose metadata storage is not public.
const RULES = new WeakMap<object, Map<string, NestedRule>>();

/**
 * One object of `type`, validated field by field: refused when missing, null, an array or a scalar.
 * `@ValidateNested()` alone lets a missing value or an array through unchecked. Combine with `@IsOptional()`.
 */
export function NestedObject(type: () => DtoClass): PropertyDecorator {
  return applyDecorators(remember({ kind: 'object', type }), IsObject(), ValidateNested(), Type(type));
}

/**
 * Between `min` and `max` objects of `type`, each validated field by field and refused when not an object.
 * The validation pipe checks the length before it copies or validates any element.
 */
export function NestedArray(type: () => DtoClass, { min = 0, max }: { readonly min?: number; readonly max: number }): PropertyDecorator {
  return applyDecorators(
    remember({ kind: 'array', type }),
    IsArray(),
    ...(min > 0 ? [ArrayMinSize(min)] : []),
    ArrayMaxSize(max),
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(type),
  );
}

/** The nested properties of `dto` and of the classes it extends. */
export function nestedRules(dto: DtoClass): ReadonlyMap<string, NestedRule> {
  const rules = new Map<string, NestedRule>();
  for (let type: object | null = dto; type !== null && type !== Function.prototype; type = Object.getPrototypeOf(type) as object | null) {
    for (const [property, rule] of RULES.get(type) ?? []) if (!rules.has(property)) rules.set(property, rule);
  }
  return rules;
}

function remember(rule: NestedRule): PropertyDecorator {
  return (target, property) => {
    const owner = target.constructor;
    const rules = RULES.get(owner) ?? new Map<string, NestedRule>();
    rules.set(String(property), rule);
    RULES.set(owner, rules);
  };
}
