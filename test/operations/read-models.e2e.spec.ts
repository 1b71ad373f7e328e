import { describe } from '@jest/globals';
import { suiteApp } from '../standalone/suite-app.js';
import { readModelOperations } from './read-model-operations.js';

describe('read models, as the team on call watches and rebuilds them, on the embedded store', () => {
  readModelOperations(suiteApp());
});
