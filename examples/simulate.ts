// Three weeks of tracking on the example vault (for the demo and the pictures), with the same core functions the
// CLI and the plugin use (parse → plan → apply edits). Pure: notes in, notes out.
import { parse } from 'yaml';
import { type ParseOptions, applyEdits, findMarks, hashText, parseNote, planTrackNote, scanNote, splitLines, supersededBy } from '../core/index.js';

/** A stable number from text, for the simulation's choices: hashText's first 8 hex digits (its FNV-1a half). */
function draw(text: string): number {
  return Number.parseInt(hashText(text).slice(0, 8), 16);
}

/** Notes by vault path. */
export type Notes = Record<string, string>;

/** The YAML parser the CLI uses (Obsidian's parseYaml in the plugin). */
export const previewParseOptions: ParseOptions = { parseYaml: (source): unknown => parse(source, { uniqueKeys: false }) };

/** The days `track` runs, a week apart; the pictures show the last one (Dana's next session). */
export const trackDays = ['2026-11-25', '2026-11-30', '2026-12-07'] as const;
export const pictureDay = trackDays[2];

/** Marcus's answer to the first prompt he finds. */
export const marcusAnswer = 'My knee was fine; the lift was just right there. Parking on the far side might make the stairs the easy way in.';
const marcus = 'clients/marcus/2026-11-20 session.md';

/** Weeks a client let slip entirely: commitment words → the start of the week nothing was ticked. */
const quietWeeks: Array<{ words: string; weekStart: string }> = [
  { words: 'lose 5 kg', weekStart: '2026-11-29' },
  { words: 'read more papers', weekStart: '2026-11-30' },
];

/** Bring every note's tracking up to date on a day, as `follow-through track` does. */
function trackAll(notes: Notes, today: string): Notes {
  const read = Object.entries(notes).map(([file, text]) => ({ file, text, note: parseNote(text, previewParseOptions) }));
  const ends = supersededBy(read.map((r) => ({ file: r.file, meta: r.note.meta })));
  const out: Notes = {};
  for (const { file, text, note } of read) {
    const plan = planTrackNote(note, { ...previewParseOptions, today, endBefore: ends.get(file) });
    out[file] = plan.edits.length > 0 ? applyEdits(text, plan.edits) : text;
  }
  return out;
}

/**
 * Play the client for a week: tick some of the open items of the week that
 * starts on `weekStart` (the same ones every time), and answer a waiting prompt.
 */
function playClient(text: string, weekStart: string, options: { answer?: string; firstOnly?: boolean }): string {
  const note = parseNote(text, previewParseOptions);
  const marks = findMarks(scanNote(text));
  const lines = splitLines(text);
  const body = lines.map((l) => l.text);
  for (const item of marks.items) {
    if (item.periodStart !== weekStart || item.state !== 'open') continue;
    if (options.firstOnly && item.n !== 1) continue;
    const commitment = note.commitments.find((c) => c.id === item.commitmentId);
    const quiet = quietWeeks.some((q) => q.weekStart === weekStart && commitment?.text.toLowerCase().includes(q.words));
    const tick = !quiet && (item.n === 1 ? draw(item.commitmentId) % 4 !== 0 : draw(`${item.commitmentId}${item.n}`) % 3 !== 0);
    if (tick) body[item.line] = (body[item.line] ?? '').replace('[ ]', '[x]');
  }
  if (options.answer) {
    const waiting = marks.prompts.find((p) => p.answer === null && p.answerLine !== undefined);
    if (waiting?.answerLine !== undefined) body[waiting.answerLine] = `${body[waiting.answerLine] ?? ''} ${options.answer}`;
  }
  return body.map((line, i) => line + (lines[i]?.eol ?? '')).join('');
}

/** Every client plays their week (Sunday or Monday weeks, as their note says). */
export function playWeek(notes: Notes, mondayStart: string, sundayStart: string, options: { answer?: string; firstOnly?: boolean } = {}): Notes {
  const out: Notes = {};
  for (const [file, text] of Object.entries(notes)) {
    const note = parseNote(text, previewParseOptions);
    if (note.commitments.length === 0) {
      out[file] = text;
      continue;
    }
    const start = note.meta.weekStart === 'sunday' ? sundayStart : mondayStart;
    out[file] = playClient(text, start, file === marcus && options.answer ? { ...options, answer: options.answer } : { firstOnly: options.firstOnly ?? false });
  }
  return out;
}

/**
 * The example vault after three weeks: tracking starts on 25 Nov, the clients
 * tick most items (a week of two plans slips entirely), closed weeks get
 * prompts, Marcus answers one, and on the picture day (7 Dec, Dana's next
 * session) the last run has written the prompts for the week that just closed.
 */
export function threeWeeks(vault: Notes): Notes {
  let notes = trackAll(vault, trackDays[0]);
  notes = playWeek(notes, '2026-11-23', '2026-11-22');
  notes = trackAll(notes, trackDays[1]);
  notes = playWeek(notes, '2026-11-30', '2026-11-29', { answer: marcusAnswer });
  notes = trackAll(notes, trackDays[2]);
  return playWeek(notes, '2026-12-07', '2026-12-06', { firstOnly: true });
}
