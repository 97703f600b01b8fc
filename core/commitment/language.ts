import { englishWords, otherLanguages } from './vocabulary.js';

const wordRe = /[\p{L}']+/gu;
/** A letter or a word that English plans hardly use, but German or Spanish ones nearly always do. */
const otherLanguageHint = /[äöüßñ¿¡áéíóú]|\b(?:ich|und|wenn|dann|nicht|jeden|morgens|abends|mit|der|das|ein|eine|cuando|voy|casa|los|las|cada|después|mañana|todos|para|que|el|la|y|de)\b/i;

/**
 * Say which language a commitment is written in: 'en', or another language's
 * code when it is clearly that language (more of its common words than
 * English ones, and at least three).
 */
export function detectLanguage(text: string): string {
  // Most plans hold none of these: no need to count words.
  if (!otherLanguageHint.test(text)) return 'en';
  const words = text.toLowerCase().match(wordRe);
  if (!words || words.length < 3) return 'en';
  let english = 0;
  for (const w of words) if (englishWords.has(w)) english++;
  let best = { code: 'en', count: 0 };
  for (const language of otherLanguages) {
    let count = 0;
    for (const w of words) if (language.words.has(w)) count++;
    if (count > best.count) best = { code: language.code, count };
  }
  if (best.count >= 3 && best.count > 2 * english && best.count / words.length >= 0.3) return best.code;
  return 'en';
}

/** The name of a language code, for messages ("German"). */
export function languageName(code: string): string {
  return otherLanguages.find((l) => l.code === code)?.name ?? code;
}
