import type { CommitmentKind, Finding, FindingCode } from '../schema.js';
import { type FindingContext, wording } from './wording.js';
import { type Fit, fitOf } from './fit.js';
import { languageName } from '../commitment/language.js';
import { usesHomeworkLanguage } from '../commitment/read.js';

/** What the judge looks at in one commitment. */
export interface Judged {
  text: string;
  intention: string | null;
  trigger: string | null;
  copingCount: number;
  kind: CommitmentKind;
  vagueTrigger: boolean;
  vagueIntention: boolean;
  negated: boolean;
  /** What the reader is unsure of, in the client's words; null or absent when sure. */
  doubt?: string | null;
  /** The plan's language ('en' when absent). */
  language?: string;
}

const dayOnlyTrigger = /^(?:(?:every|each|on)\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?(?:\s*(?:,|and|&)\s*(?:and\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?)*$/i;

/** Build one finding from its code, with the words kept in `wording`. */
export function finding(code: FindingCode, context: FindingContext): Finding {
  const w = wording[code];
  return { code, severity: w.severity, message: w.message(context), suggestion: w.suggestion(context) };
}

/** Say kindly what would make a commitment stronger. */
export function judgeCommitment(c: Judged): Finding[] {
  const base = { intention: c.intention, trigger: c.trigger, text: c.text };
  // A plan in another language gets one honest note, and no advice built from a misreading.
  if (c.language && c.language !== 'en') return [finding('not-english', { ...base, language: languageName(c.language) })];
  // The fit (which area of life, which part of the day) is worked out only when a finding's words ask for it.
  let fit: Fit | undefined;
  const context: FindingContext = {
    ...base,
    get fit(): Fit {
      return (fit ??= fitOf(c.text || (c.intention ?? '')));
    },
    doubt: c.doubt ?? null,
  };
  const out: Finding[] = [];
  if (c.doubt) out.push(finding('unclear-act', context));
  if (c.kind === 'outcome') out.push(finding('outcome-goal', context));
  if (c.vagueIntention && c.kind === 'process') out.push(finding('vague-intention', context));
  if (c.negated) out.push(finding('negated-action', context));
  // A result has no moment to act: its finding asks for the act first, and the act gets its trigger.
  if (c.kind === 'process') {
    if (!c.trigger) out.push(finding('missing-trigger', context));
    else if (c.vagueTrigger) out.push(finding('vague-trigger', context));
    else if (dayOnlyTrigger.test(c.trigger.trim())) out.push(finding('day-without-time', context));
    if (c.copingCount === 0) out.push(finding('missing-coping-plan', context));
  }
  if (usesHomeworkLanguage(c.text)) out.push(finding('homework-language', context));
  return out;
}
