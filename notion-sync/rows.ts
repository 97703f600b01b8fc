// Local rows: one per checklist item of each tracked period, as the notes say
// they are; and the Notion property values that carry them. Pure.

import { type NoteDocument, type TrackedNote, clientOf, describeCadence, hashText, itemKeyText, parseItemKey } from '../core/index.js';
import { P } from './schema.js';

/**
 * Notion's request limits, https://developers.notion.com/reference/request-limits
 * (“Size limits”): characters per rich-text item, items per array, rows per page of results.
 */
export const richTextItemLimit = 2000;
export const arrayItemLimit = 100;
export const pageSizeLimit = 100;
/** Characters in a select option's name (Notion rejects longer ones, and commas). */
export const selectNameLimit = 100;

/** The properties the sync writes (all but Done and Reflection): the note wins for these. */
export interface RowContent {
  item: string;
  client: string;
  commitment: string;
  trigger: string;
  backup: string;
  cadence: string;
  kind: string;
  period: string;
  periodStart: string;
  status: string;
  progress: string;
  /** `obsidian://` link, or null when links are off. */
  note: string | null;
  key: string;
}

/** One checklist item, as the note says it is. */
export interface LocalRow {
  key: string;
  /** The note, relative to the vault, with `/`. */
  file: string;
  commitmentId: string;
  /** ISO date the period starts. */
  periodStart: string;
  n: number;
  content: RowContent;
  contentHash: string;
  done: boolean;
  /** True on each period's first item: the only row that carries the Reflection. */
  carriesReflection: boolean;
  /** The note's answer to the period's prompt (first item only), or null. */
  reflection: string | null;
}

/** Options for building rows. */
export interface RowOptions {
  /** Put an `obsidian://` link to the note on each row. Default: off (it reveals vault and note names). */
  noteLinks?: { vault: string } | undefined;
}

/** The content hash of a row's sync-written properties, as they would read back from Notion. */
export function contentHash(content: RowContent): string {
  const c = normalizeContent(content);
  return hashText(JSON.stringify([c.item, c.client, c.commitment, c.trigger, c.backup, c.cadence, c.kind, c.period, c.periodStart, c.status, c.progress, c.note, c.key]));
}

/** Content as Notion keeps it: select names cleaned, text within limits. */
export function normalizeContent(content: RowContent): RowContent {
  return {
    ...content,
    client: selectName(content.client),
    kind: selectName(content.kind),
    status: selectName(content.status),
    item: fitText(content.item),
    commitment: fitText(content.commitment),
    trigger: fitText(content.trigger),
    backup: fitText(content.backup),
    cadence: fitText(content.cadence),
    period: fitText(content.period),
    progress: fitText(content.progress),
  };
}

/** A select option's name: no commas (Notion rejects them), at most 100 characters. */
export function selectName(text: string): string {
  return text.replace(/,/g, ' ').replace(/\s+/g, ' ').trim().slice(0, selectNameLimit);
}

/** Text that fits one rich-text property (100 items of 2,000 characters). */
function fitText(text: string): string {
  return text.slice(0, richTextItemLimit * arrayItemLimit);
}

/** A row's stable key: `<commitment id>/<period start YYYYMMDD>/<n>` (core's item key, as the Key column writes it). */
export function rowKey(commitmentId: string, periodStart: string, n: number): string {
  return itemKeyText({ commitmentId, periodStart, n });
}

/** The parts of a key, or undefined when it is not one of ours. */
export const parseKey = parseItemKey;

/** The `obsidian://open` link to a note. */
export function obsidianUri(vault: string, file: string): string {
  return `obsidian://open?vault=${encodeURIComponent(vault)}&file=${encodeURIComponent(file.replace(/\.md$/i, ''))}`;
}

/** A checklist item's own words: the line after its box, without the marker. */
function itemWords(line: string, textOffset: number): string {
  return line
    .slice(textOffset)
    .replace(/(?:^|\s)\^[A-Za-z0-9-]+(?=\s|$)/g, '')
    .trim();
}

/**
 * Build the local rows for notes synced to one data source: one per checklist
 * item of each tracked period. When two notes carry the same key, the note
 * whose session (then path) sorts later gets `@<6-char hash of its path>` on
 * that key, so both rows exist and neither takes over the other.
 */
export function localRows(notes: readonly TrackedNote<NoteDocument>[], options: RowOptions = {}): LocalRow[] {
  const ordered = [...notes].sort((a, b) => {
    const sa = a.note.meta.session ?? '';
    const sb = b.note.meta.session ?? '';
    return sa < sb ? -1 : sa > sb ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
  const taken = new Set<string>();
  const out: LocalRow[] = [];
  for (const tracked of ordered) {
    const rows = rowsOfNote(tracked, options);
    const suffix = hashText(tracked.file).slice(0, 6);
    for (const row of rows) {
      if (taken.has(row.key)) {
        const key = `${row.key}@${suffix}`;
        const content = { ...row.content, key };
        out.push({ ...row, key, content, contentHash: contentHash(content) });
        taken.add(key);
      } else {
        out.push(row);
        taken.add(row.key);
      }
    }
  }
  return out;
}

/** The rows of one note. */
export function rowsOfNote(tracked: TrackedNote<NoteDocument>, options: RowOptions = {}): LocalRow[] {
  const { note } = tracked;
  const lines = note.scan.lines;
  const client = clientOf(tracked);
  const out: LocalRow[] = [];
  for (const commitment of note.commitments) {
    const tracking = tracked.tracking.get(commitment.id);
    if (!tracking) continue;
    const items = note.marks.items.filter((i) => i.commitmentId === commitment.id);
    for (const period of tracking.periods) {
      const inPeriod = items.filter((i) => i.periodStart === period.start);
      const ns = [...new Set(inPeriod.map((i) => i.n))].sort((a, b) => a - b);
      const first = ns[0];
      for (const n of ns) {
        const copies = inPeriod.filter((i) => i.n === n);
        const head = copies[0];
        if (!head) continue;
        const key = rowKey(commitment.id, period.start, n);
        const words = itemWords(lines[head.line]?.text ?? '', head.item.textOffset);
        const content: RowContent = {
          item: `${commitment.label} · ${words}`,
          client,
          commitment: commitment.intention ?? commitment.text,
          trigger: commitment.trigger ?? '',
          backup: commitment.coping.map((c) => `if ${c.obstacle} → ${c.response}`).join('; '),
          cadence: describeCadence(commitment.cadence),
          kind: commitment.kind,
          period: period.title,
          periodStart: period.start,
          // The period's figures live on its first row only, so a tick rewrites one row, not every row of its period.
          status: n === first ? period.status : '',
          progress: n === first ? `${period.done} of ${period.target - period.skipped}` : '',
          note: options.noteLinks ? obsidianUri(options.noteLinks.vault, tracked.file) : null,
          key,
        };
        const carries = n === first;
        out.push({
          key,
          file: tracked.file,
          commitmentId: commitment.id,
          periodStart: period.start,
          n,
          content,
          contentHash: contentHash(content),
          // Copies left by a sync merge count once, done if any copy is done.
          done: copies.some((c) => c.state === 'done'),
          carriesReflection: carries,
          reflection: carries ? readableAnswer(period.reflection?.answer ?? null) : null,
        });
      }
    }
  }
  return out;
}

/** A rich-text request item. */
interface RichTextRequest {
  type: 'text';
  text: { content: string };
}

/** Split text into rich-text items of at most 2,000 characters, never splitting a surrogate pair; at most 100 items. */
export function richText(text: string): RichTextRequest[] {
  const out: RichTextRequest[] = [];
  let rest = text;
  while (rest.length > 0 && out.length < arrayItemLimit) {
    let cut = Math.min(rest.length, richTextItemLimit);
    const code = rest.charCodeAt(cut - 1);
    if (cut < rest.length && code >= 0xd800 && code <= 0xdbff) cut--;
    out.push({ type: 'text', text: { content: rest.slice(0, cut) } });
    rest = rest.slice(cut);
  }
  return out;
}

/** Notion property values for a row's content (the properties the note wins). */
export function contentValues(content: RowContent): Record<string, unknown> {
  const c = normalizeContent(content);
  const select = (name: string) => ({ select: name === '' ? null : { name } });
  return {
    [P.item]: { title: richText(c.item) },
    [P.client]: select(c.client),
    [P.commitment]: { rich_text: richText(c.commitment) },
    [P.trigger]: { rich_text: richText(c.trigger) },
    [P.backup]: { rich_text: richText(c.backup) },
    [P.cadence]: { rich_text: richText(c.cadence) },
    [P.kind]: select(c.kind),
    [P.period]: { rich_text: richText(c.period) },
    [P.periodStart]: { date: { start: c.periodStart } },
    [P.status]: select(c.status),
    [P.progress]: { rich_text: richText(c.progress) },
    [P.note]: { url: c.note },
    [P.key]: { rich_text: richText(c.key) },
  };
}

/** The Done value. */
export function doneValue(done: boolean): Record<string, unknown> {
  return { [P.done]: { checkbox: done } };
}

/** The Reflection value. */
export function reflectionValue(reflection: string | null): Record<string, unknown> {
  return { [P.reflection]: { rich_text: richText(reflection ?? '') } };
}

/** Every property value of a new row. */
export function createValues(row: LocalRow): Record<string, unknown> {
  return {
    ...contentValues(row.content),
    ...doneValue(row.done),
    ...(row.carriesReflection && row.reflection !== null ? reflectionValue(row.reflection) : {}),
  };
}

/** A row as Notion returned it (only what the merge reads). */
export interface RemoteRow {
  pageId: string;
  key: string;
  done: boolean;
  /** The Reflection text, or null when empty. */
  reflection: string | null;
  lastEditedTime: string;
  lastEditedBy: string | undefined;
  inTrash: boolean;
  /** The hash of its sync-written properties as Notion holds them (compared when there is no base). */
  contentHash: string;
}

function plainText(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  const v = value as { type?: string; title?: unknown; rich_text?: unknown };
  const items = (v.type === 'title' ? v.title : v.rich_text) ?? v.rich_text ?? v.title;
  if (!Array.isArray(items)) return '';
  return items
    .map((item: unknown) => {
      const i = item as { plain_text?: unknown; text?: { content?: unknown } } | null;
      const text = i?.plain_text ?? i?.text?.content;
      return typeof text === 'string' ? text : '';
    })
    .join('');
}

/** Read a page from a query into a remote row, or undefined when it carries no key. */
export function remoteRow(page: unknown): RemoteRow | undefined {
  if (!page || typeof page !== 'object') return undefined;
  const p = page as { id?: unknown; properties?: Record<string, unknown>; last_edited_time?: unknown; last_edited_by?: { id?: unknown }; in_trash?: unknown; archived?: unknown };
  if (typeof p.id !== 'string' || !p.properties) return undefined;
  const key = plainText(p.properties[P.key]).trim();
  if (key === '') return undefined;
  const done = (p.properties[P.done] as { checkbox?: unknown } | undefined)?.checkbox === true;
  const reflection = normalizeAnswer(plainText(p.properties[P.reflection]));
  const props = p.properties;
  const str = (value: unknown) => (typeof value === 'string' ? value : '');
  const select = (name: string) => str((props[name] as { select?: { name?: unknown } | null } | undefined)?.select?.name);
  const content: RowContent = {
    item: plainText(props[P.item]),
    client: select(P.client),
    commitment: plainText(props[P.commitment]),
    trigger: plainText(props[P.trigger]),
    backup: plainText(props[P.backup]),
    cadence: plainText(props[P.cadence]),
    kind: select(P.kind),
    period: plainText(props[P.period]),
    periodStart: str((props[P.periodStart] as { date?: { start?: unknown } | null } | undefined)?.date?.start),
    status: select(P.status),
    progress: plainText(props[P.progress]),
    note: ((props[P.note] as { url?: unknown } | undefined)?.url as string | null | undefined) ?? null,
    key,
  };
  return {
    pageId: p.id,
    key,
    done,
    reflection,
    lastEditedTime: typeof p.last_edited_time === 'string' ? p.last_edited_time : '',
    lastEditedBy: typeof p.last_edited_by?.id === 'string' ? p.last_edited_by.id : undefined,
    inTrash: p.in_trash === true || p.archived === true,
    contentHash: contentHash(content),
  };
}

/** Text as Notion holds it once sent: the first 100 rich-text items of 2,000 characters. */
export function fitsNotion(text: string): string {
  return richText(text)
    .map((item) => item.text.content)
    .join('');
}

/**
 * An answer as the person reads it, for Notion: the escapes a pull adds to
 * keep Notion's text inert in the note (`\- [x]`, `\1. x`, `\^id`, `\%\%`)
 * taken off again, so Notion → note → Notion changes nothing. A backslash at a
 * line's start before a character a line can start a block with, and one
 * before `^` or `%`, is such an escape (Markdown shows neither).
 */
export function readableAnswer(text: string | null): string | null {
  if (text === null) return null;
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^(\s*)\\(?=[>#|<\-*+\d`~=$])/, '$1')
        .replace(/\\([\^%])/g, '$1'),
    )
    .join('\n');
}

/** An answer as the merge compares it: line endings and outer space ignored, empty is null. */
export function normalizeAnswer(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const t = text.replace(/\r\n?/g, '\n').trim();
  return t === '' ? null : t;
}
