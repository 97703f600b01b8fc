import * as z from 'zod/mini';

// The shapes core hands to every adapter. Each schema and its type share a
// name; the command line's JSON and the plugin's views are these objects.

export const DayCode = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type DayCode = z.infer<typeof DayCode>;

export const Cadence = z.object({
  count: z.number().check(z.int(), z.positive()),
  per: z.enum(['day', 'week', 'month', 'period']),
  days: z.optional(z.array(DayCode)),
  once: z.optional(z.boolean()),
});
export type Cadence = z.infer<typeof Cadence>;

export const CopingPlan = z.object({ obstacle: z.string(), response: z.string() });
export type CopingPlan = z.infer<typeof CopingPlan>;

export const Severity = z.enum(['info', 'warning']);
export type Severity = z.infer<typeof Severity>;

export const FindingCode = z.enum([
  'missing-trigger',
  'vague-trigger',
  'day-without-time',
  'missing-coping-plan',
  'vague-intention',
  'outcome-goal',
  'negated-action',
  'homework-language',
  'too-many-commitments',
]);
export type FindingCode = z.infer<typeof FindingCode>;

export const Finding = z.object({
  code: FindingCode,
  severity: Severity,
  message: z.string(),
  suggestion: z.string(),
});
export type Finding = z.infer<typeof Finding>;

export const DiagnosticCode = z.enum(['invalid-frontmatter', 'invalid-field', 'too-many-commitments', 'duplicate-id']);
export type DiagnosticCode = z.infer<typeof DiagnosticCode>;

/** A problem with the note itself rather than with one commitment; `line` is 1-based. */
export const Diagnostic = z.object({
  code: DiagnosticCode,
  severity: Severity,
  line: z.number(),
  column: z.number(),
  message: z.string(),
  suggestion: z.optional(z.string()),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const Commitment = z.object({
  /** `ft-…`: the block id on the commitment's line, else derived from its text. */
  id: z.string(),
  /** 1-based line of the commitment's list item. */
  line: z.number(),
  /** 1-based last line of the item and everything nested under it. */
  endLine: z.number(),
  /** The commitment's words, as plain text (Markdown, tags, fields and block id removed). */
  text: z.string(),
  intention: z.nullable(z.string()),
  trigger: z.nullable(z.string()),
  coping: z.array(CopingPlan),
  cadence: z.nullable(Cadence),
  kind: z.enum(['process', 'outcome']),
  deadline: z.nullable(z.string()),
  /** Where the reading came from: the words, explicit fields, or both. */
  source: z.enum(['text', 'fields', 'both']),
  /** The block id written on the commitment's line, if any (without `^`). */
  blockId: z.nullable(z.string()),
  /** The client's own choice for this commitment (`status::`), if any. */
  status: z.enum(['active', 'paused', 'retired']),
  /** A short name for reports: the `label::` field, else the intention's first words. */
  label: z.string(),
  findings: z.array(Finding),
});
export type Commitment = z.infer<typeof Commitment>;

export const IfMissed = z.enum(['curious', 'gentle', 'direct', 'none']);
export type IfMissed = z.infer<typeof IfMissed>;

export const WeekStart = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export type WeekStart = z.infer<typeof WeekStart>;

/** What Follow Through reads from a note's frontmatter; every key is optional. */
export const NoteMeta = z.object({
  client: z.nullable(z.string()),
  session: z.nullable(z.string()),
  nextSession: z.nullable(z.string()),
  followUp: z.nullable(z.string()),
  ifMissed: IfMissed,
  weekStart: WeekStart,
  /** Breaks (holidays): date ranges, inclusive, when nothing is tracked. */
  breaks: z.array(z.object({ start: z.string(), end: z.string() })),
});
export type NoteMeta = z.infer<typeof NoteMeta>;

export const ParsedNote = z.object({
  meta: NoteMeta,
  commitments: z.array(Commitment),
  diagnostics: z.array(Diagnostic),
});
export type ParsedNote = z.infer<typeof ParsedNote>;
