import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../support/shared.js';
import { type Labelled, type ScoredField, isHeldOut, readAsNotes, scoreOne, scoredFields } from './score.js';

// The same plan, written the way people text: a reader that gets a plan right should still get it right when the
// capitals, apostrophes, commas or full stops are left out. These changes are made to every plan, so they test the
// reader's steps (normalising, cutting clauses, finding where a cue ends), not any one sentence. The held-out part of
// real-plans.jsonl is not used here.

function load(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

/** Ways of writing the same words more loosely. */
const variants: Record<string, (text: string) => string> = {
  'lower case': (t) => t.toLowerCase(),
  'no apostrophes': (t) => t.replace(/['\u2019]/g, ''),
  'no commas': (t) => t.replace(/,/g, ''),
  'no full stop at the end': (t) => t.replace(/[.!]+\s*$/, ''),
  texting: (t) => t.toLowerCase().replace(/['\u2019]/g, '').replace(/,/g, '').replace(/[.!]+\s*$/, ''),
  // Words around the plan that say nothing of it: an opening, a sentence of context before, a closing after.
  'an opening ("Ok so")': (t) => `Ok so ${lowerStart(unlisted(t))}`,
  'an opening ("This week,")': (t) => `This week, ${lowerStart(unlisted(t))}`,
  'a sentence of context before': (t) => `I have not been doing well with this. ${unlisted(t)}`,
  'a closing after ("Wish me luck!")': (t) => t.replace(/[.!]?\s*$/, '. Wish me luck!'),
  // Full stops between sentences left out; not those of "a.m.", "e.g." or a number.
  'sentences run on': (t) =>
    t.replace(/([.!?])(\s+)(?=\S)/g, (m: string, _stop: string, space: string, at: number) =>
      /(?:\b[a-z]\.[a-z]|\d|\.)$/i.test(t.slice(Math.max(0, at - 4), at)) ? m : space,
    ),
};

/** The plan without a list number or bullet written at its start ("1) …"): a word put before it goes before the plan. */
function unlisted(t: string): string {
  return t.replace(/^\s*(?:\d{1,2}[.)]|[-*])\s*/, '');
}

/** A first letter in lower case, after words put before it; "I" stays. */
function lowerStart(t: string): string {
  return /^I\b/.test(t) ? t : t.charAt(0).toLowerCase() + t.slice(1);
}

/** Of the fields read right as written, the share still right in the variant (in %). */
function kept(rows: readonly Labelled[], variant: (t: string) => string): Record<ScoredField, number> {
  const before = readAsNotes(rows).map((c, i) => scoreOne(rows[i] as Labelled, c));
  const changed = rows.map((r) => ({ ...r, text: variant(r.text) }));
  const after = readAsNotes(changed).map((c, i) => scoreOne(changed[i] as Labelled, c));
  const out = {} as Record<ScoredField, number>;
  for (const field of scoredFields) {
    const right = before.map((s, i) => (s[field] === true ? i : -1)).filter((i) => i >= 0);
    const still = right.filter((i) => after[i]?.[field] === true).length;
    out[field] = right.length === 0 ? 100 : (100 * still) / right.length;
  }
  return out;
}

const dir = sharedData('commitment-corpus');
const fixtures = path.join(import.meta.dirname, '../fixtures');
const sets = [
  { name: 'real-plans.jsonl, development part', rows: dir ? load(path.join(dir, 'real-plans.jsonl')).filter((r) => !isHeldOut(r)) : [], floor: 85 },
  { name: 'dev.jsonl', rows: dir ? load(path.join(dir, 'dev.jsonl')) : [], floor: 97 },
  { name: 'fixtures/commitments-everyday.jsonl', rows: load(path.join(fixtures, 'commitments-everyday.jsonl')), floor: 87 },
  { name: 'fixtures/commitments-extra.jsonl', rows: load(path.join(fixtures, 'commitments-extra.jsonl')), floor: 97 },
  { name: 'fixtures/commitments-posts.jsonl', rows: load(path.join(fixtures, 'commitments-posts.jsonl')), floor: 80 },
].filter((s) => s.rows.length > 0);

describe.each(sets)('the reader on $name, written more loosely', ({ rows, floor, name }) => {
  it.each(Object.keys(variants))('should keep most of what it reads right with %s', (variant) => {
    const k = kept(rows, variants[variant] as (t: string) => string);
    console.debug(`${name}, ${variant}: kept ${scoredFields.map((f) => `${f} ${k[f].toFixed(1)}%`).join(', ')}`);
    for (const field of scoredFields) expect(k[field], field).toBeGreaterThanOrEqual(floor);
  });
});

describe('the loose variants', () => {
  it('should change the text they are meant to change', () => {
    const t = "Last week I didn't run. This week, I'll run on Monday.";
    expect(variants.texting?.(t)).toBe('last week i didnt run. this week ill run on monday');
    expect(variants['sentences run on']?.(t)).toBe("Last week I didn't run This week, I'll run on Monday.");
    expect(variants['sentences run on']?.('Wake at 6 a.m. Then run.')).toBe('Wake at 6 a.m. Then run.');
  });
});
