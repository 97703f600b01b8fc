import { functionWords } from './vocabulary.js';

/** Words that open a clause inside an act ("write down what time I go to bed"): a label stops before them. */
const clauseOpeners = new Set(['what', 'which', 'who', 'whom', 'whose', 'how', 'that', 'when', 'where', 'if', 'whether', 'while', 'because', 'so', 'until', 'unless', 'instead', 'before', 'after', 'and', 'or', 'but', 'then']);

const maxWords = 5;

function bare(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Make a short name for a commitment from its act: a whole phrase a person
 * would accept as its name ("walk at lunch", "take the stairs"), never cut
 * mid-phrase, and never ending on a word like "to", "the", "my" or "what".
 * Returns '' when no word of it can end a name.
 */
export function labelOf(text: string): string {
  const words = text
    .replace(/^not\s+/i, 'no ')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return '';
  const ends = (k: number) => {
    const last = bare(words[k - 1] ?? '');
    return last !== '' && !functionWords.has(last) && !/^\d+$/.test(last);
  };
  // The longest cut of at most maxWords words that ends a phrase: the act ends there, or the next word opens a
  // new phrase (a preposition, a joining word, a clause).
  let cut = 0;
  const limit = Math.min(maxWords, words.length);
  for (let k = 1; k <= limit; k++) {
    if (k > 1 && clauseOpeners.has(bare(words[k - 1] ?? ''))) break;
    if (!ends(k)) continue;
    const next = words[k];
    if (next === undefined || functionWords.has(bare(next)) || /[,;:.!?]$/.test(words[k - 1] ?? '')) cut = k;
  }
  // No phrase ends within the limit: the longest cut that ends on a word that carries meaning.
  if (cut === 0) for (let k = limit; k >= 1 && cut === 0; k--) if (ends(k)) cut = k;
  // Nothing in it can end a name ("be"): no label from these words.
  if (cut === 0) return '';
  return words
    .slice(0, cut)
    .join(' ')
    .replace(/[.,;:!?"“”]+$/, '')
    .replace(/^["“]/, '');
}
