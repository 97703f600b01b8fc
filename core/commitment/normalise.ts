// The reader's first two steps: make the words regular (normalise), then cut
// them into clauses, the pieces that each get a role. Everything here is
// compiled once: the reader runs over every commitment in a vault.

import { functionWords, interjectionRe, plainVerbs, texting } from './vocabulary.js';

/** A commitment's words made regular, with what was taken out on the way. */
export interface Normalised {
  /** The words: straight quotes, spelled-out "I'll", arrows as "→", no emoji, no brackets. */
  text: string;
  /** Bracketed asides taken out ("(the pool is right by the office)"): not the act. */
  asides: string[];
  /** An Obsidian Tasks recurrence (`🔁 every week on Monday`), if written. */
  recurrence: string | null;
}

const typographicRe = /[‘’‛′ʼ“”‟″–—\u00A0→⇒⟶]|=>|->|-->|\s=\s/;
// Obsidian Tasks writes its fields as an emoji and a value; the dates are the tool's, not the plan's words.
const tasksDateRe = /[📅⏳🛫✅➕❌]\uFE0F?\s*\d{4}-\d{2}-\d{2}/gu;
const tasksRecurrenceRe = /🔁\uFE0F?\s*([^📅⏳🛫✅➕❌\n]*)/u;
// eslint-disable-next-line no-misleading-character-class -- on purpose: strips an emoji sequence one code point at a time (pictograph, skin tone, VS16, ZWJ)
const emojiRe = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]+/gu;
// eslint-disable-next-line no-control-regex -- only text with a character outside ASCII can hold an emoji
const nonAsciiRe = /[^\u0000-\u007f]/;
const pauseAsideRe = /([\p{L}\p{N}])\s*\.{3,}\s*([^.\n]{1,30}?)\s*\.{3,}\s*(?=[\p{L}\p{N}])()/gu;
const asideRe = /\s*\(([^()]{1,160})\)/g;
/** A list number, bullet or heading mark written inside the item ("1.", "2)", "#1", "*", "### "). */
const listMarkRe = /(^|[.!?] +)(?:[ \t]*(?:\d{1,2}[.)]|#\d{1,2}|#{1,6}|[-*•+]|\(\d{1,2}\))[ \t]+)+/gm;
const bracketRe = /\[\s*([^\]]*?)\s*\]/g;
const listMarkHintRe = /(?:^|\n|[.!?] )[ \t]*(?:\d|#|[-*•+]|\(\d)/;
const spacedMeridiemHintRe = /[ap]\.\s/i;
const spacesRe = /[ \t]{2}|\t/;
const spacedMeridiemRe = /\b([ap])\.\s+m\./gi;
const topicDashRe = /(^|[.!?] +)((?:\d{4} )?[A-Za-z][A-Za-z ]{1,20}?(?:\s*#?\d{1,2}(?=\s?-\s+[A-Za-z]))?)\s?-\s+(?=[A-Za-z\d$])/gm;
/** A cue and its act joined by an arrow or an equals sign ("lunch => 10 min walk"). */
const arrowRe = /\s*(?:=>|->|-->|→|⇒|⟶|\s=\s)\s*/g;

const sentenceStart = '(^|[.!?;]\\s+|\\n\\s*|,\\s+)';
const subjectlessHintRe = /(?:^|[.!?;,\n]\s*)(?:want|need|plan|hope|have|aim|intend|will|going|hoping|planning|aiming|trying|wanting|needing)\s/i;
const subjectlessWantRe = new RegExp(`${sentenceStart}(want|need|plan|hope|have|aim|intend|hoping|planning|aiming|trying|wanting|needing)\\s+to\\s+(?=[a-z])`, 'gi');
const subjectlessWillRe = new RegExp(`${sentenceStart}will\\s+([a-z]+)`, 'gi');
const togetherRe = new RegExp(`${sentenceStart}(?:the|my|our)\\s+(?:[a-z]+\\s+){0,2}?[a-z]+\\s+and\\s+i\\s+(?=(?:are|will|want|plan|have|need|would|'re|'ll)\\b)`, 'gi');
const subjectlessGoingRe = new RegExp(`${sentenceStart}going\\s+to\\s+(?=[a-z])`, 'gi');

/** Make a commitment's words regular, so the later steps see one spelling of each thing. */
export function normalise(input: string): Normalised {
  let text = input;
  let recurrence: string | null = null;
  const asides: string[] = [];
  if (nonAsciiRe.test(text)) {
    text = text.replace(tasksDateRe, ' ');
    const rec = tasksRecurrenceRe.exec(text);
    if (rec) {
      recurrence = rec[1]?.trim() || null;
      text = text.slice(0, rec.index) + ' ' + text.slice(rec.index + rec[0].length);
    }
  }
  if (typographicRe.test(text)) {
    text = text
      // The characters themselves (UTF-8 in the plugin's main.js, a third of an escape's bytes): ‘ ’ ‛ single quotes,
      // ′ prime, ʼ modifier apostrophe; “ ” ‟ double quotes, ″ double prime; – — dashes; → ⇒ ⟶ arrows.
      .replace(/[‘’‛′ʼ]/g, "'")
      .replace(/[“”‟″]/g, '"')
      .replace(/[–—]/g, ' - ')
      .replace(/\u00A0/g, ' ')
      .replace(arrowRe, ' → ');
  }
  // "screen time says 7h a day 💀 want it under 3h": between a word and a small letter, an emoji ends a sentence.
  if (nonAsciiRe.test(text)) text = text.replace(emojiRe, (found: string, at: number, all: string) => (/[\p{L}\p{N}]\s*$/u.test(all.slice(Math.max(0, at - 2), at)) && /^\s*[a-z]/.test(all.slice(at + found.length, at + found.length + 3)) ? '. ' : ' '));
  if (text.includes('(')) {
    text = text.replace(asideRe, (_all, inner: string) => {
      asides.push(inner.trim());
      return '';
    });
  }
  // "be....wait for it....healthier": a few words set between two ellipses are an aside (not the person's own).
  if (text.includes('...')) {
    text = text.replace(pauseAsideRe, (all: string, before: string, inner: string, after: string) => {
      // "… plan....I'm gonna make a plan...and …": words of the person's own are not an aside.
      if (/\b(?:i|i'm|i'll|i've|i'd|my|we|we'll)\b/i.test(inner)) return all;
      asides.push(inner.trim());
      return `${before} ${after}`;
    });
  }
  // Each pass runs only where its mark is in the text: most plans need none of them.
  if (text.includes('[')) text = text.replace(bracketRe, '$1');
  if (listMarkHintRe.test(text)) text = text.replace(listMarkRe, '$1');
  // "8 a. m." is "8 a.m."
  if (spacedMeridiemHintRe.test(text)) text = text.replace(spacedMeridiemRe, '$1.m.');
  // "Ok so …", "Anyway, …" before it all: the plan starts after (the steps below look for a sentence's start).
  text = text.trimStart().replace(interjectionRe, '');
  // "Sugar- I will …", "Water -", "Guitar - 20 min": a topic before a dash is a label, as with a colon.
  if (text.includes('-')) text = text.replace(topicDashRe, '$1$2: ');
  // "I should be able to do some writing then": what is expected to be done is the act; wanting to be able to is a goal.
  if (text.includes(' able to ')) text = text.replace(/\b(should|will|would|might|could|i'll|i'd)\s+be\s+able\s+to\s+(?=[a-z])/gi, '$1 ');
  // "strength training @ lunch": an at sign set apart is "at" (a mention, "@Zoe", is written against its name).
  if (text.includes(' @ ')) text = text.replace(/ @ (?=\w)/g, ' at ');
  // "5 cold emails/day", "2 posts/wk", "x4/wk", "2x/mo", "30 min/night": how often, written as a fraction.
  // (Not beside a day named, "Gym Mon/Wed/Fri, 45 min/day", nor after a time of day, "morning/night".)
  if (text.includes('/') && !/\b(?:mon|tue|wed|thu|fri|sat|sun|weekends?|m-f)\b/i.test(text)) {
    text = text.replace(/\bx(\d+)\//gi, '$1x/').replace(/\b(\w*[a-z])\/(day|night|wk|week|mo|month)\b/gi, (m, a: string, u: string) => (/^(?:morning|day|evening|night|week|month)$/i.test(a) ? m : `${a} ${u === 'night' ? 'every' : 'a'} ${u === 'mo' ? 'month' : u}`));
  }
  // "every am", "Each pm": the morning, the evening (in small letters: "every PM on my team" is a person).
  if (text.includes(' am') || text.includes(' pm')) text = text.replace(/\b([Ee]very|[Ee]ach) ([ap])m\b/g, (_m, w: string, p: string) => `${w} ${p === 'a' ? 'morning' : 'evening'}`);
  if (spacesRe.test(text)) text = text.replace(/[ \t]+/g, ' ');
  text = text.trim();
  if (/\bi\b/.test(text) || texting.test.test(text)) for (const [re, spelled] of texting.spellings) text = text.replace(re, spelled);
  // "The kids and I are going to …", "My husband and I want to …": the plan's subject is "we".
  if (/ and i /i.test(text)) text = text.replace(togetherRe, '$1we ');
  // A plan written without its "I" ("want to eat more veggies. will add a salad to lunch"): the subject is the writer.
  if (subjectlessHintRe.test(text)) {
    text = text
      .replace(subjectlessWantRe, (_m, start: string, verb: string) => `${start}I${/g$/i.test(verb) ? "'m" : ''} ${verb.toLowerCase()} to `)
      .replace(subjectlessWillRe, (m, start: string, next: string) => (plainVerbs.has(next.toLowerCase()) ? `${start}I will ${next}` : m))
      .replace(subjectlessGoingRe, (_m, start: string) => `${start}I'm going to `);
  }
  return { text, asides, recurrence };
}

/** Replace typographic quotes and dashes, drop template brackets, collapse spaces. */
export function normalizeText(text: string): string {
  return normalise(text).text;
}

const sentenceEndRe = /(?:\.{2,}|…)["')\]]*\s*|[.!?;]+["')\]]*\s+/g;
/** Words that start a clause of their own after an ellipsis. */
const clauseStartRe = /^(?:if|when|whenever|unless|but|so|then|maybe|i)\b/;
const abbreviationRe = /\b(?:[ap]\.m|e\.g|i\.e|etc|vs|dr|mr|mrs|ms|st|approx|min|mins|hr|hrs)\.$/i;
const initialRe = /(?:^|\s)[A-Za-z]\.$/;
const numberedRe = /\b(?:ch|chap|pgs?|pp|vol|eps?|lvl|fig)\.$/i;

/**
 * Split text into clauses to read one by one: lines, then sentences (keeping
 * "6 p.m." and "e.g." whole). A sentence may start in lower case, as texting does.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n+/)) {
    let start = 0;
    sentenceEndRe.lastIndex = 0;
    for (let m = sentenceEndRe.exec(block); m; m = sentenceEndRe.exec(block)) {
      const end = m.index + m[0].length;
      // "be....wait for it....healthier": an ellipsis before a small letter is a pause, not an end.
      // One before a word that starts a clause ("start small...if I just remember") is an end.
      if (/^(?:\.{2,}|…)/.test(m[0]) && /^[a-z]/.test(block.slice(end, end + 1)) && !clauseStartRe.test(block.slice(end, end + 8))) continue;
      const before = block.slice(Math.max(0, m.index - 7), m.index + 1);
      const next = block.slice(end, end + 3);
      // "6 p.m. at my desk", "e.g. walking": an abbreviation goes on unless a capital starts the next sentence.
      // ("20 min. if I oversleep → …": a measure's abbreviation before a clause's opening word ends a sentence too.)
      if ((abbreviationRe.test(before) || initialRe.test(before)) && !/^[A-Z]/.test(next) && !(/\b(?:min|mins|hr|hrs)\.$/i.test(before) && /^\s?(?:if|when|then|i)\s/i.test(block.slice(end, end + 6)))) continue;
      // A question or exclamation inside quotes ("the “u up?” texts") goes on when the sentence does.
      if (/["']/.test(m[0]) && /[?!]/.test(m[0]) && /^[a-z]/.test(next)) continue;
      // "ch. 3 draft", "no. 5", "pg. 40": a word that takes a number goes on to its number.
      if (numberedRe.test(before) && /^\s?\d/.test(next)) continue;
      // "8 a. m." is one time.
      if (/\b[ap]\.$/i.test(before) && /^m\b/i.test(next)) continue;
      // "too tired? → 2 min version": a question an arrow answers goes on to its answer.
      if (/\?/.test(m[0]) && /^\s*→/.test(block.slice(end, end + 4))) continue;
      out.push(block.slice(start, end).trim());
      start = end;
    }
    const rest = block.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out.flatMap(runOn).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** A long line of prose broken mid-sentence (hard-wrapped text, "doing some light\nexercise") goes on in the next line. */
export function softWrapped(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length - 1;
    const before = out[last];
    if (before !== undefined && before.length >= 50 && /[\p{L},]$/u.test(before) && !/^\s*(?:#|[-*+•]\s|\d+[.)]\s)/.test(before) && /^[a-z]/.test(line) && !/^[\w ]{1,20}:\s/.test(line)) out[last] = `${before} ${line}`;
    else out.push(line);
  }
  return out;
}

/**
 * Words that start a sentence, and are written with a capital only there: "Last week I missed my workouts This week
 * I will …" is two sentences. Names, days and the small words of titles ("Walk Away The Pounds") are not here.
 */
const openers = new Set(
  "This My It It's Its So But Then After When Whenever If Every Each Last Next Tomorrow Today Tonight That That's There There's Here Here's Now Also Maybe Otherwise Please Even Once Before Since Because Starting Our We We'll We're Or And Plus However Instead Hopefully Unfortunately Luckily Honestly Basically Realistically Ok Okay Anyway Still Sometimes Usually Lofty Things She He They Their His Her You Your These Those Some Any All Most No Not Just What Why How Who At From New Going".split(' '),
);
/** What "I" says when it starts a sentence, not a clause inside one ("… homework I know the reason"). */
const sentenceI = new Set('think know mean promise aim hope guess'.split(' '));
// The whole word: "MyFitnessPal" is a name, not "My".
const capitalAfterRe = /([a-z0-9%)]) (?=([A-Z][a-z']*)(?![A-Za-z])(?: ([a-z']+))?)/g;

/** Whether a capitalised word after a small letter starts a sentence. */
function opensSentence(word: string, next: string | undefined, before: string): boolean {
  // "… near my office The plan is to …": "The" before a small word opens a sentence (before a capital, a title).
  if (openers.has(word) || (word === 'The' && next)) return true;
  // The person speaking again, or an instruction, after a word that does not lead into it ("to", "my", "2 Focus").
  if (functionWords.has(before.toLowerCase()) || !/[a-z]$/.test(before)) return false;
  // "the FB Meal Plan this weekend": a verb after a capitalised word is part of a name.
  return word === 'I' ? sentenceI.has(next ?? '') : word.length > 2 && plainVerbs.has(word.toLowerCase()) && !/^[A-Z]/.test(before);
}

/** Where the person starts saying the plan: "… my workouts this week i will go to the gym". */
const planStartRe = /\s(?=(?:i\s*(?:'ll|will)|i'm going to|i am going to|my (?:goal|plan) (?:is|for))\s)/gi;
const reasonOpenRe = /^\s*(?:given|with|despite|since|because|although|though|even if|considering|(?:so\s+)?for\s+(?:the|my|our|lent)\b)\s/i;
/** Words a sentence does not end on: the plan said after them belongs to them ("because I will", "so I'll"). */
const linkEndRe = /\b(?:of|to|the|a|for|with|my|always\s+tell\s+myself|because|so|that|if|when|whenever|once|and|but|or|since|as|until|then|think|know|hope|guess|feel|suppose|reckon|believe|sure|what|how|why|where|which|who|after|before|while|cos|cause)\s*$|\bthat\s+(?:\S+\s+){0,3}$/i;

/** Split a sentence run on without its full stops at a word that starts a sentence; text in title case stays whole. */
function runOn(sentence: string): string[] {
  let pieces = [sentence];
  // Most sentences hold no capital after a small letter: one search says so, before any counting.
  if (/[a-z0-9%)] [A-Z]/.test(sentence)) {
    const words = (sentence.match(/ /g)?.length ?? 0) + 1;
    const capitals = sentence.match(/(?:^| )[A-Z]/g)?.length ?? 0;
    if (capitals * 2.5 <= words) {
      pieces = sentence
        .replace(capitalAfterRe, (m, end: string, word: string, next: string | undefined, at: number) =>
          opensSentence(word, next, sentence.slice(sentence.lastIndexOf(' ', at) + 1, at + 1)) ? `${end}\n` : m,
        )
        .split('\n')
        // "… replying to emails New rule for myself - inbox zero …": a topic before a dash is a label here too.
        .map((p) => p.replace(topicDashRe, '$1$2: '));
    }
  }
  return pieces.length === 1 && !planWordRe.test(sentence) ? pieces : pieces.flatMap(atPlanStart);
}
const planWordRe = /\b(?:will|'ll|going|goal|plan)\b/i;

/**
 * "last week i missed my workouts this week i will go to the gym": written without stops, the person saying what
 * they will do starts a sentence, after at least three words that do not lead into it (a cue, "because", "I think").
 */
function atPlanStart(sentence: string): string[] {
  if (!planWordRe.test(sentence)) return [sentence];
  const out: string[] = [];
  let start = 0;
  planStartRe.lastIndex = 0;
  for (let m = planStartRe.exec(sentence); m; m = planStartRe.exec(sentence)) {
    const before = sentence.slice(start, m.index);
    // "Given how tired I get after 8, I will …": a clause that opens on a reason leads into the plan.
    if (before.trim().split(/\s+/).length < 3 || linkEndRe.test(before) || cueOpenRe.test(before) || reasonOpenRe.test(before)) continue;
    // "… at spanish so every morning on the train i'm going to …": a cue that leads into the plan goes with it.
    let lead = -1;
    leadInRe.lastIndex = 0;
    // ("… after lunch, and if he doesn't pick up, I'll …": a cue after a comma is the nearer one, and the one that leads in.)
    let afterComma = -1;
    for (let l = leadInRe.exec(before); l; l = leadInRe.exec(before)) {
      if (l.index > 0 && before[l.index - 1] === ',') afterComma = l.index;
      if (lead < 0 && l.index > 0 && before.slice(l.index).split(' ').length <= 10) lead = l.index;
    }
    if (afterComma > lead && lead >= 0) lead = afterComma;
    const head = before.slice(0, lead);
    // With a comma just before, the sentence has its own joints: only a cue leading into the plan, after words of
    // their own, is cut (a comma five words or more back belongs to an earlier clause: "Okay, confession time: I
    // haven't opened it since March I'm going to …").
    const commas = before.includes(',') && before.slice(before.lastIndexOf(',') + 1).trim().split(/\s+/).length < 5;
    if (commas && (lead < 0 || head.includes(',') || head.trim().split(/\s+/).length < 3 || linkEndRe.test(head))) continue;
    const cut = lead > 0 ? start + lead : m.index;
    out.push(sentence.slice(start, cut));
    start = cut + 1;
  }
  out.push(sentence.slice(start));
  return out;
}
const leadInRe = /\s(?:(?:and|but|or|so)\s+)?(?=(?:if|when|whenever|every|each|tomorrow|tonight|after|before|once)\s)/gi;
const cueOpenRe = /^\s*(?:(?:or|and|but|so|then|ok|okay|well|anyway|alright|yeah)[,!.]?\s+)*(?:instead of|rather than|every|each|on|this(?!\s+(?:is|was)\b)|next|tomorrow|tonight|today|at|by|from|starting|most|if|when|whenever|after|before|once|as soon as|every time|each time|while|the moment|the minute|until)\b/i;
