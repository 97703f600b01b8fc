import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/index.js';
import { type PromptInput, type Tone, reflectionPrompt } from '../../core/reflection/prompt.js';

// The tool's own words never blame or label the person: they speak of the act
// and its context (shared/domain/evidence.md, "Answering a miss"). The client's
// words, which prompts quote in “…”, are theirs and are left out of the check.

/** Language that shames, counts failures or makes a miss a verdict about the person. */
const shaming: Array<[string, RegExp]> = [
  ['why didn’t you', /\bwhy (?:didn['’]?t|did not|haven['’]?t|don['’]?t|can['’]?t|won['’]?t) you\b/i],
  ['should / should have', /\bshould(?:n['’]?t)?\b/i],
  ['fail, failed, failure', /\bfail(?:s|ed|ing|ure|ures)?\b/i],
  ['lazy', /\blaz(?:y|iness)\b/i],
  ['excuse', /\bexcuses?\b/i],
  ['disappointed', /\bdisappoint/i],
  ['you never / you always', /\byou (?:never|always)\b/i],
  ['you didn’t / you did not', /\byou (?:didn['’]?t|did not|haven['’]?t|have not|couldn['’]?t|weren['’]?t)\b/i],
  ['you forgot / you missed', /\byou (?:forgot|missed|skipped|dropped|let)\b/i],
  ['again?', /\bagain\s*\?/i],
  ['homework', /\bhome ?work\b/i],
  ['start over / start fresh / square one', /\b(?:start(?:ing)? (?:over|fresh|again|from scratch)|square one|reset)\b/i],
  ['counting misses', /\b(?:\d+|one|two|three|four|five|six|seven|several|many) (?:miss(?:es|ed)?|times? in a row|weeks? in a row|weeks? running)\b/i],
  ['missed count', /\bmissed\s+\d/i],
  ['“but” after an acknowledgement', /\bbut\b/i],
  ['identity labels', /\byou(?:['’]re| are) (?:not|never|always|bad|terrible|hopeless|unreliable|a procrastinator)\b|\bkind of person\b/i],
  ['blame and guilt', /\b(?:blame|fault|guilt|guilty|shame|ashamed|letting (?:me|us|yourself) down|let (?:me|us|yourself) down)\b/i],
  ['pressure', /\b(?:must|have to|need to|no excuses|unacceptable|not good enough)\b/i],
  ['streak talk', /\b(?:streak|broke|broken|behind|slipp(?:ed|ing)|fell off|gave up|give up)\b/i],
];

const commitments: Array<Pick<PromptInput, 'commitmentId' | 'intention' | 'trigger' | 'coping'>> = [
  {
    commitmentId: 'ft-16bh55',
    intention: 'reach out to two potential clients',
    trigger: 'when I sit down with my coffee on Monday',
    coping: [{ obstacle: 'Monday gets swallowed by meetings', response: 'do it first thing Tuesday' }],
  },
  { commitmentId: 'ft-mklddi', intention: 'work on my LinkedIn presence', trigger: null, coping: [] },
  { commitmentId: 'ft-aaaaaa', intention: 'meditate for sixty seconds', trigger: 'after I pour my morning cup of coffee', coping: [] },
  {
    commitmentId: 'ft-zz0001',
    intention: 'not eat sugar after 8 p.m.',
    trigger: 'when I have time', // a vague cue, quoted as the client wrote it
    coping: [{ obstacle: 'I fail and feel lazy', response: 'I should just start over' }], // shaming words in the client's own text
  },
  { commitmentId: 'ft-q1w2e3', intention: null, trigger: '7am on Monday', coping: [{ obstacle: '', response: '' }] },
  { commitmentId: 'abc-123', intention: 'lose 5 kg', trigger: null, coping: [] },
];

const tones: Tone[] = ['curious', 'gentle', 'direct'];
const units = ['week', 'month', 'stretch'] as const;

function inputs(): PromptInput[] {
  const out: PromptInput[] = [];
  for (const tone of tones)
    for (const c of commitments)
      for (const unit of units)
        for (let week = 0; week < 12; week++)
          for (const [status, done, target] of [
            ['missed', 0, 1],
            ['missed', 0, 5],
            ['partial', 1, 2],
            ['partial', 4, 7],
          ] as const)
            for (const pattern of [false, true])
              out.push({
                ...c,
                tone,
                status,
                done,
                target,
                pattern,
                unit,
                periodStart: addDays('2026-11-23', week * 7),
                periodLabel: `Week of ${week}`,
              });
  return out;
}

/** The tool's own words: the prompt without what it quotes from the client. */
function ownWords(input: PromptInput): string {
  const prompt = reflectionPrompt(input);
  return [prompt.title.replace(input.periodLabel, ''), ...prompt.paragraphs].join('\n').replace(/“[^”]*”/g, '“…”');
}

describe('reflection prompts never shame', () => {
  const all = inputs();

  it('should reach every phrasing the prompts can use (else the checks below would miss some words)', () => {
    // Each sentence the tool writes, as a template (numbers and the period's
    // name taken out), over the inputs checked here and over a far wider sweep
    // of ids and periods: any sentence the wide sweep finds and the checked
    // inputs do not is a sentence the no-shame checks never read.
    const template = (text: string) => text.replace(/\d+/g, '#').replace(/\b(?:week|month|stretch)s?\b/g, '{unit}');
    const sentences = (inputs: PromptInput[]) => new Set(inputs.flatMap((input) => ownWords(input).replace(/([.?!])\s+/g, '$1\n').split('\n').map(template)));
    const checked = sentences(all);
    const wide: PromptInput[] = [];
    for (let i = 0; i < 400; i++) {
      const base = all[(i * 7919) % all.length];
      if (base) wide.push({ ...base, commitmentId: `ft-wide${i}`, periodStart: addDays('2026-01-05', i * 7) });
    }
    const unseen = [...sentences(wide)].filter((s) => !checked.has(s));
    expect(unseen).toEqual([]);
    expect(checked.size).toBeGreaterThan(60);
  });

  it.each(shaming)('should never say anything like “%s”', (_name, pattern) => {
    const offending = all.map(ownWords).filter((text) => pattern.test(text));
    expect(offending.slice(0, 3)).toEqual([]);
  });

  it('should catch shaming words when they are there (the guard itself works)', () => {
    const samples = [
      'Why didn’t you do it?',
      'You should have started earlier.',
      'That was a failure.',
      'You missed 3 days.',
      'Again?',
      'You never follow through.',
      'Let’s start over.',
      'Good week, but not enough.',
    ];
    for (const sample of samples) expect(shaming.some(([, p]) => p.test(sample)), sample).toBe(true);
  });

  it('should ask what was learned in every prompt', () => {
    for (const input of all) expect(ownWords(input)).toMatch(/\bwhat did you learn\b/i);
  });

  it('should credit what was done when a period was partial', () => {
    for (const input of all.filter((i) => i.status === 'partial' && !i.pattern)) {
      expect(reflectionPrompt(input).paragraphs[0]).toContain(`${input.done} of ${input.target}`);
    }
  });

  it('should quote the client’s trigger and backup plan in their own words', () => {
    const input = all.find((i) => i.commitmentId === 'ft-16bh55' && !i.pattern && i.tone === 'curious');
    const text = input ? reflectionPrompt(input).paragraphs.join(' ') : '';
    expect(text).toContain('“when I sit down with my coffee on Monday”');
    expect(text).toContain('“do it first thing Tuesday”');
  });

  it('should invite a backup plan when there is none', () => {
    for (const input of all.filter((i) => i.coping.length === 0 && !i.pattern && i.tone !== 'gentle')) {
      expect(reflectionPrompt(input).paragraphs.join(' ')).toMatch(/got in the way|backup plan|plan B/i);
    }
  });

  it('should write the same words for the same commitment and period', () => {
    for (const input of all.slice(0, 200)) expect(reflectionPrompt(input)).toEqual(reflectionPrompt({ ...input }));
  });

  it('should not repeat last week’s prompt word for word', () => {
    for (const input of all) {
      const next = { ...input, periodStart: addDays(input.periodStart, 7) };
      expect(reflectionPrompt(next).paragraphs).not.toEqual(reflectionPrompt(input).paragraphs);
    }
  });

  it('should ask about the plan itself, without counting, when misses form a pattern', () => {
    for (const input of all.filter((i) => i.pattern)) {
      const text = ownWords(input);
      expect(text).toMatch(/still/i);
      expect(text).toMatch(/keep it.*change the time or place.*shrink it.*pause it/is);
    }
  });
});
