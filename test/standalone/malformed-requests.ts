// Builds requests to every endpoint of the API from its OpenAPI document, so that a new endpoint or DTO is
// fuzzed without anyone listing it here: a sample body from the schemas' examples, then malformed variants.

type Schema = {
  readonly $ref?: string;
  readonly type?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly minItems?: number;
  readonly example?: unknown;
  readonly enum?: readonly unknown[];
  readonly allOf?: readonly Schema[];
};

interface Operation {
  readonly requestBody?: { readonly content: Readonly<Record<string, { readonly schema: Schema }>> };
  readonly parameters?: readonly { readonly in: string; readonly name: string }[];
  readonly 'x-roles'?: readonly string[];
}

export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, Schema>> };
}

export interface Endpoint {
  readonly method: 'get' | 'post';
  /** As documented, `/lots/{lotId}/split`. */
  readonly template: string;
  readonly pathParameters: readonly string[];
  readonly queryParameters: readonly string[];
  /** The first role it documents; undefined for a public endpoint. */
  readonly role?: string;
  readonly body?: Schema;
}

/** One place in a body: property names and array indexes. */
export type BodyPath = readonly (string | number)[];

/** A required nested object, or the first element of an array of objects, in the sample body. */
export interface NestedPlace {
  readonly path: BodyPath;
  readonly kind: 'object' | 'element';
}

export function endpoints(document: OpenApiDocument): Endpoint[] {
  return Object.entries(document.paths).flatMap(([template, operations]) =>
    (['get', 'post'] as const)
      .filter((method) => operations[method] !== undefined)
      .map((method) => {
        const operation = operations[method]!;
        return {
          method,
          template,
          pathParameters: (operation.parameters ?? []).filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name),
          queryParameters: (operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name),
          role: operation['x-roles']?.[0],
          body: operation.requestBody?.content['application/json']?.schema,
        };
      }),
  );
}

/** `/lots/{lotId}/split` with every parameter given `valueOf(name)`, URL-encoded unless `raw`. */
export function pathOf(endpoint: Endpoint, valueOf: (parameter: string) => string, raw = false): string {
  return endpoint.template.replace(/\{([^}]+)\}/g, (_, name: string) => (raw ? valueOf(name) : encodeURIComponent(valueOf(name))));
}

/** A body of the schema's shape, from its examples: as few elements per array as it allows, one at least. */
export function sampleOf(schema: Schema, document: OpenApiDocument): unknown {
  const resolved = resolve(schema, document);
  if (resolved.example !== undefined) return structuredClone(resolved.example);
  if (resolved.enum !== undefined) return resolved.enum.find((value) => value !== null);
  if (resolved.type === 'array') return resolved.items ? Array.from({ length: Math.max(1, resolved.minItems ?? 0) }, () => sampleOf(resolved.items!, document)) : [];
  if (resolved.type === 'number' || resolved.type === 'integer') return 1;
  if (resolved.type === 'boolean') return true;
  if (resolved.type === 'string') return 'x';
  // Required properties, and optional ones with an example: those complete what the required ones describe.
  const properties = Object.entries(resolved.properties ?? {}).filter(([name, property]) => resolved.required?.includes(name) || property.example !== undefined);
  return Object.fromEntries(properties.map(([name, property]) => [name, sampleOf(property, document)]));
}

/** Every required nested object and every first element of an array of objects, at any depth of the sample. */
export function nestedPlaces(schema: Schema, document: OpenApiDocument, path: BodyPath = []): NestedPlace[] {
  const resolved = resolve(schema, document);
  return (resolved.required ?? []).flatMap((name) => {
    const property = resolve(resolved.properties?.[name] ?? {}, document);
    const here = [...path, name];
    if (isObjectSchema(property)) return [{ path: here, kind: 'object' as const }, ...nestedPlaces(property, document, here)];
    const items = property.type === 'array' && property.items ? resolve(property.items, document) : undefined;
    if (items && isObjectSchema(items)) return [{ path: [...here, 0], kind: 'element' as const }, ...nestedPlaces(items, document, [...here, 0])];
    return [];
  });
}

/** Every array property in the sample, at any depth (through objects and first elements). */
export function arrayPlaces(schema: Schema, document: OpenApiDocument, path: BodyPath = []): BodyPath[] {
  const resolved = resolve(schema, document);
  return (resolved.required ?? []).flatMap((name) => {
    const property = resolve(resolved.properties?.[name] ?? {}, document);
    const here = [...path, name];
    if (isObjectSchema(property)) return arrayPlaces(property, document, here);
    if (property.type !== 'array' || !property.items) return [];
    const items = resolve(property.items, document);
    return [here, ...(isObjectSchema(items) ? arrayPlaces(items, document, [...here, 0]) : [])];
  });
}

/** Every string in a body, by its path. */
export function stringPlaces(value: unknown, path: BodyPath = []): BodyPath[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPlaces(item, [...path, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => stringPlaces(child, [...path, key]));
  return [];
}

/** A copy of `body` with the value at `path` replaced, or removed when `value` is `REMOVED`. */
export function withValueAt(body: unknown, path: BodyPath, value: unknown): unknown {
  const copy = structuredClone(body);
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === REMOVED) delete parent[last];
  else parent[last] = value;
  return copy;
}

export function valueAt(body: unknown, path: BodyPath): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], body);
}

export const REMOVED = Symbol('removed');

export function dotted(path: BodyPath): string {
  return path.join('.');
}

function resolve(schema: Schema, document: OpenApiDocument): Schema {
  const ref = schema.$ref ?? schema.allOf?.[0]?.$ref;
  if (ref === undefined) return schema;
  const name = ref.replace('#/components/schemas/', '');
  const target = document.components.schemas[name];
  if (target === undefined) throw new Error(`Unresolved schema ${ref}`);
  return target;
}

function isObjectSchema(schema: Schema): boolean {
  return schema.properties !== undefined;
}
