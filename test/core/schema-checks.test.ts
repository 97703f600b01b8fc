import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  CommitmentKind,
  IfMissed,
  PeriodStatus,
  WeekStart,
  commitmentKinds,
  ifMissedValues,
  nameText,
  oneOf,
  periodStatuses,
  weekStartValues,
} from '../../core/schema.js';

// core/schema.ts keeps plain checks beside its zod schemas, so the plugin ships without zod. These hold the two to
// the same answers.

const values: unknown[] = [
  ...ifMissedValues,
  ...weekStartValues,
  ...commitmentKinds,
  ...periodStatuses,
  'Monday',
  ' monday',
  'mon',
  '',
  ' ',
  'curious ',
  'CURIOUS',
  0,
  1,
  null,
  undefined,
  true,
  ['monday'],
  { monday: true },
  'none',
  'toString',
  '__proto__',
];

describe("core's plain checks and its zod schemas", () => {
  it.each([
    ['IfMissed', IfMissed, ifMissedValues],
    ['WeekStart', WeekStart, weekStartValues],
    ['CommitmentKind', CommitmentKind, commitmentKinds],
    ['PeriodStatus', PeriodStatus, periodStatuses],
  ] as const)('should give %s the same values and the same answers', (_name, schema, list) => {
    expect([...list]).toEqual(schema.options);
    for (const value of values) expect(oneOf(list, value), String(value)).toBe(schema.safeParse(value).success);
  });

  it('should read a name as z.string().check(z.trim(), z.minLength(1)) does', () => {
    const schema = z.string().check(z.trim(), z.minLength(1));
    for (const value of [...values, '  Sam  ', 'Sam', '\tSam\n', '\u00a0', 'a']) {
      const zod = schema.safeParse(value);
      expect(nameText(value), JSON.stringify(value)).toBe(zod.success ? zod.data : undefined);
    }
  });
});
