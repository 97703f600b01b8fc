// A shortcut of the command line's, to be quicker: a to-do whose words surely set it apart (core/note.ts's
// `setTodosApart`) is not read at all. Reading it gives the same answer (test/core/todo-apart.test.ts holds the two
// ways to each other); the plugin reads a few notes at a time and leaves this out (obsidian-plugin/no-todo-shortcut.ts).
import { deadlineRe } from './commitment/read.js';
import { normalise } from './commitment/normalise.js';

/**
 * Every word a reading finds a cadence, a day or a daily moment in (cadence.ts; schedule.ts's `statedCadence`),
 * as a part of a word, so that "sunscreen" counts too: a text without any of them reads with no cadence and no
 * day or daily trigger, so a to-do in it is set apart however it reads.
 */
export const timeWordsRe = /day|daily|week|wk|month|fortnight|night|nite|morning|evening|afternoon|noon|session|next|mon|tue|wed|thu|fri|sat|sun|bed|wak|get up|breakfast|lunch|dinner|supper|brush|shower|coffee|tea|commute|\d|🔁/iu;

/** What could make a sentence more than one clause, or put a moment in it: stops, dashes, cue words, joins (and capitals inside, tested apart). */
const clauseWordsRe = /[.;!?\n→]|\s-|\b(?:after|before|when|whenever|while|once|during|if|as soon as|every|each|the moment|the minute|the second|until|till|and|but|so|then|or|unless|because|i'll|i will|i'm going)\b/i;

/**
 * Whether a to-do's words (its pieces with words in them) set it apart however it reads: not opening on its cue and
 * with none of the words that say when, or only a deadline said last.
 */
export function wordsSetApart(pieces: readonly string[], ifThenStart: RegExp): boolean {
  const text = pieces.join(' ');
  if (ifThenStart.test(text.trim())) return false;
  if (!timeWordsRe.test(text)) return true;
  // "Ana to send the deck by Friday": a deadline said last, in a plan of one plain clause, is the reading's deadline,
  // which it cuts from the words it finds a cadence in (read.ts); no moment is left.
  if (pieces.length !== 1) return false;
  const t = normalise(text).text;
  const d = deadlineRe.exec(t);
  const before = d ? t.slice(0, d.index) : '';
  return !!d && d.index + d[0].length === t.replace(/[\s.!]+$/, '').length && !clauseWordsRe.test(before) && !/\s[A-HJ-Z]/.test(before) && !timeWordsRe.test(before);
}
