import type { NoteDocument } from '../note.js';
import type { Edit } from './edit.js';
import { answerLabel } from './marks.js';
import { itemKeyText } from './written.js';

/** A tick (or untick) made elsewhere, for one checklist item. */
export interface TickChange {
  commitmentId: string;
  /** ISO start of the item's period. */
  periodStart: string;
  n: number;
  done: boolean;
}

/** A reflection answer written elsewhere, for one period's prompt. */
export interface AnswerChange {
  commitmentId: string;
  periodStart: string;
  answer: string;
  /** `replace` the note's answer, or `add` it under the note's own (when both sides changed). */
  mode: 'replace' | 'add';
  /** Said before added text, so a person sees where it came from. Default: "(from Notion)". */
  source?: string;
}

/** What could not be written, and why (the item or prompt is no longer in the note). */
export interface PullProblem {
  key: string;
  reason: string;
}

/**
 * Make text from outside inert in a note: it stays the client's words and can
 * never become a marker, a callout, a heading, a task, a fence, a comment or
 * HTML. One line of text per line of output, leading spaces removed.
 */
export function inertLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- on purpose: drops control characters (all but tab and newline) from text made elsewhere
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/\^/g, '\\^')
        .replace(/%%/g, '\\%\\%')
        .replace(/^([>#|<]|[-*+](?=\s|$)|\d+[.)](?=\s|$)|`{3,}|~{3,}|={3,}|-{3,}|\$\$)/, '\\$1'),
    )
    .filter((line, index, all) => line !== '' || (index > 0 && index < all.length - 1));
}

const checkRe = /\[(.)\]/;

/**
 * Plan the edits that bring ticks and answers made elsewhere (Notion) into a
 * note, with the same guarantees as `track`: only the tool's own lines and the
 * answer place change, everything else stays byte for byte.
 */
export function planPull(
  note: NoteDocument,
  ticks: readonly TickChange[],
  answers: readonly AnswerChange[],
): { edits: Edit[]; problems: PullProblem[] } {
  const edits: Edit[] = [];
  const problems: PullProblem[] = [];
  const lines = note.scan.lines;

  for (const tick of ticks) {
    const key = itemKeyText(tick);
    const items = note.marks.items.filter((i) => i.commitmentId === tick.commitmentId && i.periodStart === tick.periodStart && i.n === tick.n);
    if (items.length === 0) {
      problems.push({ key, reason: 'the item is no longer in the note' });
      continue;
    }
    for (const item of items) {
      const text = lines[item.line]?.text ?? '';
      const isDone = item.state === 'done';
      if (isDone === tick.done) continue;
      // An untick makes the box empty; a tick writes `x`. A skip (`[-]`) ticked elsewhere becomes done.
      const to = text.replace(checkRe, tick.done ? '[x]' : '[ ]');
      if (to !== text) edits.push({ kind: 'replace', line: item.line, from: text, to });
    }
  }

  for (const change of answers) {
    const key = `${change.commitmentId}/${change.periodStart}`;
    const prompt = note.marks.prompts.find((p) => p.commitmentId === change.commitmentId && p.periodStart === change.periodStart);
    if (!prompt || prompt.answerLine === undefined) {
      problems.push({ key, reason: 'the prompt or its answer line is no longer in the note' });
      continue;
    }
    const answerText = lines[prompt.answerLine]?.text ?? '';
    const indent = /^[ \t]*/.exec(answerText)?.[0] ?? '';
    const inner = `${indent}  `;
    const words = inertLines(change.answer);
    if (change.mode === 'add') {
      if (words.length === 0) continue;
      const [first, ...rest] = words;
      edits.push({
        kind: 'insert',
        after: prompt.lastLine,
        order: 0,
        lines: [`${inner}- ${change.source ?? '(from Notion)'} ${first ?? ''}`.trimEnd(), ...rest.map((l) => `${inner}  ${l}`)],
      });
      continue;
    }
    // Replace: the answer line keeps its label; what followed it (the old answer) gives way to the new one.
    const [first, ...rest] = words;
    const labelAt = answerText.toLowerCase().indexOf(answerLabel.toLowerCase());
    const head = labelAt >= 0 ? answerText.slice(0, labelAt + answerLabel.length) : `${indent}- ${answerLabel}`;
    const newFirst = first ? `${head} ${first}` : head;
    if (newFirst !== answerText) edits.push({ kind: 'replace', line: prompt.answerLine, from: answerText, to: newFirst });
    for (let line = prompt.answerLine + 1; line <= prompt.lastLine; line++) {
      edits.push({ kind: 'delete', line, from: lines[line]?.text ?? '' });
    }
    if (rest.length > 0) edits.push({ kind: 'insert', after: prompt.lastLine, order: 0, lines: rest.map((l) => `${inner}${l}`) });
  }
  return { edits, problems };
}
