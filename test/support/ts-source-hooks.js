// Module hooks that run the project's TypeScript sources in a plain Node process, as Jest runs them:
// `.js` specifiers resolve to the `.ts` file beside them, and swc strips types keeping decorator metadata.
import { readFile } from 'node:fs/promises';
import { transform } from '@swc/core';
import { SWC_OPTIONS } from './swc-options.js';

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (!specifier.endsWith('.js')) throw error;
    return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
  }
}

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.ts')) return nextLoad(url, context);
  const source = await readFile(new URL(url), 'utf8');
  const { code } = await transform(source, { ...SWC_OPTIONS, filename: new URL(url).pathname, sourceMaps: 'inline' });
  return { format: 'module', source: code, shortCircuit: true };
}
