/**
 * Explicit fields, written Dataview-style on a commitment or its sub-items:
 * `[when:: …]`, `(then:: …)`, or a line `cadence:: 2 per week`. They are read
 * the way Dataview reads them (test/core/peer-readings.test.ts holds the two
 * readings side by side): brackets nest, links and escapes stay in the value,
 * keys may be bold, italic or code, and a key may be written with spaces,
 * dashes or underscores.
 */
export type FieldName = 'when' | 'then' | 'obstacle' | 'backup' | 'cadence' | 'kind' | 'status' | 'label';

/** The field names people can write, and the field each one sets. */
export const fieldAliases: Record<string, FieldName> = {
  when: 'when',
  trigger: 'when',
  cue: 'when',
  then: 'then',
  do: 'then',
  intention: 'then',
  obstacle: 'obstacle',
  'if-obstacle': 'obstacle',
  backup: 'backup',
  'backup-plan': 'backup',
  instead: 'backup',
  response: 'backup',
  cadence: 'cadence',
  'how-often': 'cadence',
  kind: 'kind',
  status: 'status',
  label: 'label',
  short: 'label',
};

/** A field found in the text. */
export interface Field {
  name: FieldName;
  value: string;
  /** Set on a line field read from a wrapped line (a line after the first): Dataview reads that one differently. */
  wrapped?: true;
}

/** A Dataview field as written: its raw key and value, how it was wrapped, and where it sits in the text. */
export interface RawField {
  key: string;
  value: string;
  wrapping: '[' | '(' | 'full-line';
  /** Where the field starts and ends in the text (end exclusive; the brackets included). */
  start: number;
  end: number;
}

const closer: Record<string, string> = { '[': ']', '(': ')' };

/** The closing bracket of a value that starts at `from`, counting nested brackets of its own kind and skipping escapes; -1 if it never closes. */
function closeOf(text: string, from: number, open: string): number {
  const close = closer[open] ?? ']';
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '\n') return -1;
    if (ch === open) depth++;
    else if (ch === close) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * The bracketed fields in a text, as Dataview reads them: `[key:: value]` and
 * `(key:: value)`. The key holds no bracket; the value runs to the bracket that
 * closes the field, nested brackets of the same kind and `\`-escapes included. A
 * field that never closes is not a field, and neither is a bracket right after
 * `]` (Markdown's `[text][ref]`).
 */
export function inlineFields(text: string): RawField[] {
  const found: RawField[] = [];
  for (let i = 0; i < text.length; i++) {
    const open = text[i];
    if (open !== '[' && open !== '(') continue;
    if (open === '[' && text[i - 1] === ']') continue;
    const delim = text.indexOf('::', i + 1);
    if (delim < 0) break;
    const key = text.slice(i + 1, delim);
    if (/[[\]()\n]/.test(key)) continue;
    const end = closeOf(text, delim + 2, open);
    if (end < 0) continue;
    found.push({ key: key.trim(), value: text.slice(delim + 2, end).trim(), wrapping: open, start: i, end: end + 1 });
    i = end;
  }
  return found;
}

/** Emoji and their joiners and selectors, which Dataview leaves out of a line field's key. */
const emojiRe = /\p{Extended_Pictographic}|\u200d|\ufe0f/gu;
/** Markup wrapping a key (`**when**`, `*when*`, `~~when~~`, `` `when` ``), which Dataview strips. */
const keyWrapRe = /^(?:\*\*|\*|~~|`)+|(?:\*\*|\*|~~|`)+$/g;
/** What a line field's key may hold once its markup and emoji are gone. */
const lineKeyRe = /^[\p{L}\p{N}_/ \t-]*$/u;

/**
 * A field that takes a whole line, `key:: value`, as Dataview reads one: the key
 * is what comes before the first `::`, without its markup, emoji or a leading
 * `#`; a key with other punctuation (a URL, `Note: when`, a link) makes no field.
 */
export function fullLineField(text: string): RawField | undefined {
  const delim = text.indexOf('::');
  if (delim < 0) return undefined;
  const lead = text.length - text.trimStart().length;
  const raw = text.slice(lead, delim);
  const key = raw.replace(emojiRe, '').trim().replace(/^[#>\s]+/, '').replace(keyWrapRe, '').trim();
  if (!lineKeyRe.test(key)) return undefined;
  return { key, value: text.slice(delim + 2).trim(), wrapping: 'full-line', start: lead, end: text.length };
}

/** The Follow Through field a key names, whatever its case, markup or separators. */
export function fieldNameOf(key: string): FieldName | undefined {
  const plain = key.replace(keyWrapRe, '').trim().toLowerCase().replace(/[\s_]+/g, '-');
  return fieldAliases[plain];
}

/**
 * Take the fields out of a piece of text: returns those Follow Through knows,
 * and the text without any Dataview field (so the words read cleanly). Each line
 * is read for bracketed fields; a line without one may be a line field. (Dataview
 * joins a list item's wrapped lines into one text, so it reads a line field on a
 * wrapped line as part of the item's first line: `- Walk` / `  when:: after I park`
 * is the key "Walk when" there. Follow Through reads it as the `when` field, as a
 * person would, and lint suggests the sub-item form both read alike.)
 */
export function extractFields(text: string): { fields: Field[]; rest: string } {
  const fields: Field[] = [];
  const kept: string[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.includes('::')) {
      kept.push(line);
      continue;
    }
    const inline = inlineFields(line);
    if (inline.length === 0) {
      const whole = fullLineField(line);
      if (whole) {
        const name = fieldNameOf(whole.key);
        if (name) fields.push(index > 0 ? { name, value: whole.value, wrapped: true } : { name, value: whole.value });
        continue;
      }
      kept.push(line);
      continue;
    }
    let rest = '';
    let at = 0;
    for (const field of inline) {
      const name = fieldNameOf(field.key);
      if (name) fields.push({ name, value: field.value });
      rest += `${line.slice(at, field.start)} `;
      at = field.end;
    }
    kept.push(rest + line.slice(at));
  }
  return { fields, rest: kept.join('\n').replace(/[ \t]{2,}/g, ' ') };
}
