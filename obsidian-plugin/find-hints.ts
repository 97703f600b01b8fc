// Which words of a note the editor underlines, and why: pure, from core's reading (editor-hints.ts draws them in CodeMirror).
import { type FindingCode, type ParseOptions, parseNote, splitLines } from '../core/index.js';

/** A weak part of a commitment line, by offset in the note, with what would make it stronger. */
export interface Hint {
  from: number;
  to: number;
  code: FindingCode;
  message: string;
  suggestion: string;
}

/** The findings the editor marks, and which words of the line each one marks. */
const marked: Partial<Record<FindingCode, 'trigger' | 'intention' | 'line'>> = {
  'vague-trigger': 'trigger',
  'day-without-time': 'trigger',
  'vague-intention': 'intention',
  'outcome-goal': 'intention',
  'negated-action': 'intention',
  'missing-trigger': 'intention',
  'missing-coping-plan': 'line',
};

function normalize(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();
}

/** Find where the weak parts of each commitment sit in the note's text. */
export function findHints(text: string, options: ParseOptions): Hint[] {
  const note = parseNote(text, options);
  if (note.commitments.length === 0) return [];
  const lines = splitLines(text);
  const hints: Hint[] = [];
  for (const c of note.commitments) {
    const line = lines[c.line - 1];
    if (!line) continue;
    const body = line.text;
    const start = body.search(/\S/);
    const textStart = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[.\]\s+)?/.exec(body)?.[0].length ?? Math.max(0, start);
    const lineFrom = line.start + textStart;
    const lineTo = line.start + body.replace(/\s+\^[A-Za-z0-9-]+\s*$/, '').length;
    const haystack = normalize(body);
    for (const f of c.findings) {
      const part = marked[f.code];
      if (!part) continue;
      let from = lineFrom;
      let to = lineTo;
      const words = part === 'trigger' ? c.trigger : part === 'intention' ? c.intention : null;
      if (words) {
        const at = haystack.indexOf(normalize(words), textStart);
        if (at >= 0) {
          from = line.start + at;
          to = from + words.length;
        }
      }
      if (to > from) hints.push({ from, to, code: f.code, message: f.message, suggestion: f.suggestion });
    }
  }
  return hints.sort((a, b) => a.from - b.from || a.to - b.to);
}
