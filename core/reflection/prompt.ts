// The words Follow Through writes when a period closes with something left
// undone. The shape is the article's: acknowledge what happened (with credit
// for what was done), ask about the plan in the client's own words, ask what
// they learned, close with belief. It speaks of the act and its context, never
// of the person; see shared/domain/evidence.md, "Answering a miss".

import type { CopingPlan, IfMissed } from '../schema.js';
import { fnv1a } from '../hash.js';
import { dayNumber } from '../tracking/dates.js';

/** The tones a client can choose in `if-missed` (besides `none`). */
export type Tone = Exclude<IfMissed, 'none'>;

/** What a prompt is about. */
export interface PromptInput {
  tone: Tone;
  status: 'partial' | 'missed';
  done: number;
  target: number;
  /** The period's label, "Week of 23 Nov". */
  periodLabel: string;
  /** ISO start of the period, used (with the id) to pick phrasings. */
  periodStart: string;
  commitmentId: string;
  intention: string | null;
  trigger: string | null;
  coping: readonly CopingPlan[];
  /** True when misses have become a pattern: the prompt then asks about the plan itself. */
  pattern: boolean;
  /** What a period is called in the prompt's words. Default: week. */
  unit?: 'week' | 'month' | 'stretch';
}

/** A prompt ready to write: the callout's title and its paragraphs. */
export interface Prompt {
  title: string;
  paragraphs: string[];
}

type Phrases = Record<Tone, readonly string[]>;

const acknowledgePartial: Phrases = {
  curious: [
    '{done} of {target} happened this {unit}, and that counts.',
    'This {unit}: {done} of {target} done, and what happened is worth a look too.',
    '{done} of {target} got done this {unit}.',
  ],
  gentle: [
    '{done} of {target} this {unit}. That is real progress.',
    'You made room for {done} of {target} this {unit}.',
    '{done} of {target} this {unit}, in the middle of everything else.',
  ],
  direct: ['{done} of {target} this {unit}.', 'This {unit}: {done} of {target}.', '{done} of {target} done this {unit}. Let’s look at the rest plainly.'],
};

const acknowledgeMissed: Phrases = {
  curious: [
    'This one didn’t happen this {unit}. That is useful information about the plan.',
    'The {unit} went by without this one happening, so let’s get curious about it.',
    'This {unit}, the plan didn’t find its moment.',
  ],
  gentle: [
    'This one didn’t happen this {unit}. Stretches like that come to everyone.',
    'This one didn’t fit into this {unit}, and that’s okay.',
    'No tick here this {unit}. That happens, and it is worth a kind look.',
  ],
  direct: [
    'This didn’t happen this {unit}.',
    'This {unit}, this one didn’t get done.',
    'The plan didn’t happen this {unit}. Let’s look at it plainly.',
  ],
};

const whatHelped = [
  'What made the {one} that happened possible?',
  'What helped on the day it did happen?',
  'What was different about the time it worked?',
];

const triggerQuestions = [
  'Did the moment you chose, “{trigger}”, come around this {unit}? What was going on around it?',
  'Think back to “{trigger}”: did that moment come, and what happened next?',
  'How did “{trigger}” go this {unit}: did the moment come, and what was happening then?',
];

const noTriggerQuestions = [
  'When in the week could this fit, tied to something you already do?',
  'What moment in your week could be the cue for this?',
  'What already happens in your week that this could follow?',
];

const copingQuestions = [
  'Did “{obstacle}” come up? If it did, did the backup, “{response}”, get a chance?',
  'If “{obstacle}” happened, how did “{response}” go?',
  'Was “{obstacle}” part of it? And the backup, “{response}”: did it come up?',
];

const noCopingQuestions = [
  'What got in the way? If it is likely to come up again, what could you do when it does?',
  'What got in the way, and what could be your plan B next time it shows up?',
  'What was going on around the time you meant to do it? A backup plan for that could help next {unit}.',
];

const directChallenge = [
  'You said this matters to you, so it is worth a straight look at what got in the way.',
  'This is something you chose, so let’s be honest about what got in the way.',
  'You picked this for a reason; what got in the way is worth naming.',
];

const learn = [
  'What did you learn from this experience?',
  'What did you learn from this {unit}?',
  'What did you learn about this plan this {unit}?',
];

const belief: Phrases = {
  curious: [
    'You know yourself best, and next {unit} builds on this one.',
    'You’ve done hard things before; this one is yours too.',
    'Each week you look at this, the plan gets better.',
  ],
  gentle: [
    'Be kind to yourself: next {unit} builds on this one.',
    'You’ve done hard things before, and you can do this too.',
    'Whatever you find, it helps the plan fit your life.',
  ],
  direct: [
    'You can do this.',
    'You’ve done hard things before, and this one too.',
    'This matters to you, and you have what it takes.',
  ],
};

const patternOpening = [
  'This one has been hard to fit in lately.',
  'Lately, this plan and your weeks haven’t been meeting.',
  'This one hasn’t found its place in the week lately.',
];

const patternQuestion = [
  'Is this still something you want?',
  'Does this still matter to you the way it did when you chose it?',
  'Is this still the right commitment for now?',
];

const patternOptions =
  'You could keep it as it is, change the time or place, shrink it to a smaller version, or pause it for now (set its status to paused). It is a good question for your next session too.';

/**
 * Pick a phrasing: fixed for a commitment, part and period (so a rerun writes
 * the same words), and one step further each week (so consecutive weeks differ).
 */
function pick<T>(options: readonly T[], input: PromptInput, part: string): T {
  const week = Math.floor(dayNumber(input.periodStart) / 7);
  const index = (fnv1a(`${input.commitmentId}:${part}`) + week) % options.length;
  return options[index] as T;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_all, key: string) => values[key] ?? '');
}

function tidyQuote(text: string): string {
  return text.replace(/[.!?;:,\s]+$/, '').replace(/[“”]/g, '"');
}

/** Write the reflection prompt for a period that closed with something left undone. */
export function reflectionPrompt(input: PromptInput): Prompt {
  const unit = input.unit ?? 'week';
  const values = {
    unit,
    done: String(input.done),
    target: String(input.target),
    one: input.done === 1 ? 'one' : 'ones',
    trigger: input.trigger ? tidyQuote(input.trigger) : '',
  };

  const planQuestions: string[] = [];
  planQuestions.push(fill(pick(input.trigger ? triggerQuestions : noTriggerQuestions, input, 'trigger'), values));
  const plan = input.coping[0];
  if (plan && plan.obstacle && plan.response) {
    planQuestions.push(fill(pick(copingQuestions, input, 'coping'), { obstacle: tidyQuote(plan.obstacle), response: tidyQuote(plan.response) }));
  } else {
    planQuestions.push(fill(pick(noCopingQuestions, input, 'coping'), values));
  }

  const closing = fill(`${pick(learn, input, 'learn')} ${pick(belief[input.tone], input, 'belief')}`, values);

  if (input.pattern) {
    return {
      title: `${input.periodLabel} · is this still the right plan?`,
      paragraphs: [
        `${pick(patternOpening, input, 'pattern')} ${pick(patternQuestion, input, 'pattern-question')}`,
        patternOptions,
        closing,
      ],
    };
  }

  const opening =
    input.status === 'partial'
      ? `${fill(pick(acknowledgePartial[input.tone], input, 'ack'), values)} ${fill(pick(whatHelped, input, 'helped'), values)}`
      : fill(pick(acknowledgeMissed[input.tone], input, 'ack'), values);
  const title = input.status === 'partial' ? `${input.periodLabel} · ${input.done} of ${input.target}` : `${input.periodLabel} · a ${unit} to look at`;

  // A gentle check-in asks one question about the plan; a direct one adds a respectful challenge.
  const questions = input.tone === 'gentle' ? planQuestions.slice(0, 1) : planQuestions;
  const middle = input.tone === 'direct' ? [pick(directChallenge, input, 'challenge'), ...questions] : questions;
  return { title, paragraphs: [opening, middle.join(' '), closing] };
}
