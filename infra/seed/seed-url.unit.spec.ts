import { describe, expect, it } from '@jest/globals';
import { seedUrl } from './seed-url.js';

describe('seedUrl', () => {
  it('looks where `npm start` listens by default', () => {
    expect(seedUrl({})).toBe('http://127.0.0.1:3000');
  });

  it('follows PORT and HOST as the app does, an empty one meaning unset', () => {
    expect(seedUrl({ PORT: '3100', HOST: 'trace.local' })).toBe('http://trace.local:3100');
    expect(seedUrl({ PORT: '', HOST: '' })).toBe('http://127.0.0.1:3000');
  });

  it('takes SEED_URL before PORT and HOST', () => {
    expect(seedUrl({ SEED_URL: 'https://trace.example.pe/api', PORT: '3100' })).toBe('https://trace.example.pe/api');
    expect(seedUrl({ SEED_URL: '', PORT: '3100' })).toBe('http://127.0.0.1:3100');
  });

  it('reaches an app listening on every interface on loopback, and brackets an IPv6 host', () => {
    expect(seedUrl({ HOST: '0.0.0.0', PORT: '3100' })).toBe('http://127.0.0.1:3100');
    expect(seedUrl({ HOST: '::' })).toBe('http://[::1]:3000');
    expect(seedUrl({ HOST: 'fe80::1' })).toBe('http://[fe80::1]:3000');
  });

  it('stops on a PORT the app would refuse', () => {
    expect(() => seedUrl({ PORT: 'http' })).toThrow('PORT must be an integer from 0 to 65535, got "http"');
  });
});
