import { RequestValidationFailed, validationPipe } from '#http';
import type { Catalogue } from '../domain/catalogue.js';
import type { ReferenceVersion } from '../domain/reference-version.js';
import { VERSION_BODIES } from '../publish-version/version-bodies.js';
import { type Amendment, amendedEntries } from './amended-entries.js';
import { SHIPPED_FILES } from './shipped-files.js';

interface ShippedFile {
  readonly catalogue?: unknown;
  readonly entries?: readonly object[];
  readonly amends?: readonly Amendment[];
  readonly adds?: readonly object[];
}

/** Each shipped version of a catalogue in publication order, each held to the same rules as a version published over HTTP. */
export async function shippedVersions(catalogue: Catalogue): Promise<ReferenceVersion[]> {
  const versions: ReferenceVersion[] = [];
  for (const load of SHIPPED_FILES[catalogue]) {
    const { default: file } = await load();
    versions.push(await shippedVersion(catalogue, file as ShippedFile, versions.at(-1)));
  }
  return versions;
}

async function shippedVersion(catalogue: Catalogue, file: ShippedFile, previous: ReferenceVersion | undefined): Promise<ReferenceVersion> {
  const { catalogue: named, amends, adds, ...body } = file;
  const name = `${catalogue} version ${previous === undefined ? 1 : previous.version + 1}`;
  if (named !== catalogue) throw new Error(`The shipped ${name} names catalogue ${String(named)}, not ${catalogue}`);
  const changes = amends !== undefined || adds !== undefined;
  if (changes && body.entries !== undefined) throw new Error(`The shipped ${name} holds both entries and changes (amends, adds): one or the other`);
  // A later file may list only its changes: the version it publishes is still the whole catalogue.
  const entries = changes ? [...amendedEntries(previous?.entries ?? [], amends ?? []), ...(adds ?? [])] : body.entries;
  try {
    const valid: unknown = await validationPipe().transform({ ...body, entries }, { type: 'body', metatype: VERSION_BODIES[catalogue] });
    return { catalogue, ...JSON.parse(JSON.stringify(valid)) } as ReferenceVersion;
  } catch (error) {
    if (!(error instanceof RequestValidationFailed)) throw error;
    throw new Error(`The shipped ${name} is not a valid version: ${JSON.stringify(error.fields)}`, { cause: error });
  }
}
