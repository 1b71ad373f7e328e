import { describe, expect, it } from '@jest/globals';
import type { ValidationError } from '@nestjs/common';
import { fieldViolations } from './request-validation-failed.js';

describe('fieldViolations', () => {
  it('lists one entry per failing path, nested paths joined by dots, parents kept when they fail themselves', () => {
    expect(
      fieldViolations([
        { property: 'lotId', constraints: { isString: 'lotId must be a string' } },
        {
          property: 'lines',
          constraints: { arrayMaxSize: 'lines must contain no more than 2 elements' },
          children: [{ property: '0', children: [{ property: 'volume', value: -1, constraints: { isPositive: 'volume must be a positive number' } }] }],
        },
      ]),
    ).toEqual([
      { path: 'lotId', messages: ['lotId must be a string'] },
      { path: 'lines', messages: ['lines must contain no more than 2 elements'] },
      { path: 'lines.0.volume', messages: ['volume must be a positive number'] },
    ]);
  });

  it("puts a rejected whole value at its parent's path", () => {
    // As class-validator builds it, against its own typing: no property at all.
    const unknownValue = { constraints: { unknownValue: 'an unknown value was passed to the validate function' } } as unknown as ValidationError;
    expect(fieldViolations([{ property: 'lines', children: [{ property: '0', children: [unknownValue] }] }])).toEqual([
      { path: 'lines.0', messages: ['an unknown value was passed to the validate function'] },
    ]);
  });
});
