import { type NoteDocument, type ParseOptions, parseNote } from '../note.js';
import type { Edit } from './edit.js';
import { findMarks } from './marks.js';
import { answerRe, stripMarkers } from './written.js';

/** What taking Follow Through's lines out of a note changes. */
export interface UntrackPlan {
  edits: Edit[];
  /** Checklist items removed, and those kept (their marker only taken off) because they hold the client's words. */
  items: number;
  itemsKept: number;
  prompts: number;
  /** Answers kept, as plain list items. */
  answers: number;
  ids: number;
}

/**
 * The words Follow Through writes as a checklist item's label ("Mon 23 Nov",
 * "Week of 30 Nov · 1 of 2", "By Fri 27 Nov", "November 2026 · a step toward
 * it"): day and month names, numbers and a few joining words. An item whose
 * words are anything else holds words the client wrote.
 */
const labelWordRe =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Week|of|By|a|step|toward|it|\d+|·|–)(?:\s+|$))+$/;

/** The id `track` appends to a commitment: `^ft-` and six letters or digits, at the end of its line. */
const idRe = / \^ft-[a-z0-9]{6}[ \t]*$/;

/**
 * Plan the edits that take Follow Through's own lines out of a note: the ids
 * it appended to commitments, the checklist items and the prompts it wrote.
 * Never a word the client wrote: an answer stays (the label "My answer:" goes,
 * the words stay as a plain list item), and a checklist item the client wrote
 * on, or nested lines under, keeps its words and loses only its marker.
 */
export function planUntrack(note: NoteDocument): UntrackPlan {
  const plan: UntrackPlan = { edits: [], items: 0, itemsKept: 0, prompts: 0, answers: 0, ids: 0 };
  const lines = note.scan.lines;
  const text = (line: number) => lines[line]?.text ?? '';
  const parents = new Set(note.scan.listItems.map((i) => i.parent));
  for (const item of note.marks.items) {
    const line = text(item.line);
    const words = stripMarkers(line.slice(item.item.textOffset));
    if (labelWordRe.test(words) && !parents.has(item.line) && item.item.endLine === item.line) {
      plan.edits.push({ kind: 'delete', line: item.line, from: line });
      plan.items++;
    } else {
      plan.edits.push({ kind: 'replace', line: item.line, from: line, to: line.replace(/[ \t]*\^[A-Za-z0-9-]+-\d{8}-\d{1,3}(?=\s|$)/g, '') });
      plan.itemsKept++;
    }
  }
  for (const prompt of note.marks.prompts) {
    // The callout is the tool's, up to the line with its marker; lines the client added inside it stay.
    for (let line = prompt.firstLine; line <= prompt.markerLine; line++) plan.edits.push({ kind: 'delete', line, from: text(line) });
    plan.prompts++;
    if (prompt.answerLine === undefined) continue;
    const line = text(prompt.answerLine);
    const item = note.scan.listItems.find((i) => i.line === prompt.answerLine);
    const offset = item?.textOffset ?? 0;
    const words = line.slice(offset).replace(answerRe, '');
    if (words.trim() === '' && prompt.answer === null) plan.edits.push({ kind: 'delete', line: prompt.answerLine, from: line });
    else {
      plan.edits.push({ kind: 'replace', line: prompt.answerLine, from: line, to: line.slice(0, offset) + words });
      plan.answers++;
    }
  }
  for (const commitment of note.commitments) {
    if (!commitment.blockId) continue;
    // The id sits on one of the commitment's own lines (the end of its first paragraph, or where an older run put it).
    const place = note.places.find((p) => p.item.line + 1 === commitment.line);
    if (!place) continue;
    for (let line = place.item.line; line <= place.item.endLine; line++) {
      const own = text(line);
      if (!own.endsWith(commitment.blockId) && !own.trimEnd().endsWith(commitment.blockId)) continue;
      if (!idRe.test(own) || !own.includes(`^${commitment.blockId}`)) break;
      plan.edits.push({ kind: 'replace', line, from: own, to: own.replace(idRe, '') });
      plan.ids++;
      break;
    }
  }
  return plan;
}

/** Plan taking Follow Through's lines out of a note's text, also when it no longer holds a commitment. */
export function planUntrackText(text: string, options: ParseOptions): UntrackPlan {
  const note = parseNote(text, options);
  const scan = note.scan;
  // Without commitments, parseNote looks for no marks: the lines a tracked note still holds are found here.
  return planUntrack(note.places.length > 0 ? note : { ...note, scan, marks: findMarks(scan) });
}
