import { RequestValidationFailed, validationPipe } from '#http';
import type { Catalogue } from '../domain/catalogue.js';
import type { ReferenceVersion } from '../domain/reference-version.js';
import { VERSION_BODIES } from '../publish-version/version-bodies.js';
import { SHIPPED_FILES } from './shipped-files.js';

/** A shipped file as a version, held to the same rules as a version published over HTTP. */
export async function shippedVersion(catalogue: Catalogue): Promise<ReferenceVersion> {
  const { default: file } = await SHIPPED_FILES[catalogue]();
  const { catalogue: named, ...body } = file as { catalogue?: unknown };
  if (named !== catalogue) throw new Error(`data/${catalogue}.json names catalogue ${String(named)}, not ${catalogue}`);
  try {
    const valid: unknown = await validationPipe().transform(body, { type: 'body', metatype: VERSION_BODIES[catalogue] });
    return { catalogue, ...JSON.parse(JSON.stringify(valid)) } as ReferenceVersion;
  } catch (error) {
    if (!(error instanceof RequestValidationFailed)) throw error;
    throw new Error(`data/${catalogue}.json is not a valid version: ${JSON.stringify(error.fields)}`, { cause: error });
  }
}
