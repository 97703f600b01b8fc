import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../support/shared.js';
import { type Labelled, isHeldOut, pct, scoreRows, scoredFields, table } from './score.js';

function load(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

const dir = sharedData('commitment-corpus');
const real = dir ? load(path.join(dir, 'real-plans.jsonl')) : [];
const dev = dir ? load(path.join(dir, 'dev.jsonl')) : [];
const fixtures = path.join(import.meta.dirname, '../fixtures');

// real-plans.jsonl is split by a seeded hash of each row's text (isHeldOut): the 70% part is for
// development, the 30% part was not looked at while the reader was built (only its figures).
const parts = [
  { name: 'real-plans.jsonl, development part (70%)', rows: real.filter((r) => !isHeldOut(r)), showMisses: true },
  { name: 'real-plans.jsonl, held-out part (30%)', rows: real.filter((r) => isHeldOut(r)), showMisses: false },
  { name: 'dev.jsonl', rows: dev, showMisses: true },
  { name: 'fixtures/commitments-extra.jsonl', rows: load(path.join(fixtures, 'commitments-extra.jsonl')), showMisses: true },
  { name: 'fixtures/commitments-heldout.jsonl', rows: load(path.join(fixtures, 'commitments-heldout.jsonl')), showMisses: true },
].filter((p) => p.rows.length > 0);

describe.each(parts)('the reader, scored as the issue scores it, on $name', ({ name, rows, showMisses }) => {
  const by = scoreRows(rows);
  it('should print its figures per style', () => {
    const all = by.get('all');
    const misses = showMisses && all ? `\nmisses:\n  ${all.misses.join('\n  ')}` : '';
    console.log(`${name}: ${rows.length} plans\n${table(by)}${misses}`);
    expect(all?.n).toBe(rows.length);
    for (const field of scoredFields) expect(pct(all!, field)).toBeGreaterThanOrEqual(0);
  });
});

describe('the held-out split', () => {
  it('should hold out about 30% of real-plans.jsonl, the same rows every run', () => {
    if (real.length === 0) return;
    const held = real.filter((r) => isHeldOut(r)).length;
    expect(held / real.length).toBeGreaterThan(0.2);
    expect(held / real.length).toBeLessThan(0.4);
    expect(real.filter((r) => isHeldOut(r)).length).toBe(held);
  });
});
