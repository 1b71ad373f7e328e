import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { runConcurrently } from '../shared/concurrent-load.js';
import { progress } from '../shared/report.js';
import type { HttpClient } from '../shared/http-client.js';
import { AUTHORITY, extractionBody, guideBody, HOLDER, lotId, permitBody, permitId, PERMITS, permitOf, planBody, processorBody, ROAD, SAWMILL } from './road-scenario.js';

export interface Tokens {
  readonly regulator: string;
  readonly holder: string;
  readonly processor: string;
  /** Per checkpoint code. */
  readonly operators: ReadonlyMap<string, string>;
}

export async function mintTokens(dataDir: string): Promise<Tokens> {
  const mint = (role: string, org: string) => tokenCommand(['--role', role, '--org', org, '--sub', `bench-${org}`, '--ttl', '2h'], { DATA_DIR: dataDir });
  const operators = new Map<string, string>();
  for (const code of ROAD) operators.set(code, await mint('checkpoint_operator', code));
  return { regulator: await mint('regulator', AUTHORITY), holder: await mint('permit_holder', HOLDER), processor: await mint('processor', SAWMILL.facilityId), operators };
}

/** Through the API, as users would: a permit and plan, one extracted lot per guide, then the guides. */
export async function setUpOpenGuides(http: HttpClient, tokens: Tokens, guides: number, concurrency: number, issuedAt: Date): Promise<void> {
  const permit = (id: string) => `/permits/${encodeURIComponent(id)}`;
  await http.expect(201, 'POST', '/processors', { body: processorBody, token: tokens.regulator });
  for (let p = 0; p < PERMITS; p++) {
    await http.expect(201, 'POST', '/permits', { body: permitBody(p), token: tokens.regulator });
    await http.expect(201, 'POST', `${permit(permitId(p))}/plans`, { body: planBody(guides), token: tokens.regulator });
  }

  let done = 0;
  await runConcurrently(concurrency, { operations: guides }, async () => {
    const i = done++;
    // A permit's stream takes one extraction at a time: a 409 version conflict is the answer to retry.
    await retryConflicts(() => http.expect(201, 'POST', `${permit(permitOf(i))}/extractions`, { body: extractionBody(i), token: tokens.holder }));
    return 1;
  });
  progress(`${guides} lots extracted; waiting for custody to open them`);
  await eachEventually(guides, concurrency, (i) => http.expect(200, 'GET', `/lots/${lotId(i)}`, { token: tokens.holder }));

  let issued = 0;
  await runConcurrently(concurrency, { operations: guides }, async () => {
    const i = issued++;
    await http.expect(201, 'POST', '/guides', { body: guideBody(i, issuedAt), token: tokens.holder });
    return 1;
  });
  progress(`${guides} guides issued; waiting for harvest to count them as moved`);
  // Harvest records each guide's volume on its permit asynchronously: that backlog must not run during the measurement.
  await eachEventually(PERMITS, concurrency, async (p) => {
    const answer = (await http.expect(200, 'GET', `${permit(permitId(p))}/balance`, { token: tokens.regulator })) as { balances: { extractedM3: number; movedM3: number }[] };
    const [line] = answer.balances;
    if (!line || line.movedM3 < line.extractedM3) throw new Error(`permit ${permitId(p)}: ${line?.movedM3 ?? 0} of ${line?.extractedM3 ?? 0} m³ counted as moved`);
  });
}

async function eachEventually(count: number, concurrency: number, probe: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const deadline = Date.now() + 120_000;
  await runConcurrently(concurrency, { operations: count }, async () => {
    const i = next++;
    for (;;) {
      try {
        await probe(i);
        return 1;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });
}

async function retryConflicts(send: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await send();
      return;
    } catch (error) {
      if (attempt >= 20 || !String(error).includes('version_conflict')) throw error;
    }
  }
}
