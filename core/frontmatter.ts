import { type Diagnostic, type NoteMeta, ifMissedValues, nameText, oneOf, weekStartValues } from './schema.js';

/** Parse YAML text into a value; throw on broken YAML (the CLI passes `yaml`'s `parse` after its quick reader of simple frontmatter, the plugin Obsidian's `parseYaml`). */
export type YamlParser = (source: string) => unknown;

/** The frontmatter keys Follow Through reads. Every other key is the user's and is left alone. */
export const frontmatterKeys = ['client', 'session', 'next-session', 'follow-up', 'if-missed', 'week-start', 'breaks', 'track-until'] as const;

export const defaultMeta: NoteMeta = {
  client: null,
  session: null,
  nextSession: null,
  followUp: null,
  ifMissed: 'curious',
  weekStart: 'monday',
  breaks: [],
};

/** The days' usual short forms, read as their full names. */
const shortDays: Readonly<Record<string, string>> = {
  mon: 'monday',
  tue: 'tuesday',
  tues: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  thur: 'thursday',
  thurs: 'thursday',
  fri: 'friday',
  sat: 'saturday',
  sun: 'sunday',
};

/** A day as written in a note (`Sunday`, `sunday`, `Sun`, `sun.`), in the form the schema reads; any case, as `if-missed` is read. */
function dayName(raw: string): string {
  const word = raw.trim().toLowerCase().replace(/\.$/, '');
  return shortDays[word] ?? word;
}

/** A note's settings before its frontmatter is read: the defaults, with the adapter's own choices over them. Built field by field: a vault index makes one per note. */
export function freshMeta(defaults: Partial<Pick<NoteMeta, 'ifMissed' | 'weekStart'>> = {}): NoteMeta {
  return {
    client: null,
    session: null,
    nextSession: null,
    followUp: null,
    ifMissed: defaults.ifMissed ?? defaultMeta.ifMissed,
    weekStart: defaults.weekStart ?? defaultMeta.weekStart,
    breaks: [],
  };
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Undo what YAML makes of an unquoted link: `key: [[Dana]]` is read as a list
 * holding a list holding "Dana". Give back the `[[Dana]]` that was meant.
 */
function unquotedLink(value: unknown): unknown {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) {
    const inner: unknown = value[0][0];
    if (typeof inner === 'string' || typeof inner === 'number') return `[[${inner}]]`;
  }
  return value;
}

/** Read a date written as `2026-11-24`, `2026-11-24 10:00`, `[[2026-11-24]]` (quoted or not) or a YAML date. */
export function readDate(input: unknown): string | undefined {
  const value = unquotedLink(input);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const text = value
    .trim()
    .replace(/^\[\[([^\]|]+)(?:\|[^\]]*)?\]\]$/, '$1')
    .trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!m || !m[1]) return undefined;
  const parts = isoDate.exec(m[1]);
  if (!parts) return undefined;
  const [y, mo, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return m[1];
}

/** Read the text of a name: a string, or a one-item list, or a `[[link]]` (quoted or not). */
function readName(input: unknown): string | undefined {
  const value = unquotedLink(input);
  const raw: unknown = Array.isArray(value) && value.length === 1 ? value[0] : value;
  const text = nameText(typeof raw === 'number' ? String(raw) : raw);
  if (text === undefined) return undefined;
  return text.replace(/^\[\[([^\]|]+)(?:\|([^\]]*))?\]\]$/, (_m, target: string, alias?: string) => alias ?? target);
}

/** Find the 1-based note line of a top-level key in the frontmatter. */
function keyLine(sourceLines: readonly string[], key: string, firstLine: number): number {
  const index = sourceLines.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`) || l.startsWith(`'${key}':`));
  return index < 0 ? firstLine : firstLine + index;
}

/** Pull a line number out of a YAML parser's error, whatever the parser. */
function errorLine(error: unknown): number | undefined {
  if (error && typeof error === 'object') {
    const e = error as { linePos?: Array<{ line?: number }>; mark?: { line?: number } };
    const fromLinePos = e.linePos?.[0]?.line;
    if (typeof fromLinePos === 'number') return fromLinePos; // yaml: 1-based
    if (typeof e.mark?.line === 'number') return e.mark.line + 1; // js-yaml: 0-based
  }
  const m = /line (\d+)/i.exec(String(error instanceof Error ? error.message : error));
  return m?.[1] ? Number(m[1]) : undefined;
}

function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/\s+at line \d+, column \d+:?$/i, '').trim();
}

/**
 * Read Follow Through's keys from a note's frontmatter.
 *
 * `source` is the YAML between the fences; `firstLine` the 1-based note line
 * of its first line. A broken value becomes a diagnostic and its default is
 * used; the other keys still count.
 */
export function readFrontmatter(
  source: string,
  firstLine: number,
  parseYaml: YamlParser,
  defaults: Partial<Pick<NoteMeta, 'ifMissed' | 'weekStart'>> = {},
): { meta: NoteMeta; diagnostics: Diagnostic[] } {
  const meta = freshMeta(defaults);
  if (source.trim() === '') return { meta, diagnostics: [] };
  const parsed = propertiesOf(source, firstLine, parseYaml);
  if (!parsed.record) return { meta, diagnostics: parsed.diagnostics };
  return { meta, diagnostics: readKeys(parsed.record, meta, source.split(/\r?\n/), firstLine) };
}

/** The YAML as key-value pairs, or the diagnostic that says why it cannot be read (none for empty YAML). */
function propertiesOf(source: string, firstLine: number, parseYaml: YamlParser): { record?: Record<string, unknown>; diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    const line = errorLine(error);
    const text = error instanceof Error ? error.message : String(error);
    const diagnostic: Diagnostic = {
      code: 'invalid-frontmatter',
      severity: 'warning',
      line: line === undefined ? firstLine : firstLine + line - 1,
      column: 1,
      message: `The properties at the top of this note could not be read: ${firstSentence(text)}.`,
      suggestion:
        'Check that each property is on its own line as "key: value", and put quotes around values that hold a colon. The commitments below are still read; Follow Through uses its defaults until this is fixed.',
    };
    return { diagnostics: [diagnostic] };
  }
  if (data === null || data === undefined) return { diagnostics: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    const diagnostic: Diagnostic = {
      code: 'invalid-frontmatter',
      severity: 'warning',
      line: firstLine,
      column: 1,
      message: 'The properties at the top of this note are not a list of "key: value" pairs.',
      suggestion: 'Write each property on its own line, like "client: Dana".',
    };
    return { diagnostics: [diagnostic] };
  }
  return { record: data as Record<string, unknown>, diagnostics: [] };
}

/** Read Follow Through's keys into `meta`; a value it cannot use is a diagnostic on its line, and its default stays. */
function readKeys(record: Record<string, unknown>, meta: NoteMeta, lines: readonly string[], firstLine: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const bad = (key: string, value: unknown, valid: string): void => {
    diagnostics.push({
      code: 'invalid-frontmatter',
      severity: 'warning',
      line: keyLine(lines, key, firstLine),
      column: 1,
      message: `"${key}" is ${JSON.stringify(value) ?? String(value)}, which Follow Through can't use.`,
      suggestion: `Use ${valid}. Until then the default is used.`,
    });
  };
  const present = (key: string): boolean => key in record && record[key] !== null && record[key] !== undefined && record[key] !== '';

  if (present('client')) {
    const name = readName(record.client);
    if (name) meta.client = name;
    else bad('client', record.client, 'the client\'s name, like "client: Dana"');
  }
  for (const [key, field] of [
    ['session', 'session'],
    ['next-session', 'nextSession'],
  ] as const) {
    if (!present(key)) continue;
    const date = readDate(record[key]);
    if (date) meta[field] = date;
    else bad(key, record[key], `a date written as YYYY-MM-DD, like "${key}: 2026-11-24"`);
  }
  if (present('track-until')) {
    const date = readDate(record['track-until']);
    if (date) meta.trackUntil = date;
    else bad('track-until', record['track-until'], 'the last day to track, written as YYYY-MM-DD, like "track-until: 2027-02-28"');
  }
  if (present('follow-up')) {
    const followUp = record['follow-up'];
    const text = Array.isArray(followUp) ? followUp.map(String).join(', ') : typeof followUp === 'string' ? followUp : undefined;
    if (text !== undefined && text.trim()) meta.followUp = text.trim();
    else bad('follow-up', followUp, 'a few words on how you would like to be followed up, like "follow-up: a one-line message on Friday"');
  }
  if (present('if-missed')) {
    const raw = record['if-missed'];
    const value = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
    if (oneOf(ifMissedValues, value)) meta.ifMissed = value;
    else bad('if-missed', raw, 'one of curious, gentle, direct or none');
  }
  if (present('week-start')) {
    const raw = record['week-start'];
    const value = typeof raw === 'string' ? dayName(raw) : raw;
    if (oneOf(weekStartValues, value)) meta.weekStart = value;
    else bad('week-start', raw, 'a day of the week, like "week-start: sunday" or "week-start: Sun"');
  }
  if (present('breaks')) {
    const raw = record.breaks;
    const entries = Array.isArray(raw) ? raw : [raw];
    for (const entry of entries) {
      const range = readRange(entry);
      if (range) meta.breaks.push(range);
      else bad('breaks', entry, 'a date or a range of dates, like "breaks: [2026-12-21 to 2027-01-03]"');
    }
  }
  return diagnostics;
}

/** Read a break: one date (its whole week is a break) or "START to END". */
function readRange(value: unknown): { start: string; end: string } | undefined {
  const single = readDate(value);
  if (single) return { start: single, end: single };
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\S+)\s*(?:to|until|–|—|-|\.\.)\s*(\S+)\s*$/.exec(value);
  if (!m) return undefined;
  const start = readDate(m[1]);
  const end = readDate(m[2]);
  if (!start || !end || end < start) return undefined;
  return { start, end };
}
