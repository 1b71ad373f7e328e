import { serviceConfig } from '../../standalone/src/config.js';
import { listen } from '../../standalone/src/listen.js';

await listen('sanctions', () => serviceConfig('sanctions'));
