import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFile } from 'node:fs/promises';

// GS1's EPCIS 2.0 JSON Schema, as a buyer's EPCIS repository would check what we export.

export const fixture = async (name: string): Promise<unknown> => JSON.parse(await readFile(new URL(`../fixtures/epcis/${name}`, import.meta.url), 'utf8'));

export async function epcisValidator(): Promise<ValidateFunction> {
  // Not strict: GS1's schema requires properties that a sibling branch defines, which ajv's strict mode refuses to compile.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile((await fixture('EPCIS-JSON-Schema.json')) as object);
}

/** The document's errors as ajv words them, empty when valid: a failing test shows what GS1's schema refused. */
export function errorsOf(validate: ValidateFunction, document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
}
