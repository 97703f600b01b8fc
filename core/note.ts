import { parseCadenceText } from './commitment/cadence.js';
import { type Field, type FieldName, extractFields, fieldAliases } from './commitment/fields.js';
import { readTasksFields } from './commitment/tasks-fields.js';
import type { TaskStatuses } from './tracking/task-statuses.js';
import { commitmentId } from './commitment/id.js';
import { labelOf } from './commitment/label.js';
import { type Reading, isVagueIntention, isVagueTrigger, readCommitment, usesHomeworkLanguage } from './commitment/read.js';
import type { ReadingCache } from './commitment/reading-cache.js';
import { finding, judgeCommitment } from './findings/judge.js';
import { wording } from './findings/wording.js';
import { type YamlParser, freshMeta, readFrontmatter } from './frontmatter.js';
import { toPlainTexts } from './markdown/plain-text.js';
import { itemText } from './markdown/item-text.js';
import { type ScannedListItem, type ScannedNote, scanNote } from './markdown/scan.js';
import type { Commitment, CopingPlan, Diagnostic, NoteMeta, ParsedNote } from './schema.js';
import { type Marks, findMarks } from './tracking/marks.js';
import { isWrittenItem } from './tracking/written.js';
import { statedCadence } from './tracking/schedule.js';
import { readDeadline } from './commitment/deadline.js';
import { wordsSetApart } from './todo-apart.js';

/** Headings that mark a commitments section (matched as whole words, any case). */
export const defaultHeadings: readonly string[] = [
  'commitments',
  'commitment',
  'if-then plans',
  'if-then plan',
  'if then plans',
  'intentions',
  'implementation intentions',
  'between sessions',
  'action items',
  'homework',
  'next steps',
  'accountability',
  'agreements',
  'experiments',
];

/**
 * Headings that say a plan was dropped or finished ("## Old commitments",
 * "## Dropped", "## Done", "## Completed", "## Archive"): nothing under them is
 * tracked, even when they also name commitments. "Done" after "get" or "be"
 * ("Things to get done") still plans ahead, so it does not count.
 */
const retiredHeadingRe =
  /(?<![\p{L}\p{N}])(?:old|older|dropped|completed|finished|archived?|retired|abandoned|(?<!\b(?:get|gets|got|getting|be|been)\s+)done)(?![\p{L}\p{N}])/iu;

/** Whether a heading says its plans were dropped or finished. */
export function isRetiredHeading(heading: string): boolean {
  return retiredHeadingRe.test(heading);
}

/**
 * Most list items read under commitments headings in one note. More than this
 * is a log (a running list, a journal), not a set of commitments: the first
 * ones are read and a `too-many-items` diagnostic gives the count.
 */
export const maxHeadingItems = 40;

/** Options for reading a note. */
export interface ParseOptions {
  /** Parse YAML frontmatter; throw on broken YAML. Required: core ships no YAML parser. */
  parseYaml: YamlParser;
  /** Heading names that mark a commitments section. Default: `defaultHeadings`. */
  headings?: readonly string[];
  /** The tag (without `#`) that marks a commitment anywhere in a note. Default: `commitment`. */
  tag?: string;
  /** More commitments than this in one note gets a `too-many-commitments` note. Default: 5. */
  maxCommitments?: number;
  /** What a note means when its frontmatter does not say: the plugin's settings. Default: curious, monday. */
  defaults?: Partial<Pick<NoteMeta, 'ifMissed' | 'weekStart'>>;
  /** The vault's Obsidian Tasks statuses (`taskStatusesFrom`), for marks other than `x`, `X` and `-`. Default: Tasks' own defaults. */
  taskStatuses?: TaskStatuses;
  /** Readings kept between reads of one note (an editor's, read on every keystroke): words that did not change are not read again. */
  readings?: ReadingCache;
}

/** Where one commitment sits in a note's scan. */
export interface CommitmentPlace {
  /** The commitment's own list item. */
  item: ScannedListItem;
  /** Every list item nested under it, in order. */
  descendants: ScannedListItem[];
  /** 0-based last line of the item and its descendants. */
  lastLine: number;
  /** The commitments heading it sits under (the nearest one), when it is read from a heading rather than a tag. */
  heading?: string;
}

/**
 * A note as read: what it says, and where each commitment and each line Follow Through wrote sits.
 * Plain data: it can be kept (the command line's index, the plugin's) and read without the note's text.
 */
export interface ReadNote extends ParsedNote {
  places: CommitmentPlace[];
  /** The lines Follow Through wrote: checklist items and prompts. */
  marks: Marks;
}

/**
 * A note open for editing: its reading and the line scan that tracking, untracking, pulls and Notion rows
 * work on. `parseNote` returns one; what only reads takes a `ReadNote` (see `readingOf`), so no code that
 * edits can be handed a note without its lines.
 */
export interface NoteDocument extends ReadNote {
  readonly scan: ScannedNote;
}

/** The reading alone, without the lines: what is kept between runs and handed to code that only reads. */
export function readingOf(note: ReadNote): ReadNote {
  return { meta: note.meta, commitments: note.commitments, diagnostics: note.diagnostics, places: note.places, marks: note.marks };
}

function normalizeHeading(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, '$2')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** Make a test for headings that mark a commitments section (whole words, any case). */
export function headingMatcher(names: readonly string[]): (heading: string) => boolean {
  const key = names.join('\u0001');
  let matcher = headingMatchers.get(key);
  if (!matcher) {
    const wanted = names.map((n) => normalizeHeading(n)).filter((n) => n.trim() !== '');
    const could = matchersFor({ headings: names });
    // Most headings name no commitments section: the quick test on the raw text (which finds every name this
    // finds) passes them over before the heading is normalised.
    matcher = (heading) => {
      if (!namesIn(heading, could)) return false;
      const h = normalizeHeading(heading);
      return wanted.some((n) => h.includes(n));
    };
    if (headingMatchers.size > 16) headingMatchers.clear();
    headingMatchers.set(key, matcher);
  }
  return matcher;
}

/** Compiled once per list of names: every note's headings are tested against the same list. */
const headingMatchers = new Map<string, (heading: string) => boolean>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The tag that marks a commitment, without `#` (written with one, it is still read). */
function tagName(options: Pick<ParseOptions, 'tag'>): string {
  return (options.tag ?? 'commitment').replace(/^#/, '');
}

function hasLoneCr(text: string): boolean {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return true;
  }
  return false;
}

/**
 * Whether the tag (after a `#` at `at - 1`) starts at `at`, in any case, as
 * findPlaces reads it (Unicode case folding). An ASCII tag is compared
 * character by character; anything else asks the tag's own expression.
 */
function tagAt(text: string, at: number, m: Matchers): boolean {
  const lower = m.tagAscii;
  if (lower !== undefined) {
    if (at + lower.length > text.length) return false;
    let k = 0;
    for (; k < lower.length; k++) {
      const c = text.charCodeAt(at + k);
      const want = lower.charCodeAt(k);
      if (c === want || (c >= 65 && c <= 90 && (c | 32) === want)) continue;
      if (c < 128) return false;
      break; // a letter outside ASCII (the Kelvin sign folds to k): only Unicode folding can tell
    }
    if (k === lower.length) return true;
  }
  m.tagSticky.lastIndex = at;
  return m.tagSticky.test(text);
}

/** Whether heading text could match one of the names: the names' words in order, anything but letters and digits between. */
function namesIn(text: string, m: Matchers): boolean {
  if (m.names === undefined || m.namesAscii === undefined) return false;
  // Most headings are plain ASCII: there, case-insensitive ASCII matching is exactly lower-casing first.
  if (isAscii(text)) return m.namesAscii.test(shownLinks(text));
  // Otherwise exactly as headingMatcher reads a heading: lower case first (a final sigma depends on what follows it),
  // then links by their shown text; so every name it finds, this finds too.
  return m.names.test(shownLinks(text.toLowerCase()));
}

/** Links by their shown text: `[[target|shown]]` is `shown`, `[[target]]` is `target`. */
function shownLinks(text: string): string {
  return text.includes('[[') ? text.replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, '$2') : text;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * A cheap test on the raw text: could this note hold a commitment at all?
 * One pass over the `#` characters finds the tag and the ATX headings; the
 * rare underlined heading needs a look at each line start.
 */
export function mayHoldCommitments(text: string, options: Pick<ParseOptions, 'headings' | 'tag'> = {}): boolean {
  const m = matchersFor(options);
  // Old Mac line endings (a lone CR) end lines too; the scan below looks for LF only.
  if (hasLoneCr(text)) text = text.replace(/\r\n?/g, '\n');
  for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
    if (tagAt(text, i + 1, m)) return true;
    if (!m.names) continue;
    // An ATX heading: the '#' starts a line (after at most three spaces or tabs).
    let j = i - 1;
    while (j >= 0 && i - j <= 4 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
    // (A byte-order mark may open the note: a heading right after it is still a heading.)
    if (j >= 0 && text.charCodeAt(j) !== 10 && !(j === 0 && text.charCodeAt(0) === 0xfeff)) continue;
    let k = i;
    while (text.charCodeAt(k) === 35) k++;
    const after = text.charCodeAt(k);
    if (k - i > 6 || (after !== 32 && after !== 9)) continue;
    let end = text.indexOf('\n', k);
    if (end < 0) end = text.length;
    if (namesIn(text.slice(k, end), m)) return true;
    // Tags later on the heading line are still looked at.
    i = k - 1;
  }
  if (!m.names) return false;
  // Underlined (setext) headings are rare: look at the paragraph above each underline.
  for (let i = text.indexOf('\n'); i >= 0 && i < text.length - 1; i = text.indexOf('\n', i + 1)) {
    let k = i + 1;
    while (k < text.length && k - i <= 4 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    const mark = text.charCodeAt(k);
    if (mark !== 61 && mark !== 45) continue; // '=' or '-'
    let e = k;
    while (text.charCodeAt(e) === mark) e++;
    while (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9 || text.charCodeAt(e) === 13) e++;
    if (e < text.length && text.charCodeAt(e) !== 10) continue;
    // The heading's text may run over several lines: back to a blank line.
    let paragraphStart = i;
    for (let lineEnd = i; lineEnd > 0; ) {
      const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
      if (isBlankSpan(text, lineStart, lineEnd)) break;
      paragraphStart = lineStart;
      lineEnd = lineStart - 1;
    }
    if (paragraphStart < i && namesIn(text.slice(paragraphStart, i), m)) return true;
  }
  return false;
}

function isBlankSpan(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

interface Matchers {
  /** The tag name in lower case, when it is all ASCII (then compared character by character). */
  tagAscii: string | undefined;
  /** The tag name, any case, Unicode folding, at one position (`y`). */
  tagSticky: RegExp;
  /**
   * The heading names, as words in order with anything but letters and digits
   * between, tested on lower-cased heading text: it finds every heading
   * headingMatcher finds (and a few more, which is fine for a first look).
   */
  names: RegExp | undefined;
  /** `names` for ASCII text (matched case-insensitively, no lower-casing needed). */
  namesAscii: RegExp | undefined;
}

/** Compiled once per set of options: a vault index calls this for every note. */
const matcherCache = new Map<string, Matchers>();

/** Not a letter or digit, in any script; and its ASCII twin for ASCII text. */
const unicodeGap = '[^\\p{L}\\p{N}]';
const asciiGap = '[^a-z0-9]';

/** The last options seen and their matchers: an index passes the same options for every note. */
let lastMatchers: { headings: string[]; tag: string | undefined; matchers: Matchers } | undefined;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function matchersFor(options: Pick<ParseOptions, 'headings' | 'tag'>): Matchers {
  const headings = options.headings ?? defaultHeadings;
  // The same names and tag as last time: no key to build (a copy is kept, so a list changed in place is seen).
  if (lastMatchers && lastMatchers.tag === options.tag && sameList(lastMatchers.headings, headings)) return lastMatchers.matchers;
  const key = JSON.stringify([tagName(options), headings]);
  let m = matcherCache.get(key);
  if (!m) {
    // The name's words (split at spaces and dashes) with anything but letters and digits between: a superset of what
    // normalizeHeading keeps. Never two gaps side by side, so a long run of punctuation cannot make the match slow.
    // A name with no letters or digits at all (such as "-") could sit in any heading with punctuation.
    const gap = `${unicodeGap}+`;
    const names = headings
      .filter((n) => normalizeHeading(n).trim() !== '')
      .map((n) => {
        const words = normalizeHeading(n)
          .split(/[\s-]+/)
          .filter((w) => w !== '');
        return words.length > 0 ? words.map(escapeRegExp).join(gap) : unicodeGap;
      });
    const tag = tagName(options);
    // Tags are case-insensitive, as in Obsidian: `#Commitment` is `#commitment`.
    m = {
      tagAscii: [...tag].every((ch) => ch.charCodeAt(0) < 128) ? tag.toLowerCase() : undefined,
      tagSticky: new RegExp(escapeRegExp(tag), 'iuy'),
      names: names.length > 0 ? new RegExp(`(?:${names.join('|')})`, 'u') : undefined,
      // The same, for ASCII text: no Unicode classes, so quicker; on ASCII it matches exactly what the above matches.
      namesAscii: names.length > 0 ? new RegExp(`(?:${names.join('|').replaceAll(unicodeGap, asciiGap)})`, 'i') : undefined,
    };
    if (matcherCache.size > 16) matcherCache.clear();
    matcherCache.set(key, m);
  }
  lastMatchers = { headings: [...headings], tag: options.tag, matchers: m };
  return m;
}

/**
 * The lines of an item's own text: the lines of its paragraphs, from its
 * marker line up to its first nested item; not code, math, tables, HTML,
 * comments or headings inside it, not a quote or callout nested in it.
 */
export function ownLines(scan: ScannedNote, item: ScannedListItem): number[] {
  return itemText(scan, item).paragraphs.flat();
}

/** The item's own text: its first line after the marker, and its continuation lines. */
export function ownSource(scan: ScannedNote, item: ScannedListItem): string {
  return ownLines(scan, item)
    .map((line) => {
      const text = scan.lines[line]?.text ?? '';
      return line === item.line ? text.slice(item.textOffset) : text.replace(/^[ \t>]*/, '');
    })
    .join('\n');
}

/** Each item's own text (`ownSource`), worked out once for one read of a note: finding the places and gathering the words both ask. */
type OwnText = (item: ScannedListItem) => string;

function ownTextOf(scan: ScannedNote): OwnText {
  const kept = new Map<ScannedListItem, string>();
  return (item) => {
    let source = kept.get(item);
    if (source === undefined) kept.set(item, (source = ownSource(scan, item)));
    return source;
  };
}

const blockIdRe = /(?:^|\s)\^([A-Za-z0-9-]+)[ \t]*$/;
const tagRes = new Map<string, RegExp>();

/** The whole tag, in any case, not the start of a longer one; compiled once per tag. */
function tagRe(tag: string): RegExp {
  let re = tagRes.get(tag);
  if (!re) {
    re = new RegExp(`(?:^|\\s)#${escapeRegExp(tag)}(?![\\p{L}\\p{N}_/-])`, 'iu');
    if (tagRes.size > 16) tagRes.clear();
    tagRes.set(tag, re);
  }
  return re;
}

/** Whether any line of an item's own text (from its marker line to its last line) holds a '#'. */
function holdsHash(scan: ScannedNote, item: ScannedListItem): boolean {
  for (let line = item.line; line <= item.endLine; line++) {
    if (scan.lines[line]?.text.includes('#')) return true;
  }
  return false;
}

/** Find the commitments' places: items under a commitments heading, or tagged. */
export function findPlaces(scan: ScannedNote, options: Pick<ParseOptions, 'headings' | 'tag'> = {}): CommitmentPlace[] {
  return findPlacesCounted(scan, options, ownTextOf(scan)).places;
}

/**
 * Find the places, and count the items under commitments headings: past
 * `maxHeadingItems` they are counted, never read, so memory stays bounded.
 */
function findPlacesCounted(
  scan: ScannedNote,
  options: Pick<ParseOptions, 'headings' | 'tag'>,
  ownText: OwnText,
): { places: CommitmentPlace[]; headingItems: number; firstLeftLine: number } {
  const matches = headingMatcher(options.headings ?? defaultHeadings);
  const tagged = tagRe(tagName(options));
  let headingItems = 0;
  let firstLeftLine = -1;

  // Walk headings and items together to know each item's heading scope.
  const stack: Array<{ level: number; inScope: boolean; retired: boolean; text: string }> = [];
  let h = 0;
  const places: CommitmentPlace[] = [];
  const owner = new Map<number, CommitmentPlace>();
  for (const item of scan.listItems) {
    while (h < scan.headings.length && (scan.headings[h]?.line ?? Infinity) < item.line) {
      const heading = scan.headings[h];
      h++;
      if (!heading) continue;
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= heading.level) stack.pop();
      stack.push({ level: heading.level, inScope: matches(heading.text), retired: isRetiredHeading(heading.text), text: heading.text });
    }
    if (item.quoteDepth > 0) continue;
    const parentPlace = item.parent >= 0 ? owner.get(item.parent) : undefined;
    if (parentPlace) {
      parentPlace.descendants.push(item);
      parentPlace.lastLine = Math.max(parentPlace.lastLine, item.endLine);
      owner.set(item.line, parentPlace);
      continue;
    }
    // Under a heading that says the plan was dropped or finished, nothing is tracked.
    if (stack.some((s) => s.retired)) continue;
    const inHeading = item.parent < 0 && stack.some((s) => s.inScope);
    if (inHeading) {
      headingItems++;
      if (headingItems > maxHeadingItems) {
        if (firstLeftLine < 0) firstLeftLine = item.line;
        continue;
      }
    }
    // Outside a commitments heading only a tag makes a commitment, and a tag needs a '#': most items are passed over here.
    if (!inHeading && !holdsHash(scan, item)) continue;
    // A checklist item or answer line Follow Through wrote is never a commitment, even when its commitment was deleted.
    const own = ownText(item);
    if (isWrittenItem(own)) continue;
    if (!inHeading && !tagged.test(own)) continue;
    const place: CommitmentPlace = { item, descendants: [], lastLine: item.endLine };
    if (inHeading) place.heading = [...stack].reverse().find((s) => s.inScope)?.text ?? '';
    places.push(place);
    owner.set(item.line, place);
  }
  // Trailing blank lines are not the commitment's.
  for (const place of places) {
    while (place.lastLine > place.item.line && (scan.lines[place.lastLine]?.text.trim() ?? '') === '') place.lastLine--;
  }
  // An empty item (`- ` or `- [ ]`, as a session template leaves them) holds no commitment yet.
  return {
    places: places.filter((place) => place.descendants.length > 0 || ownText(place.item).trim() !== ''),
    headingItems,
    firstLeftLine,
  };
}

/** A short name for a commitment: a whole phrase of its act, never ending on "to", "the" or "what". */
export function shortLabel(text: string, fallback = text): string {
  return labelOf(text) || labelOf(fallback) || fallback.slice(0, 24);
}

/** The 1-based note line where a field is written, under any of its names, in the items its fields are read from. */
function fieldLine(scan: ScannedNote, items: readonly ScannedListItem[], name: FieldName): number {
  const names = Object.entries(fieldAliases)
    .filter(([, field]) => field === name)
    .map(([alias]) => escapeRegExp(alias).replace(/-/g, '[-\\s_]+'));
  // A line field (after any list marker or checkbox) or an inline `[name:: …]` / `(name:: …)`.
  const re = new RegExp(
    `(?:^[ \\t>]*(?:(?:[-*+]|\\d+[.)])[ \\t]+(?:\\[.\\][ \\t]+)?)?|[[(][ \\t]*)(?:${names.join('|')})[ \\t]*::`,
    'i',
  );
  for (const item of items) {
    for (let line = item.line; line <= item.endLine; line++) {
      if (re.test(scan.lines[line]?.text ?? '')) return line + 1;
    }
  }
  return (items[0]?.line ?? 0) + 1;
}

/** A commitment written as an if-then plan opens with its cue ("If …", "When …", "After …"). */
const ifThenStart = /^(?:if|when|whenever|after|before|once|as soon as|every time|each time|the moment)\b/i;

/** The lines of a note the quick look says holds no commitment, scanned the first time they are asked for. */
const unscanned = {
  get scan(): ScannedNote {
    const self = this as unknown as { source: string; lines?: ScannedNote };
    return (self.lines ??= scanNote(self.source));
  },
};

/**
 * The parts of the reading of a note that holds no commitment (most notes of a vault): frozen, and shared by
 * them all (the meta by those read with the same defaults as the last), so such a note holds no objects of its
 * own. Nothing changes a reading once it is made; a change would fail at once rather than change every note's.
 */
const none = Object.freeze([]) as never[];
const noMarks: Marks = Object.freeze({ items: none, prompts: none });
let emptyMeta: NoteMeta | undefined;

/** The reading of a note that holds no commitment. */
function emptyReading(options: Pick<ParseOptions, 'defaults'>): ReadNote {
  const meta = freshMeta(options.defaults);
  if (emptyMeta?.ifMissed !== meta.ifMissed || emptyMeta.weekStart !== meta.weekStart) emptyMeta = Object.freeze({ ...meta, breaks: none });
  return { meta: emptyMeta, commitments: none, diagnostics: none, places: none, marks: noMarks };
}

/** Read a note: its frontmatter, its commitments, and what would make each stronger. */
export function parseNote(text: string, options: ParseOptions): NoteDocument {
  // Most notes of a vault hold no commitment and are never scanned; their lines are still there, scanned
  // the first time something asks for them.
  if (!mayHoldCommitments(text, options)) return Object.assign(Object.create(unscanned) as NoteDocument, emptyReading(options), { source: text });
  const scan = scanNote(text);
  const ownText = ownTextOf(scan);
  const { places: allPlaces, headingItems, firstLeftLine } = findPlacesCounted(scan, options, ownText);
  if (allPlaces.length === 0) return { ...emptyReading(options), scan };

  const diagnostics: Diagnostic[] = [];
  if (headingItems > maxHeadingItems) {
    diagnostics.push({
      code: 'too-many-items',
      severity: 'warning',
      line: firstLeftLine + 1,
      column: 1,
      message: `This note has ${headingItems} list items under its commitments headings: that reads like a log, not a set of commitments, so Follow Through read only the first ${maxHeadingItems}.`,
      suggestion: 'Keep the few commitments agreed in the session under their own heading (such as "## Commitments"), and give the long list another heading, such as "## Log".',
    });
  }
  let meta = freshMeta(options.defaults);
  if (scan.frontmatter) {
    const read = readFrontmatter(scan.frontmatter.source, scan.frontmatter.startLine + 2, options.parseYaml, options.defaults);
    meta = read.meta;
    diagnostics.push(...read.diagnostics);
  }

  const marks = findMarks(scan, options.taskStatuses);
  const words = gatherWords(allPlaces, marks, ownText);
  const ids = idMaker(words);
  const cache = options.readings;
  const read = cache ? (text: string) => cache.read(text) : readCommitment;
  const all = words.layout.map((entry) => commitmentOf(entry, words, scan, ids, diagnostics, read, meta));

  // The copy Tasks makes of a recurring commitment when it is completed (the next
  // occurrence, written beside it without the block id) is the same commitment:
  // its history and checklist carry on under the line that holds the id, once.
  const copies = recurrenceCopies(words.layout, words.extracted, all);
  const commitments = copies.size === 0 ? all : all.filter((_, i) => !copies.has(i));
  const places = copies.size === 0 ? allPlaces : allPlaces.filter((_, i) => !copies.has(i));
  setTodosApart(commitments, places, meta);
  diagnostics.push(...noteFindings(commitments, places, options));
  return { meta, commitments, diagnostics, scan, places, marks };
}

/** One commitment's list items and where its words sit among all the note's pieces. */
interface WordsLayout {
  place: CommitmentPlace;
  items: ScannedListItem[];
  start: number;
  count: number;
}

/** A piece of a commitment's words, with its block id, fields and Tasks recurrence taken out. */
interface Extracted {
  fields: Field[];
  blockId: string | null;
  source: string;
  recurrence: string | null;
}

/** Every commitment's words, gathered so that remark reads one small document for all of them. */
interface NoteWords {
  layout: WordsLayout[];
  extracted: Extracted[];
  plain: string[];
}

function gatherWords(allPlaces: readonly CommitmentPlace[], marks: Marks, ownText: OwnText): NoteWords {
  const answerLines = new Set(marks.prompts.flatMap((p) => (p.answerLine === undefined ? [] : [p.answerLine])));
  const pieces: string[] = [];
  const layout = allPlaces.map((place) => {
    const own = ownText(place.item);
    // Sub-items add to the words; checklists (task items) and the answer lines under prompts do not.
    const children = place.descendants.filter((d) => d.parent === place.item.line && d.task === undefined && !answerLines.has(d.line));
    const sources = [own, ...children.map((d) => ownText(d))];
    const start = pieces.length;
    for (const source of sources) pieces.push(source);
    return { place, items: [place.item, ...children], start, count: sources.length };
  });
  // Block ids, then fields, come out before remark sees the words.
  const extracted = pieces.map(extractPiece);
  return { layout, extracted, plain: toPlainTexts(extracted.map((e) => e.source)) };
}

function extractPiece(source: string): Extracted {
  let blockId: string | null = null;
  const withoutIds = source
    .split('\n')
    .map((line) => {
      const m = line.includes('^') ? blockIdRe.exec(line) : null;
      if (m && m[1]) {
        blockId = m[1];
        return line.slice(0, m.index);
      }
      return line;
    })
    .join('\n');
  // The Tasks plugin's fields (dates, 🔁, priority, ids) sit at the end of the item's first line: they are Tasks', not words.
  const newline = withoutIds.indexOf('\n');
  const first = newline < 0 ? withoutIds : withoutIds.slice(0, newline);
  const tasks = readTasksFields(first);
  const words = tasks.found ? tasks.rest + (newline < 0 ? '' : withoutIds.slice(newline)) : withoutIds;
  const { fields, rest } = extractFields(words);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed: blockId is set only in the callback above, so TypeScript narrows it to null here
  return { fields, blockId: blockId as string | null, source: rest, recurrence: tasks.recurrence };
}

/**
 * Ids for commitments with none written: derived from the words, never one the note already holds.
 * Ids written in the note are taken first, so a derived id never repeats one (two commitments with the same words).
 */
function idMaker(words: NoteWords): (blockId: string | null, text: string) => string {
  const seen = new Map<string, number>();
  const used = new Set(words.layout.map(({ start }) => words.extracted[start]?.blockId).filter((b): b is string => !!b));
  return (blockId, text) => {
    if (blockId) return blockId;
    let n = seen.get(text) ?? 0;
    let id: string;
    do {
      n++;
      id = commitmentId(text, n);
    } while (used.has(id));
    seen.set(text, n);
    used.add(id);
    return id;
  };
}

/** A field's value Follow Through cannot use: a warning on its line, and the words' reading stays. */
function fieldProblem(scan: ScannedNote, items: readonly ScannedListItem[], name: FieldName, message: string, suggestion: string): Diagnostic {
  return { code: 'invalid-field', severity: 'warning', line: fieldLine(scan, items, name), column: 1, message, suggestion };
}

/**
 * The pieces of a commitment's words in the order they are written. "- 1. Attend my classes" with a paragraph
 * under it is a numbered item inside the item, then the item's own words: the reader gets the plan first.
 * (The commitment's text and id keep the pieces' usual order.)
 */
function inWrittenOrder(scan: ScannedNote, items: readonly ScannedListItem[], plain: readonly string[]): string[] {
  const first = (i: number) => (i === 0 && items[0] ? (ownLines(scan, items[0])[0] ?? items[0].line) : (items[i]?.line ?? 0));
  return plain
    .map((text, i) => ({ text, line: first(i), i }))
    .sort((a, b) => a.line - b.line || a.i - b.i)
    .map((p) => p.text)
    .filter((t) => t.trim() !== '');
}

/** What the words say, then what the fields say on top of them (fields win). */
function readingWithFields(entry: WordsLayout, words: NoteWords, scan: ScannedNote, diagnostics: Diagnostic[], read: (text: string) => Reading) {
  const { place, items, start, count } = entry;
  const plain = words.plain.slice(start, start + count);
  const texts = plain.filter((t) => t.trim() !== '');
  const pieces = words.extracted.slice(start, start + count);
  const fields: Field[] = pieces.flatMap((e) => e.fields);
  const reading = read(inWrittenOrder(scan, items, plain).join('\n'));
  const value = (name: Field['name']) => fields.find((f) => f.name === name)?.value;

  let { intention, trigger, coping, cadence, kind, vagueTrigger, vagueIntention, negated } = reading;
  const whenField = value('when');
  if (whenField) {
    trigger = whenField;
    vagueTrigger = isVagueTrigger(trigger);
  }
  const thenField = value('then');
  if (thenField) {
    const r = read(thenField);
    intention = r.intention ?? thenField;
    vagueIntention = isVagueIntention(intention);
    negated = r.negated;
    kind = r.kind;
    if (!cadence) cadence = r.cadence;
  }
  // A line field on the item's own wrapped line: read here, but Dataview reads it as part of the first line's key.
  const wrapped = pieces[0]?.fields.find((f) => f.wrapped);
  if (wrapped) {
    diagnostics.push({
      code: 'field-on-wrapped-line',
      severity: 'info',
      line: fieldLine(scan, [place.item], wrapped.name),
      column: 1,
      message: `Follow Through reads "${wrapped.name}::" on this wrapped line, but Dataview reads it as part of the line above.`,
      suggestion: `Write it as a sub-item ("  - ${wrapped.name}:: ${wrapped.value}") so both read it the same way.`,
    });
  }
  const obstacles = fields.filter((f) => f.name === 'obstacle').map((f) => f.value);
  const backups = fields.filter((f) => f.name === 'backup').map((f) => f.value);
  if (obstacles.length > 0 || backups.length > 0) {
    coping = Array.from({ length: Math.max(obstacles.length, backups.length) }, (_, i): CopingPlan => ({ obstacle: obstacles[i] ?? '', response: backups[i] ?? '' }));
  }
  // A Tasks recurrence (🔁 every week on Tuesday) gives the cadence where the words give none.
  const recurrence = pieces.find((e) => e.recurrence !== null)?.recurrence;
  if (!cadence && recurrence) cadence = parseCadenceText(recurrence.replace(/\s+when done$/i, '')) ?? null;
  const cadenceField = value('cadence');
  if (cadenceField !== undefined) {
    const parsed = parseCadenceText(cadenceField);
    if (parsed) cadence = parsed;
    else diagnostics.push(fieldProblem(scan, items, 'cadence', `Follow Through can't read the cadence "${cadenceField}".`, 'Write it like "2 per week", "daily", "weekdays", "Mon, Wed, Fri" or "this week".'));
  }
  const kindField = value('kind');
  if (kindField !== undefined) {
    const k = kindField.trim().toLowerCase();
    if (k === 'process' || k === 'outcome') kind = k;
    else
      diagnostics.push(
        fieldProblem(scan, items, 'kind', `"kind:: ${kindField}" is not a kind Follow Through knows.`, 'Use "kind:: process" for something you do, or "kind:: outcome" for a result you are aiming at.'),
      );
  }
  const statusField = value('status');
  const status = statusField === undefined ? 'active' : statusOf(statusField);
  if (status === undefined) {
    diagnostics.push(
      fieldProblem(
        scan,
        items,
        'status',
        `"status:: ${statusField}" is not a status Follow Through knows.`,
        'Use "status:: paused" to rest a commitment, "status:: retired" to finish it, or "status:: active".',
      ),
    );
  }
  const fieldsSayWhich = !!whenField || !!thenField;
  return { texts, fields, value, reading, intention, trigger, coping, cadence, kind, vagueTrigger, vagueIntention, negated, status: status ?? 'active', fieldsSayWhich };
}

/** A `status::` field's value as a status (with the words people use for each), or undefined. */
function statusOf(field: string): Commitment['status'] | undefined {
  const s = field.trim().toLowerCase();
  if (s === 'active' || s === 'paused' || s === 'retired') return s;
  if (s === 'done' || s === 'dropped' || s === 'stopped') return 'retired';
  if (s === 'pause' || s === 'on hold' || s === 'break') return 'paused';
  return undefined;
}

/**
 * One commitment, read from its words and fields, with its id and what would make it stronger. A to-do that
 * `setTodosApart` will take out is never shown: it is not judged or labelled.
 */
function commitmentOf(
  entry: WordsLayout,
  words: NoteWords,
  scan: ScannedNote,
  idFor: (blockId: string | null, text: string) => string,
  diagnostics: Diagnostic[],
  read: (text: string) => Reading,
  meta: NoteMeta,
): Commitment {
  const { place, start } = entry;
  // A task that `setTodosApart` will surely take out is not read: a daily note's "- [ ] email Sam" costs a look.
  const r = readingWithFields(entry, words, scan, diagnostics, surelyApart(entry, words, meta) ? readNothing : read);
  const blockId = words.extracted[start]?.blockId ?? null;
  const fullText = r.texts.join(' ').replace(/\s+/g, ' ').trim();
  const id = idFor(blockId, fullText || r.fields.map((f) => `${f.name}:${f.value}`).join('|'));
  const hasFields = r.fields.length > 0;
  const commitment: Commitment = {
    id,
    line: place.item.line + 1,
    endLine: place.lastLine + 1,
    text: fullText,
    intention: r.intention,
    trigger: r.trigger,
    coping: r.coping,
    cadence: r.cadence,
    kind: r.kind,
    deadline: r.reading.deadline,
    source: hasFields ? (fullText !== '' ? 'both' : 'fields') : 'text',
    blockId,
    status: r.status,
    label: '',
    findings: [],
  };
  if (todoKindOf(place, commitment, meta) === 'apart') return commitment;
  commitment.label = r.value('label') ?? shortLabel(r.intention ?? fullText, fullText);
  commitment.findings = judgeCommitment({
    text: fullText,
    intention: r.intention,
    trigger: r.trigger,
    copingCount: r.coping.filter((p) => p.obstacle.trim() !== '' && p.response.trim() !== '').length,
    kind: r.kind,
    vagueTrigger: r.vagueTrigger,
    vagueIntention: r.vagueIntention,
    negated: r.negated,
    // Fields say which part is which: no doubt left. The language is the words'.
    doubt: r.fieldsSayWhich ? null : r.reading.doubt,
    language: r.reading.language,
  });
  return commitment;
}

/**
 * A task under a heading, outside a session note, with no fields and no recurrence: whether its words surely set it
 * apart (core/todo-apart.ts), so that it need not be read.
 */
function surelyApart({ place, start, count }: WordsLayout, words: NoteWords, meta: NoteMeta): boolean {
  if (place.heading === undefined || place.item.task === undefined || meta.client !== null || meta.session !== null) return false;
  if (!words.extracted.slice(start, start + count).every((e) => e.fields.length === 0 && e.recurrence === null)) return false;
  return wordsSetApart(words.plain.slice(start, start + count).filter((t) => t.trim() !== ''), ifThenStart);
}
/** The reading of a to-do set apart unread: nothing in it (it is never shown). */
function readNothing(): Reading {
  return { intention: null, trigger: null, coping: [], cadence: null, kind: 'process', deadline: null, vagueTrigger: true, vagueIntention: false, negated: false, confidence: 'sure', doubt: null, language: 'en', clauses: [] };
}

/** A to-do kept for its single prompt (`todo`), one set apart (`apart`), or not a to-do (undefined). */
type TodoKind = 'todo' | 'apart' | undefined;

/**
 * To-dos are their own record: a task item (`- [ ] follow up with tom`) with no cadence, stated or implied by a
 * cue, not written as an if-then plan (it does not open with its cue: "When I …, I'll …"), under a commitments
 * heading, is not a commitment (a tagged one is: the tag says so). In a session note (one with `client` or `session`) a to-do with a
 * deadline is kept, marked `todo`, for the one-off's single prompt; elsewhere (a daily note) it is passed over.
 */
function todoKindOf(place: CommitmentPlace, c: Pick<Commitment, 'text' | 'cadence' | 'trigger' | 'deadline'>, meta: NoteMeta): TodoKind {
  if (place.heading === undefined || place.item.task === undefined || ifThenStart.test(c.text) || statedCadence(c) !== null) return undefined;
  const sessionNote = meta.client !== null || meta.session !== null;
  if (sessionNote && (c.deadline !== null || readDeadline(c.text, meta.session ?? '1970-01-01') !== null)) return 'todo';
  return 'apart';
}

/** Mark the to-dos kept and take out those set apart. */
function setTodosApart(commitments: Commitment[], places: CommitmentPlace[], meta: NoteMeta): void {
  for (let index = commitments.length - 1; index >= 0; index--) {
    const c = commitments[index];
    const place = places[index];
    const kind = c && place && todoKindOf(place, c, meta);
    if (!kind) continue;
    if (kind === 'todo') {
      c.todo = true;
      c.todoDone = place.item.task !== ' ';
      continue;
    }
    commitments.splice(index, 1);
    places.splice(index, 1);
  }
}

/** What the note as a whole says: a "## Homework" heading, a copied id, too many commitments at once. */
function noteFindings(commitments: readonly Commitment[], places: readonly CommitmentPlace[], options: ParseOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // A "## Homework" heading gets the same gentle note as the word in a commitment, once, on its first commitment.
  const homeworkHeadings = new Set<string>();
  commitments.forEach((c, index) => {
    const heading = places[index]?.heading;
    if (heading === undefined || !usesHomeworkLanguage(heading) || homeworkHeadings.has(heading)) return;
    homeworkHeadings.add(heading);
    if (!c.findings.some((f) => f.code === 'homework-language')) {
      c.findings.push(finding('homework-language', { intention: c.intention, trigger: c.trigger, text: c.text }));
    }
  });

  // A commitment line copied with its block id: both would share one checklist. Say so; tracking follows the first.
  const firstWithId = new Map<string, Commitment>();
  for (const c of commitments) {
    const first = firstWithId.get(c.id);
    if (!first) {
      firstWithId.set(c.id, c);
      continue;
    }
    diagnostics.push({
      code: 'duplicate-id',
      severity: 'warning',
      line: c.line,
      column: 1,
      message: `This commitment carries the same id (^${c.id}) as the one on line ${first.line}, so they share one checklist.`,
      suggestion: `Delete " ^${c.id}" from the end of this line; the next track gives it an id of its own.`,
    });
  }

  const max = options.maxCommitments ?? 5;
  const active = commitments.filter((c) => c.status === 'active');
  if (active.length > max) {
    const w = wording['too-many-commitments'];
    const context = { intention: null, trigger: null, text: '', count: active.length };
    diagnostics.push({
      code: 'too-many-commitments',
      severity: w.severity,
      line: active[0]?.line ?? 1,
      column: 1,
      message: w.message(context),
      suggestion: w.suggestion(context),
    });
  }
  return diagnostics;
}

/**
 * Which commitments are copies Tasks made of a recurring one: a task item with a
 * 🔁 rule and no block id, in the same list as a commitment with a block id, a 🔁
 * rule and the same words.
 */
function recurrenceCopies(
  layout: ReadonlyArray<{ place: CommitmentPlace; start: number }>,
  extracted: ReadonlyArray<{ blockId: string | null; recurrence: string | null }>,
  commitments: readonly Commitment[],
): Set<number> {
  const copies = new Set<number>();
  if (!extracted.some((e) => e.recurrence !== null)) return copies;
  const words = (i: number) => (commitments[i]?.text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  layout.forEach(({ place, start }, i) => {
    const own = extracted[start];
    if (!own || own.blockId !== null || own.recurrence === null || place.item.task === undefined) return;
    const original = layout.findIndex(({ place: other, start: otherStart }, j) => {
      const e = extracted[otherStart];
      return j !== i && e?.blockId != null && e.recurrence !== null && other.item.parent === place.item.parent && words(j) === words(i);
    });
    if (original >= 0) copies.add(i);
  });
  return copies;
}