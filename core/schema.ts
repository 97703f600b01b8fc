import * as z from 'zod/mini';
import { dayCodes } from './commitment/vocabulary.js';

// The shapes core hands to every adapter. Each schema and its type share a
// name; the command line's JSON and the plugin's views are these objects.
//
// Every zod call here is marked pure, and what the adapters need at run time (an
// enum's values, a check that a value is one of them) is plain code beside the
// schema: the whole-note schemas are for tests and for people scripting against
// the JSON. That keeps zod out of the plugin (about 10 KB), which must stay under
// 300,000 bytes; test/core/schema-checks.test.ts holds each plain check to its schema.

/** Short day codes, Monday first (the reader's list, core/commitment/vocabulary.ts). */
export const DayCode = /* @__PURE__ */ z.enum(dayCodes);
export type DayCode = z.infer<typeof DayCode>;

export const Cadence = /* @__PURE__ */ z.object({
  count: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive()),
  per: /* @__PURE__ */ z.enum(['day', 'week', 'month', 'period']),
  days: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(DayCode)),
  once: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
export type Cadence = z.infer<typeof Cadence>;

export const CopingPlan = /* @__PURE__ */ z.object({ obstacle: /* @__PURE__ */ z.string(), response: /* @__PURE__ */ z.string() });
export type CopingPlan = z.infer<typeof CopingPlan>;

export const Severity = /* @__PURE__ */ z.enum(['info', 'warning']);
export type Severity = z.infer<typeof Severity>;

export const FindingCode = /* @__PURE__ */ z.enum([
  'missing-trigger',
  'vague-trigger',
  'day-without-time',
  'missing-coping-plan',
  'vague-intention',
  'outcome-goal',
  'negated-action',
  'homework-language',
  'too-many-commitments',
  'unclear-act',
  'not-english',
]);
export type FindingCode = z.infer<typeof FindingCode>;

export const Finding = /* @__PURE__ */ z.object({
  code: FindingCode,
  severity: Severity,
  message: /* @__PURE__ */ z.string(),
  suggestion: /* @__PURE__ */ z.string(),
});
export type Finding = z.infer<typeof Finding>;

export const DiagnosticCode = /* @__PURE__ */ z.enum(['invalid-frontmatter', 'invalid-field', 'too-many-commitments', 'duplicate-id', 'field-on-wrapped-line', 'too-many-items']);
export type DiagnosticCode = z.infer<typeof DiagnosticCode>;

/** A problem with the note itself rather than with one commitment; `line` is 1-based. */
export const Diagnostic = /* @__PURE__ */ z.object({
  code: DiagnosticCode,
  severity: Severity,
  line: /* @__PURE__ */ z.number(),
  column: /* @__PURE__ */ z.number(),
  message: /* @__PURE__ */ z.string(),
  suggestion: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/** What a commitment aims at: something the client does, or a result. */
export const commitmentKinds = ['process', 'outcome'] as const;
export const CommitmentKind = /* @__PURE__ */ z.enum(commitmentKinds);
export type CommitmentKind = z.infer<typeof CommitmentKind>;

/** How a period went: still open, met, partly done, or missed. */
export const periodStatuses = ['open', 'met', 'partial', 'missed'] as const;
export const PeriodStatus = /* @__PURE__ */ z.enum(periodStatuses);
export type PeriodStatus = z.infer<typeof PeriodStatus>;

export const Commitment = /* @__PURE__ */ z.object({
  /** `ft-…`: the block id on the commitment's line, else derived from its text. */
  id: /* @__PURE__ */ z.string(),
  /** 1-based line of the commitment's list item. */
  line: /* @__PURE__ */ z.number(),
  /** 1-based last line of the item and everything nested under it. */
  endLine: /* @__PURE__ */ z.number(),
  /** The commitment's words, as plain text (Markdown, tags, fields and block id removed). */
  text: /* @__PURE__ */ z.string(),
  intention: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  trigger: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  coping: /* @__PURE__ */ z.array(CopingPlan),
  cadence: /* @__PURE__ */ z.nullable(Cadence),
  kind: CommitmentKind,
  deadline: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  /** Where the reading came from: the words, explicit fields, or both. */
  source: /* @__PURE__ */ z.enum(['text', 'fields', 'both']),
  /** The block id written on the commitment's line, if any (without `^`). */
  blockId: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  /** The client's own choice for this commitment (`status::`), if any. */
  status: /* @__PURE__ */ z.enum(['active', 'paused', 'retired']),
  /** A short name for reports: the `label::` field, else the intention's first words. */
  label: /* @__PURE__ */ z.string(),
  findings: /* @__PURE__ */ z.array(Finding),
  /**
   * True for a to-do kept because it has a deadline in a session note: a task
   * item with no cadence and no cue. Its own checkbox is its record: nothing is
   * added under it, and at most one prompt when its deadline passes unticked.
   */
  todo: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** For such a to-do: whether its checkbox holds a mark (it is then done). Part of the reading, so a reading kept without the note's lines still knows. */
  todoDone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
export type Commitment = z.infer<typeof Commitment>;

/** The tones a missed period is followed up in: IfMissed's values. */
export const ifMissedValues = ['curious', 'gentle', 'direct', 'none'] as const;
export const IfMissed = /* @__PURE__ */ z.enum(ifMissedValues);
export type IfMissed = z.infer<typeof IfMissed>;

/** The days a week may start on: WeekStart's values. */
export const weekStartValues = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const WeekStart = /* @__PURE__ */ z.enum(weekStartValues);
export type WeekStart = z.infer<typeof WeekStart>;

/**
 * Whether a value is one of the list's: what the zod enum above says of it, without zod's parser in the plugin
 * (about 10 KB of main.js for three checks). test/core/schema-checks.test.ts holds the two to the same answers.
 */
export function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** A name's text, trimmed, or undefined when there is none: what `z.string().check(z.trim(), z.minLength(1))` gives. */
export function nameText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t.length >= 1 ? t : undefined;
}

/** What Follow Through reads from a note's frontmatter; every key is optional. */
export const NoteMeta = /* @__PURE__ */ z.object({
  client: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  session: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  nextSession: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  followUp: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  ifMissed: IfMissed,
  weekStart: WeekStart,
  /** Breaks (holidays): date ranges, inclusive, when nothing is tracked. */
  breaks: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ start: /* @__PURE__ */ z.string(), end: /* @__PURE__ */ z.string() })),
  /** `track-until`: the last day to track, overriding the default horizon (set only when the note says so). */
  trackUntil: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
export type NoteMeta = z.infer<typeof NoteMeta>;

export const ParsedNote = /* @__PURE__ */ z.object({
  meta: NoteMeta,
  commitments: /* @__PURE__ */ z.array(Commitment),
  diagnostics: /* @__PURE__ */ z.array(Diagnostic),
});
export type ParsedNote = z.infer<typeof ParsedNote>;
