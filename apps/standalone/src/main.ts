import { standaloneConfig } from './config.js';
import { listen } from './listen.js';

await listen('Standalone', () => standaloneConfig());
