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
export function shippedVersions(catalogue: Catalogue): Promise<ReferenceVersion[]> {
  return wholeVersions(catalogue, validVersion);
}

/** The same versions as their files write them, not validated: what is compared with the versions already published. */
export function shippedAsWritten(catalogue: Catalogue): Promise<object[]> {
  return wholeVersions(catalogue, async (content) => content);
}

/** Each file made a whole version (a later file may list only its changes to the one before it), then passed to `made`. */
async function wholeVersions<V extends { readonly entries?: readonly object[] }>(
  catalogue: Catalogue,
  made: (content: { readonly catalogue: Catalogue; readonly entries?: readonly object[] }, name: string) => Promise<V>,
): Promise<V[]> {
  const versions: V[] = [];
  for (const load of SHIPPED_FILES[catalogue]) {
    const { default: file } = await load();
    const { catalogue: named, amends, adds, ...body } = file as ShippedFile;
    const name = `${catalogue} version ${versions.length + 1}`;
    if (named !== catalogue) throw new Error(`The shipped ${name} names catalogue ${String(named)}, not ${catalogue}`);
    const changes = amends !== undefined || adds !== undefined;
    if (changes && body.entries !== undefined) throw new Error(`The shipped ${name} holds both entries and changes (amends, adds): one or the other`);
    const entries = changes ? [...amendedEntries(versions.at(-1)?.entries ?? [], amends ?? []), ...(adds ?? [])] : body.entries;
    versions.push(await made({ catalogue, ...body, entries }, name));
  }
  return versions;
}

async function validVersion({ catalogue, ...body }: { readonly catalogue: Catalogue }, name: string): Promise<ReferenceVersion> {
  try {
    const valid: unknown = await validationPipe().transform(body, { type: 'body', metatype: VERSION_BODIES[catalogue] });
    return { catalogue, ...JSON.parse(JSON.stringify(valid)) } as ReferenceVersion;
  } catch (error) {
    if (!(error instanceof RequestValidationFailed)) throw error;
    throw new Error(`The shipped ${name} is not a valid version: ${JSON.stringify(error.fields)}`, { cause: error });
  }
}
