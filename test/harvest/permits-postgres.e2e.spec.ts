import { beforeAll, expect, it } from '@jest/globals';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { CEDRO, client, extractionBody, HOLDS, pathOf, permitBody, planBody, UCAYALI } from './harvest-requests.js';
import { suiteApp } from '../standalone/suite-app.js';

// A file of its own, so its app is the only one in its process (apps in one process share the module-level in-process bus).
describeWithServer(POSTGRES, 'permits on a real Postgres', (url) => {
  const suite = suiteApp(url);
  const { post, get, signTokens } = client(suite.app);

  beforeAll(() => signTokens(suite.dataDir()));

  it('registers a permit, approves its plan, records an extraction and answers the balance and the list', async () => {
    await post('/permits', UCAYALI, permitBody('PG-1')).expect(201);
    await post(`${pathOf('PG-1')}/plans`, UCAYALI, planBody()).expect(201);
    const first = await post(`${pathOf('PG-1')}/extractions`, HOLDS, extractionBody(), 'pg-extraction').expect(201);
    expect((await post(`${pathOf('PG-1')}/extractions`, HOLDS, extractionBody(), 'pg-extraction').expect(201)).body).toEqual(first.body);
    await post(`${pathOf('PG-1')}/extractions`, HOLDS, extractionBody({ volume: { value: 88, unit: 'm3' } })).expect(409);
    const { body } = await get(`${pathOf('PG-1')}/balance`, HOLDS).expect(200);
    expect(body.balances[0]).toEqual({ planId: 'POA-6', species: CEDRO, authorisedM3: 100, extractedM3: 12.5, movedM3: 0, remainingM3: 87.5, movableM3: 12.5 });
    await eventually(async () => {
      const list = await get('/permits', HOLDS).expect(200);
      expect(list.body.permits).toEqual([expect.objectContaining({ permitId: 'PG-1', plans: [expect.objectContaining({ species: [expect.objectContaining({ extractedM3: 12.5 }), expect.anything()] })] })]);
    });
  }, 60_000);

  it('accepts 50 concurrent extractions against a plan with room for all of them: the server retries its own conflicts', async () => {
    await post('/permits', UCAYALI, permitBody('PG-50')).expect(201);
    await post(`${pathOf('PG-50')}/plans`, UCAYALI, planBody()).expect(201);
    const answers = await Promise.all(Array.from({ length: 50 }, (_, n) => post(`${pathOf('PG-50')}/extractions`, HOLDS, extractionBody({ lotId: `LOT-PG50-${n}`, volume: { value: 2, unit: 'm3' } }))));
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 50 }, () => 201));
    const { body } = await get(`${pathOf('PG-50')}/balance`, HOLDS).expect(200);
    expect(body.balances[0]).toMatchObject({ species: CEDRO, extractedM3: 100, remainingM3: 0 });
  }, 60_000);
});
