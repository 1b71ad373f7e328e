import { uuidFromName } from './ids.js';

describe('uuidFromName', () => {
  // Ids already stored and sent (events, messages, inbox keys) were made from these names: they must never change.
  it.each([
    ['3f0c8d64-3c51-4c8e-9a4e-0a0d7c1d5b10/published/0', 'a05d29b9-17a2-5756-b754-41fdf337bf99'],
    ['Árbol/ñ', '83c6e311-3861-5809-afbb-4a097c9897b6'],
    ['', 'da39a3ee-5e6b-5b0d-b255-bfef95601890'],
  ])('gives %j the id it has always had', (name, id) => {
    expect(uuidFromName(name)).toBe(id);
  });

  it('marks the id as name-based, RFC 4122 variant', () => {
    expect(uuidFromName('lot/LOT-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
