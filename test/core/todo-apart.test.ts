// A task under a heading in a note that is not a session's is a to-do unless its words say when (a cadence, a
// day, a daily moment). parseNote does not read such a task when its words hold none of the words a reading finds
// those in (`timeWordsRe`): these tests hold that shortcut to the reading it skips.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCommitment } from '../../core/commitment/read.js';
import { plainVerbs } from '../../core/commitment/vocabulary.js';
import { parseNote } from '../../core/index.js';
import { timeWordsRe } from '../../core/todo-apart.js';
import { statedCadence } from '../../core/tracking/schedule.js';
import { parseYaml } from '../support/yaml.js';

/** Words a to-do is made of: verbs, objects, and words about time and how often that hold no time word. */
const pool = [
  ...[...plainVerbs].slice(0, 120),
  ...'the a my our up out email invoice report slides draft budget kids garden release sample chart doc proposal quote'.split(' '),
  ...'quarterly yearly annually hourly regularly often always usually sometimes twice once thrice times every each per other alternate later soon asap whenever possible again first last one two three ten few'.split(' '),
  ...'when if after before until by due within in at on for to from with and or then'.split(' '),
  // The words a reading says when with: none of them is in the pool while timeWordsRe holds it, and one dropped
  // from timeWordsRe comes into the pool, where a plan it times fails the test.
  ...'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tues Wed Thurs Fri weekday weekdays weekend weeknights weekly monthly daily nightly fortnightly week month fortnight day days night morning evening afternoon noon tonight session sessions next meeting bedtime wake waking breakfast lunch dinner supper shower coffee tea commute 7am 9:30'.split(
    ' ',
  ),
].filter((w) => !timeWordsRe.test(w));

describe('to-dos set apart without being read', () => {
  it('should find no cadence, day or daily moment in words that hold no time word', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 9 }), (words) => {
        const text = words.join(' ');
        fc.pre(!timeWordsRe.test(text));
        const r = readCommitment(text);
        expect(statedCadence({ cadence: r.cadence, trigger: r.trigger })).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('should set apart exactly the to-dos the reading would, deadlines and labels and all', () => {
    const lead = fc.constantFrom('', 'Priya: ', '@Sam ', 'Ravi to ', 'Me: ', 'Monday: ', 'I to ');
    const word = fc.constantFrom(...pool, 'Check', 'Plan', 'Sofa', '-', 'and', 'then', 'b4', 'xmas', 'christmas', 'June', 'wedding', 'the', 'next', 'meeting', 'call');
    const deadline = fc.constantFrom('', ' by Friday', ' by friday', ' by Monday (me)', ' by christmas', ' by June', ' before the next meeting', ' b4 the wedding', ' by Sunday.', ' by the end of the week', ' by tomorrow');
    fc.assert(
      fc.property(lead, fc.array(word, { minLength: 1, maxLength: 6 }), deadline, fc.constantFrom('', ' by Friday', ' again'), (l, words, d, tail) => {
        const text = `${l}${words.join(' ')}${d}${tail}`.replace(/\s+/g, ' ').trim();
        // A dash first would open a list inside the item: the words would not be these.
        fc.pre(!text.startsWith('-'));
        const kept = parseNote(`## Action items\n\n- [ ] ${text}\n`, { parseYaml }).commitments.length === 1;
        const r = readCommitment(text);
        const reading = /^(?:if|when|whenever|after|before|once|as soon as|every time|each time|the moment)\b/i.test(text) || statedCadence({ cadence: r.cadence, trigger: r.trigger }) !== null;
        expect(kept, text).toBe(reading);
      }),
      { numRuns: 600 },
    );
  });

  it('should still read and keep a to-do whose words say when', () => {
    const note = [
      '## Action items',
      '',
      '- [ ] Send the budget to Sam',
      '- [ ] Update the release notes before the next meeting',
      '- [ ] Water the plants every other day',
      '- [ ] Stretch after lunch',
      '- [ ] Book the dentist 🔁 every month',
      '- [ ] When the kettle boils, do ten squats',
      '- [ ] Review the slides',
      '  - cadence:: 2 per week',
      '',
    ].join('\n');
    const texts = parseNote(note, { parseYaml }).commitments.map((c) => c.text);
    expect(texts).not.toContain('Send the budget to Sam');
    expect(texts).toEqual(
      expect.arrayContaining([
        'Update the release notes before the next meeting',
        'Water the plants every other day',
        'Stretch after lunch',
        'When the kettle boils, do ten squats',
        'Review the slides',
      ]),
    );
    expect(texts.some((t) => t.startsWith('Book the dentist'))).toBe(true);
  });

  it('should keep every to-do of a session note for the reading to decide', () => {
    const note = ['---', 'client: Sam', 'session: 2026-11-30', '---', '## Commitments', '', '- [ ] Send the pricing page to Ana by Friday', ''].join('\n');
    expect(parseNote(note, { parseYaml }).commitments.map((c) => c.todo)).toEqual([true]);
  });
});
