import { describeWithServer, POSTGRES } from '#testing';
import { suiteApp } from '../standalone/suite-app.js';
import { readModelOperations } from './read-model-operations.js';

// A file of its own, so its app is the only one in its process (apps in one process share the module-level in-process bus).
describeWithServer(POSTGRES, 'read models, as the team on call watches and rebuilds them, on Postgres', (url) => {
  readModelOperations(suiteApp(url));
});
