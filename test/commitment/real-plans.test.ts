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
// Floors, so the figures cannot slip back: a little under what the reader reaches today. The targets are
// intention 80%, trigger 85%, flag 85%, kind 90% on both parts of real-plans.jsonl; intention and trigger are not
// there yet. Before the reader was rebuilt (commit 00936a2) the development part read 33.7%, 36.0%, 69.9%, 87.3%
// and the held-out part 39.1%, 25.9%, 64.1%, 85.9%.
type Floors = Record<(typeof scoredFields)[number], number>;
const realDevFloor: Floors = { intention: 74, trigger: 81, flag: 92, kind: 92 };
// (Held-out kind: one plan's kind changed in session 14 when a word with capitals inside it, "MyFitnessPal", stopped
// being read as a sentence opening on "My"; the change was kept, as right in itself, and the row was not looked at.
// Session 16's rules won one back: 90.6%.)
// (Session 18: an amount after "Topic - " kept in the act, "Guitar - 20 min", won an intention here and on two sets only
// ever measured, and lost one trigger here that no development set shows; kept for the balance, the floor says so.)
const realHeldFloor: Floors = { intention: 57, trigger: 51, flag: 82, kind: 90 };
// The clean sets stay where they are (issue 10): any plan they lose fails here.
const cleanFloor: Floors = { intention: 100, trigger: 100, flag: 100, kind: 98 };
// fixtures/commitments-everyday.jsonl: 113 plans the team wrote the way clients jot them in a session note and the
// way people post them (texting, shorthand, a story then the plan), each labelled before the reader was changed for it.
// Issue 10's "your own sets". The last 60 were written after the first round of changes and measured once before any
// change for them: 56.7 / 79.4 / 78.3 / 91.7 there with the reader of the session's start, 61.7 / 82.4 / 78.3 / 91.7 after (two of their
// labels were put right after that measure: a day alone is a concrete cue, as in the corpora).
// (Session 20 keeps the days said right before a cue in the trigger, "tues + fri after lunch", as dev.jsonl's labels and
// the blind batches' do; two labels here keep only the cue, "gym - mon/wed/fri after work" → "after work": trigger 95.)
const everydayFloor: Floors = { intention: 88, trigger: 96, flag: 93, kind: 95 };
// fixtures/commitments-posts.jsonl: 120 plans written for issue 10 in session 14 (its first 120 rows), before the reader was changed for
// them: 40 short resolutions and habit lines, 40 longer posts (a story, a goal, then the plan), and 40 written later
// in the session in the corpora's style (resolution lists, running and weight-loss logs), first measured with the
// session's changes until then: 67.5 / 70.8 / 85.0 / 92.5 there, 62.5 / 66.7 / 82.5 / 92.5 with the reader of the
// session's start. All 120 read 60.8 / 76.1 / 80.8 / 91.7 at the session's start. fixtures/commitments-posts-heldout.jsonl: 40 more, written at the same time and only ever
// measured, never read row by row (82.5 / 72.2 / 77.5 / 90.0 at the session's start). One label in each was put right
// to the corpora's conventions (a time the act is done at is its cue, "get up at 5 am"; hours of sleep are a result,
// as test/findings' approved sleep suggestions say), without looking at the reading.
// Session 15 added 80 more to commitments-posts.jsonl (its last 80 rows), written before the reader was changed for them,
// in the styles the held-out part reads worst (messy, shorthand, multi-sentence), first measured 40 at a time:
// 67.5 / 87.0 / 85.0 / 95.0 and 72.5 / 96.2 / 82.5 / 92.5; four labels were then put right to the conventions above (a
// day or a part of the day the act is done on is its cue, as "every night" is in commitments-everyday.jsonl). All 200
// read 73.5 / 90.3 / 88.0 / 93.0 with the reader of session 15's start. Session 16 put three more labels right to the same
// convention: a sentence that says only when ("Floss. Every night.") gives the plan its moment, as "Floss every night"
// does (two rows here, one in commitments-everyday.jsonl). Session 17 keeps a weekday written right before a moment in
// the trigger ("every Sunday evening after dinner"), as dev.jsonl's and commitments-extra.jsonl's labels do ("when I get
// home on Mondays and Thursdays", "after I put the kids to bed on Wednesday"); one label here keeps only "after
// dinner", so the trigger's floor is 92, not 93.
const postsFloor: Floors = { intention: 83, trigger: 93, flag: 90, kind: 95 };
// (The same rule lost one trigger here, and won one on blind-2, one on blind-3's and one on session 20's measured-only parts.
// A time the act is done before, "before 10am", as its moment lost one flag here and won three figures on blind-3's and
// one on blind-4's measured-only parts.)
const postsHeldFloor: Floors = { intention: 87, trigger: 83, flag: 82, kind: 92 };
// fixtures/commitments-blind.jsonl and commitments-blind-heldout.jsonl: 60 plans written in session 16 by a helper who
// saw neither the reader nor its tests, only the development part of real-plans.jsonl for its style, and labelled to the
// conventions of this file; a seeded 16 of them are only ever measured. All 60 first read 70.0 / 62.2 / 88.3 / 88.3 with
// the reader of session 16's start (the 44: 72.7 / 62.1 / 88.6 / 90.9; the 16: 62.5 / 62.5 / 87.5 / 81.3). Two of the
// helper's habits differ from real-plans.jsonl's labels and were left as written: a contrast ("instead of …") is left
// out of the intention, and a day before a cue after the act is kept in the trigger ("every Sunday after lunch"; since
// session 17 the reader does so too, as the team's clean sets' labels do).
// A second batch of 40 for development (the last 40 rows of commitments-blind.jsonl, mostly long messy posts and
// shorthand) was written after most of the session's rules and measured first: 55.0 / 48.0 / 77.5 / 90.0 with the reader
// of the session's start, 55.0 / 52.0 / 77.5 / 90.0 with the rules until then.
const blindFloor: Floors = { intention: 72, trigger: 83, flag: 94, kind: 95 };
const blindHeldFloor: Floors = { intention: 68, trigger: 75, flag: 87, kind: 87 };
// fixtures/commitments-blind-2.jsonl: 40 more by the same kind of helper, written while session 16's rules were made and
// measured only at its end: 65.0 / 55.0 / 82.5 / 92.5 with the reader of the session's start, 62.5 / 65.0 / 85.0 / 92.5
// with its end (the lost intention came with the cue's own "are" no longer making a statement, which won a trigger
// and a flag there; found by undoing each change in turn, not by reading rows). Only ever measured.
const blind2Floor: Floors = { intention: 77, trigger: 75, flag: 87, kind: 95 };
// fixtures/commitments-blind-3.jsonl and commitments-blind-3-heldout.jsonl: 250 plans written in session 17 by five
// helpers who saw neither the reader nor its tests, only the development part of real-plans.jsonl, 50 each in one
// style: messy, shorthand, multi-sentence, posts in the voice of 2005-2015 personal blogs (messy and multi-sentence),
// and goal lists (shorthand and clean). A seeded 30% of each batch (75 in all) is only ever measured. Each batch was
// measured before any change was made for it; the first three (A, B, C) drove the session's rules, the last two (D, E)
// were written while they were made. With the reader of session 17's start: development 70.9 / 51.6 / 80.0 / 82.9,
// only measured 62.7 / 32.3 / 77.3 / 86.7.
const blind3Floor: Floors = { intention: 73, trigger: 70, flag: 89, kind: 88 };
const blind3HeldFloor: Floors = { intention: 66, trigger: 45, flag: 77, kind: 90 };
// fixtures/commitments-blind-4.jsonl and commitments-blind-4-heldout.jsonl: 200 plans written in session 18 the same
// way, 50 each in one style (messy forum and blog posts, shorthand lists and trackers, clean worksheet sentences, plans
// inside several sentences); a seeded 30% of each batch (60 in all) is only ever measured. All four batches were
// measured before any change was made for them: development 68.6 / 58.3 / 90.7 / 82.9, only measured 71.7 / 57.7 /
// 86.7 / 86.7, with the reader of session 18's start.
const blind4Floor: Floors = { intention: 82, trigger: 81, flag: 95, kind: 87 };
// (Session 20: "If …, I'll … instead" after a plan is its backup: one intention won here and one flag lost.)
const blind4HeldFloor: Floors = { intention: 76, trigger: 65, flag: 88, kind: 90 };
// fixtures/commitments-blind-5.jsonl and commitments-blind-5-heldout.jsonl: 200 plans written in session 19 the same
// way, 50 each in one style (shorthand trackers and lists, messy forum posts, clean worksheet sentences, plans inside
// several sentences); a seeded 30% of each batch (60 in all) is only ever measured. All four batches were measured
// before any change was made for them: development 69.3 / 50.8 / 82.9 / 90.0, only measured 70.0 / 83.3 / 91.7 / 80.0,
// with the reader of session 19's start.
// (Session 20: an "if" sentence after the plan is its backup; one plan here lost the cue it had only from its backup, and
// "20 min." before "if" ending a sentence won one flag back.)
const blind5Floor: Floors = { intention: 80, trigger: 74, flag: 92, kind: 92 };
const blind5HeldFloor: Floors = { intention: 71, trigger: 88, flag: 95, kind: 85 };
// fixtures/commitments-blind-6.jsonl and commitments-blind-6-heldout.jsonl: 200 plans written in session 20 the same
// way, 50 each in one style (shorthand trackers and lists, messy forum posts, clean worksheet sentences, plans inside
// several sentences); a seeded 30% of each batch (55 in all) is only ever measured. All four batches were measured
// before any change was made for them: development 74.5 / 67.4 / 89.7 / 91.0, only measured 72.7 / 65.2 / 87.3 / 90.9,
// with the reader of session 20's start.
const blind6Floor: Floors = { intention: 82, trigger: 78, flag: 93, kind: 94 };
const blind6HeldFloor: Floors = { intention: 72, trigger: 78, flag: 89, kind: 89 };
// fixtures/commitments-blind-7.jsonl and commitments-blind-7-heldout.jsonl: 200 more written in session 20 after its first
// rules, the same way (session-note shorthand, messy texts to a coach, multi-sentence posts, clean homework sheets); a
// seeded 65 only ever measured. Measured before any change for them: development 70.4 / 69.9 / 83.0 / 88.9, only measured
// 72.3 / 76.9 / 95.4 / 92.3 (68.9 / 67.1 / 82.2 / 87.4 and 72.3 / 71.8 / 93.8 / 92.3 with the reader of session 20's start).
const blind7Floor: Floors = { intention: 77, trigger: 78, flag: 85, kind: 89 };
const blind7HeldFloor: Floors = { intention: 72, trigger: 76, flag: 95, kind: 92 };
// fixtures/commitments-blind-8-heldout.jsonl: 100 more written at session 20's end by two helpers the same way (25 each
// messy, shorthand, multi-sentence, clean), only ever measured, to see how far the session's rules carry to writing no
// rule was made from: 73.0 / 62.5 / 85.0 / 90.0 with the reader of the session's start, 74.0 / 66.1 / 86.0 / 90.0 at its end.
const blind8HeldFloor: Floors = { intention: 74, trigger: 66, flag: 86, kind: 90 };

const parts = [
  { name: 'real-plans.jsonl, development part (70%)', rows: real.filter((r) => !isHeldOut(r)), showMisses: true, floor: realDevFloor },
  { name: 'real-plans.jsonl, held-out part (30%)', rows: real.filter((r) => isHeldOut(r)), showMisses: false, floor: realHeldFloor },
  { name: 'dev.jsonl', rows: dev, showMisses: true, floor: cleanFloor },
  { name: 'fixtures/commitments-extra.jsonl', rows: load(path.join(fixtures, 'commitments-extra.jsonl')), showMisses: true, floor: cleanFloor },
  { name: 'fixtures/commitments-heldout.jsonl', rows: load(path.join(fixtures, 'commitments-heldout.jsonl')), showMisses: true, floor: cleanFloor },
  { name: 'fixtures/commitments-everyday.jsonl', rows: load(path.join(fixtures, 'commitments-everyday.jsonl')), showMisses: true, floor: everydayFloor },
  { name: 'fixtures/commitments-posts.jsonl', rows: load(path.join(fixtures, 'commitments-posts.jsonl')), showMisses: true, floor: postsFloor },
  { name: 'fixtures/commitments-posts-heldout.jsonl', rows: load(path.join(fixtures, 'commitments-posts-heldout.jsonl')), showMisses: false, floor: postsHeldFloor },
  { name: 'fixtures/commitments-blind.jsonl', rows: load(path.join(fixtures, 'commitments-blind.jsonl')), showMisses: true, floor: blindFloor },
  { name: 'fixtures/commitments-blind-heldout.jsonl', rows: load(path.join(fixtures, 'commitments-blind-heldout.jsonl')), showMisses: false, floor: blindHeldFloor },
  { name: 'fixtures/commitments-blind-2.jsonl', rows: load(path.join(fixtures, 'commitments-blind-2.jsonl')), showMisses: false, floor: blind2Floor },
  { name: 'fixtures/commitments-blind-3.jsonl', rows: load(path.join(fixtures, 'commitments-blind-3.jsonl')), showMisses: true, floor: blind3Floor },
  { name: 'fixtures/commitments-blind-3-heldout.jsonl', rows: load(path.join(fixtures, 'commitments-blind-3-heldout.jsonl')), showMisses: false, floor: blind3HeldFloor },
  { name: 'fixtures/commitments-blind-4.jsonl', rows: load(path.join(fixtures, 'commitments-blind-4.jsonl')), showMisses: true, floor: blind4Floor },
  { name: 'fixtures/commitments-blind-4-heldout.jsonl', rows: load(path.join(fixtures, 'commitments-blind-4-heldout.jsonl')), showMisses: false, floor: blind4HeldFloor },
  { name: 'fixtures/commitments-blind-5.jsonl', rows: load(path.join(fixtures, 'commitments-blind-5.jsonl')), showMisses: true, floor: blind5Floor },
  { name: 'fixtures/commitments-blind-5-heldout.jsonl', rows: load(path.join(fixtures, 'commitments-blind-5-heldout.jsonl')), showMisses: false, floor: blind5HeldFloor },
  { name: 'fixtures/commitments-blind-6.jsonl', rows: load(path.join(fixtures, 'commitments-blind-6.jsonl')), showMisses: true, floor: blind6Floor },
  { name: 'fixtures/commitments-blind-6-heldout.jsonl', rows: load(path.join(fixtures, 'commitments-blind-6-heldout.jsonl')), showMisses: false, floor: blind6HeldFloor },
  { name: 'fixtures/commitments-blind-7.jsonl', rows: load(path.join(fixtures, 'commitments-blind-7.jsonl')), showMisses: true, floor: blind7Floor },
  { name: 'fixtures/commitments-blind-7-heldout.jsonl', rows: load(path.join(fixtures, 'commitments-blind-7-heldout.jsonl')), showMisses: false, floor: blind7HeldFloor },
  { name: 'fixtures/commitments-blind-8-heldout.jsonl', rows: load(path.join(fixtures, 'commitments-blind-8-heldout.jsonl')), showMisses: false, floor: blind8HeldFloor },
].filter((p) => p.rows.length > 0);

describe.each(parts)('the reader, scored as the issue scores it, on $name', ({ name, rows, showMisses, floor }) => {
  const by = scoreRows(rows);
  it('should print its figures per style', () => {
    const all = by.get('all');
    const misses = showMisses && all ? `\nmisses:\n  ${all.misses.join('\n  ')}` : '';
    console.debug(`${name}: ${rows.length} plans\n${table(by)}${misses}`);
    expect(all?.n).toBe(rows.length);
  });

  it.each(scoredFields)('should read %s at least as well as its floor', (field) => {
    const all = by.get('all');
    expect(all && pct(all, field)).toBeGreaterThanOrEqual(floor[field]);
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
