import type { FindingCode, Severity } from '../schema.js';
import { type Fit, areas } from './fit.js';

/** What a finding's words are built from. */
export interface FindingContext {
  intention: string | null;
  trigger: string | null;
  text: string;
  count?: number;
  /** The plan's area and part of the day, for examples from the client's own world. Default: neutral, morning. */
  fit?: Fit;
  /** What the reader is unsure of, in the client's words (`unclear-act`). */
  doubt?: string | null;
  /** The plan's language, when not English (`not-english`): its name, "German". */
  language?: string;
}

const neutral: Fit = { area: 'neutral', time: 'morning' };

function examples(c: FindingContext) {
  const fit = c.fit ?? neutral;
  const area = areas[fit.area];
  return { area, cue: area.cues[fit.time] };
}

/** A total over a long span ("read 20 books this year"): one moment holds a part of it, not all of it. */
const totalRe = /\b(?:this|a|next|per|each) (?:year|month|quarter)\b|\bin (?:20\d\d|a year)\b|\b(?:[1-9]\d{1,}|hundred|thousand)(?:,\d{3})?\s*(?:books?|km|kilometres?|kilometers?|miles?|pages|words|posts|hours)\b/i;

/** The act as it reads after "I'll" in an example: the plan's own words, or today's part of a total. */
function act(c: FindingContext, fallback: string): string {
  if (!c.intention) return fallback;
  if (totalRe.test(`${c.intention} ${c.text}`)) return `do today’s part of ‘${c.intention}’`;
  return c.intention;
}

/** One finding's severity, words and the research behind it, in one place for every adapter. */
export interface FindingWording {
  severity: Severity;
  /** A short title for tables and the side view. */
  title: string;
  message: (c: FindingContext) => string;
  suggestion: (c: FindingContext) => string;
}

function quote(text: string | null, fallback: string): string {
  if (!text) return fallback;
  const short = text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text;
  return `“${short}”`;
}

export const wording: Record<FindingCode, FindingWording> = {
  'missing-trigger': {
    severity: 'warning',
    title: 'No trigger yet',
    message: (c) =>
      `${quote(c.intention, 'This commitment')} isn't tied to a moment yet, so it has to compete with everything else in the week.`,
    suggestion: (c) =>
      `Pick something that already happens and write it as an if-then plan: “${examples(c).cue}, I'll ${act(c, 'take the first step')}.”`,
  },
  'vague-trigger': {
    severity: 'warning',
    title: 'Trigger is a judgment, not a moment',
    message: (c) =>
      `${quote(c.trigger, 'The trigger')} depends on how the week feels, and a moment like that rarely arrives on its own.`,
    suggestion: (c) =>
      `Name a moment that already happens in your week: a time and place (“at 8 a.m. at my desk”) or something you already do: “${examples(c).cue}, I'll ${act(c, 'start')}.”`,
  },
  'day-without-time': {
    severity: 'info',
    title: 'A day without a time',
    message: (c) => `${quote(c.trigger, 'The trigger')} names a day but not a time.`,
    suggestion: () => 'Adding the time makes it easier to notice when the day comes: “on Monday at 9 a.m.”.',
  },
  'missing-coping-plan': {
    severity: 'info',
    title: 'No backup plan',
    message: (c) => `${quote(c.intention, 'This commitment')} has no backup plan for the week that doesn't go to plan.`,
    suggestion: (c) => {
      const { obstacle, response } = examples(c).area.coping;
      return `Think of the most likely thing to get in the way, and what you will do then: “If ${obstacle}, then I’ll ${response}.”`;
    },
  },
  'vague-intention': {
    severity: 'warning',
    title: 'The act is not concrete yet',
    message: (c) => `${quote(c.intention, 'This commitment')} doesn't yet say what you would actually do.`,
    suggestion: (c) => {
      const [a, b, d] = examples(c).area.acts;
      return `Picture the moment: what would you do, and how much? For example “${a}”, “${b}” or “${d}”.`;
    },
  },
  'outcome-goal': {
    severity: 'warning',
    title: 'A result, not an action',
    message: (c) =>
      `${quote(c.intention, 'This commitment')} is a result, and results depend partly on things outside your control.`,
    suggestion: (c) =>
      `Keep it as the aim, and add what you would do each week that moves it, such as “${examples(c).area.process}”: that part is yours to do, while ${quote(c.intention, 'the result')} depends on more than you.`,
  },
  'negated-action': {
    severity: 'warning',
    title: 'Says what not to do',
    message: (c) =>
      `${quote(c.intention, 'This plan')} says what you won't do, and a plan like that can keep the old habit on your mind.`,
    suggestion: (c) => `Name what you will do instead: ${examples(c).area.instead}`,
  },
  'homework-language': {
    severity: 'info',
    title: '“Homework”',
    message: () => '“Homework” can make a plan feel like a test to pass.',
    suggestion: () => 'Call it a commitment, an experiment or a practice: it is yours, not an assignment.',
  },
  'unclear-act': {
    severity: 'warning',
    title: 'Not sure which part is the act',
    message: (c) => c.doubt ?? `Follow Through is not sure which part of ${quote(c.text, 'this commitment')} is the act.`,
    suggestion: (c) =>
      `Write the one thing you will do as its own item, with its moment: “${examples(c).cue}, I'll …”. Anything else can go in a sub-item or the session notes.`,
  },
  'not-english': {
    severity: 'info',
    title: 'Not in English',
    message: (c) =>
      `This commitment looks like it is written in ${c.language ?? 'another language'}. Follow Through reads plans written in English for now, so it has not checked this one.`,
    suggestion: () =>
      'It is still tracked as you wrote it. If you would like its trigger and backup plan checked, write the plan in English; otherwise nothing needs to change.',
  },
  'too-many-commitments': {
    severity: 'info',
    title: 'Many commitments in one note',
    message: (c) => `This note holds ${c.count ?? 'many'} commitments.`,
    suggestion: () =>
      'Plans start to compete when there are many at once: keep it small, with the one to three that matter most this week, and park the rest.',
  },
};
