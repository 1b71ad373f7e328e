// `node --conditions=source --import ./test/support/ts-source.js <file>.ts`: a process on the sources, for tests that kill one.
import { register } from 'node:module';

register('./ts-source-hooks.js', import.meta.url);
