import type { Cadence, CopingPlan } from '../schema.js';
import { dayList as dayListPattern, dayMatches, findCadence, monthlyDayPattern, monthlyDayRe, parseCadenceText } from './cadence.js';
import { detectLanguage } from './language.js';
import { type Normalised, normalise, softWrapped, splitSentences } from './normalise.js';
import {
  unitActs,
  consequenceTail,
  ingFraming,
  actVerbs,
  changeVerbs,
  contextMarks,
  dayPattern,
  effortOpening,
  framingClause,
  framingOpenings,
  functionWords,
  hedgeMarks,
  homeworkWords,
  hourWords,
  interjectionRe,
  obstacleCue,
  openActivities,
  outcomeAnywhere,
  outcomeVerbs,
  partOfDayPattern,
  planMarks,
  presentPlanRe,
  plainVerbs,
  processPhrasals,
  topicOnly,
  vagueCue,
  vagueOpenings,
} from './vocabulary.js';

export { normalizeText, splitSentences } from './normalise.js';

// The reader is a pipeline a person can follow:
//   1. normalise  (normalise.ts): quotes, "ill"/"im", arrows, emoji, Tasks fields, asides in brackets;
//   2. clauses    (normalise.ts): lines, then sentences;
//   3. roles      (readClause, roleOf): each clause is context, framing, cue, act or obstacle and response,
//                 with the evidence for it; its cue and act are found from the vocabulary;
//   4. assemble   (readCommitment): the plan sentence gives the intention, a cue gives the trigger, obstacle
//                 clauses give coping plans; cadence, deadline and kind are read from the plan; doubt is said.

/** What a clause does in the plan. */
export type Role = 'context' | 'framing' | 'cue' | 'act' | 'obstacle';

/** One clause of a commitment, with its role and the evidence for it. */
export interface Clause {
  /** The clause as written (after normalising). */
  text: string;
  role: Role;
  /** Why it has that role, in a few words ("starts with 'if' and names an obstacle: 'raining'"). */
  evidence: string;
  /** Its cue, if any ("when I get home"). */
  cue: string | null;
  /** How the cue was found: a cue word or a day, time or arrow ('event'), or only a day or part of the day ('day'). */
  cueStrength: 'event' | 'day' | null;
  /** Its act, without the cue ("I'll go for a run"). */
  act: string | null;
  /** How much it reads as the plan: what it will do, not what happened. */
  weight: number;
}

/** What the natural-language reader makes of a commitment's text. */
export interface Reading {
  /** The act the person commits to, without "I will" and without the cue or cadence. */
  intention: string | null;
  /** The cue, as written ("when I sit down with my coffee on Monday"). */
  trigger: string | null;
  coping: CopingPlan[];
  cadence: Cadence | null;
  kind: 'process' | 'outcome';
  /** A deadline written into the intention ("by Friday", "in 2 months"). */
  deadline: string | null;
  /** The trigger is missing, or is a judgment rather than a moment ("when I have time"). */
  vagueTrigger: boolean;
  /** The intention names no concrete act ("work on my LinkedIn presence"). */
  vagueIntention: boolean;
  /** The plan says what not to do ("then I will not …"). */
  negated: boolean;
  /** How sure the reader is of its reading. */
  confidence: 'sure' | 'unsure';
  /**
   * Why it is unsure, quoting the client's words: two acts it cannot choose
   * between, or no part that reads as the act. Null when sure.
   */
  doubt: string | null;
  /** The language the plan is written in, when it is clearly not English ('de', 'es'); else 'en'. */
  language: string;
  /** The clauses with their roles, for a person checking the reading. */
  clauses: Clause[];
}

// ---------------------------------------------------------------------------------------------------------------
// The vocabulary, built into expressions once.

const timePattern =
  `(?:(?:\\d{1,2}(?::\\d{2}|\\.\\d{2})?|(?:${hourWords})(?:[\\s-](?:thirty|fifteen|forty-five))?)\\s*(?:a\\.?m\\.?|p\\.?m\\.?)(?![a-z])|\\d{1,2}(?::\\d{2})?[ap](?![a-z\\d/]|\\s+(?:a|per|each)\\s+(?:day|week|night|month)\\b)|(?:${hourWords})\\s+o'clock|\\d{1,2}:\\d{2}|\\d{1,2}\\s*o'?clock|noon|midday|midnight|bedtime|lunchtime|dinnertime|teatime|sunrise|sunset|dawn|the (?:start|end|beginning) of (?:the|my|each|every) (?:day|shift|week|workday|work day|lunch break|break|class|lecture|meeting|session))`;
/** Moments people anchor a plan to by place or activity: "on the bus to work", "during my lunch break". */
const situationPattern =
  "(?:on|in|during)\\s+(?:the|my)\\s+(?:bus|train|tram|tube|subway|metro|commute|ferry|flight|plane|car|drive|ride|walk|shower|bath|lunch ?break|coffee break|break|way to work|way home|way to school|school run)(?:\\s+(?:to|from|into)\\s+[a-z]+(?:\\s+(?!(?:instead|and|then|every|each|before|after|or|but|with|for|if|when|at|on|in|i|we)\\b)[a-z]+)?|\\s+(?:home|in(?=[,.;!?]|$)))?|during\\s+(?:lunch|breakfast|dinner)(?:\\s+at\\s+(?:work|school|the office))?|on\\s+(?:rest|off|work|training|gym|school|office|home)\\s+days|on\\s+the\\s+(?:first|last|\\d{1,2}(?:st|nd|rd|th))\\s+of\\s+(?:the|each|every)\\s+month|(?:on|every)\\s+payday|at\\s+(?:work|the office)(?!\\s+(?:on|for)\\b)|within\\s+\\S+\\s+(?:hours?|minutes?|mins?)\\s+of\\s+(?:my\\s+|the\\s+)?(?:bedtime|bed|waking up|waking|dinner|lunch|breakfast|a meal|meals|my run|training)";
const cueStartRe =
  /^(?:if|when|whenever|after|before|once(?!\s+(?:a|an|per|or|every|each|in|more|again|\d)\b)|as soon as|every time|each time|any ?time|the (?:moment|minute|second|instant)|while|during|in case|should|on (?:the )?(?:(?:days?|mornings?|evenings?|nights?) (?:when|that)|(?:days?|nights?) (?=(?:i|we|it|my|the|our)\b))|(?:right|straight|immediately|just|first thing) (?:after|before|when|once)|first thing when)\b/i;
const partOfDay = partOfDayPattern;
const timeCueStartRe = new RegExp(
  `^(?:(?:every|each|on)\\s+)?(?:${dayListPattern}|week ?days|weekends?)(?:\\s+${partOfDay})?\\s*,?\\s*(?:at|around|by)\\s+${timePattern}|^(?:(?:every|each)\\s+)?${partOfDay}\\s*,?\\s*at\\s+${timePattern}|^at\\s+${timePattern}|^(?:every|each|on)\\s+${dayListPattern}\\b`,
  'i',
);
/** A day or part of the day written as the cue at the front, without "when": "Saturday mornings I …", "each evening, …". */
const leadDayRe = new RegExp(
  `^((?:(?:every|each|on|most)\\s+)?(?:(?:the\\s+)?(?:first|last|second|third)\\s+${dayPattern}\\s+of\\s+(?:each|every|the)\\s+month|${dayListPattern}|week ?days?|weekends?|rest days|tonight|tomorrow(?:\\s+${partOfDay})?|today|this\\s+(?:morning|afternoon|evening)|(?:this|next)\\s+${dayPattern}|(?:in\\s+the\\s+)?(?:morning|afternoon|evening)s?|nightly)(?:\\s+${partOfDay})?(?:\\s*,?\\s*(?:at|around)\\s+${timePattern})?|(?:every|each)\\s+(?:morning|afternoon|evening|night|lunch ?time|day after work|weekday|workday)|(?:at\\s+)?(?:every|each)\\s+(?!(?:time|day|week|month|year|one|single|other|few|couple)\\b)(?:[a-z]+\\s+){0,2}[a-z]{3,}(?=\\s+(?:i|we)(?:\\b|')))(?:\\s*[,:]\\s*|\\s+(?=i\\b|i'|we\\b))(?=\\S)`,
  'i',
);
const connectiveRe = /^(?:and|but|so|also|plus|or|otherwise|then)\s*,?\s+/i;
/** Words that may stand between the person and the modal: "I'll really", "I'm just going to", "I also want to". */
const adverb = String.raw`(?:(?:really|also|just|definitely|probably|likely|actually|finally|seriously|totally|now|still|absolutely|honestly)\s+)?`;
const subjectModalRe =
  new RegExp(String.raw`^(?:(?:and|so|then)\s+)?(?:(?:i|we)\s*(?:'ll|will|shall|'d|would)\s+${adverb}(?:like\s+to\s+|love\s+to\s+|try\s+to\s+|attempt\s+to\s+)?|(?:i\s*(?:'m|am)|we\s*(?:'re|are))\s+${adverb}(?:going\s+to(?!\s+(?:the|my|a|an|bed|work|school|class|church|sleep|yoga|gym)\b)|gonna|planning\s+(?:to|on)|committing\s+to|aiming\s+to|aiming\s+for|trying\s+to|hoping\s+to|(?:bound\s+and\s+)?(?:determined|committed|resolved)\s+to)\s+|i\s+${adverb}(?:want|plan|intend|commit|promise|aim|hope|need|have|resolve|decided|choose|get|wish|mean|expect)\s+(?:to|on)\s+|i\s+(?:must|can|should|could)\s+|i\s+wanna\s+|(?:my\s+)?(?:goal|plan|intention|commitment)\s+is\s+to\s+|going\s+to\s+|to\s+)`, 'i');
const negativeModalRe = /^(?:i\s*(?:won't|will\s+not|wo\s+not|shall\s+not|'ll\s+not|can't|cannot|can\s+not)|i\s*(?:don't|do\s+not)\s+(?:want|plan|intend)\s+to|i\s*(?:'m|am)\s+not\s+going\s+to)\s+/i;
const months = 'january|february|march|april|may|june|july|august|september|october|november|december';
const monthsShort = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
export const deadlineRe = new RegExp(
  `\\b(?:(?:by|before)\\s+(?:the\\s+end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:week|month|year|quarter|day|summer|spring|autumn|fall|winter)|end\\s+of\\s+(?:the\\s+)?(?:week|month|year)|${dayPattern}|tomorrow|tonight|christmas|easter|thanksgiving|new\\s+year'?s?(?:\\s+eve)?|the\\s+holidays|the\\s+summer\\s+break|(?:(?:i|we)\\s+(?:move|leave|start|go back|graduate|travel|fly|return)\\b[^,.;!?]{0,30}?|(?:my|our|the)\\s+[a-z]+)\\s+in\\s+(?:${months})|(?:i|we)\\s+turn\\s+\\d+|the\\s+(?:summer|spring|winter|autumn|fall)\\b|my\\s+birthday|the\\s+wedding|next\\s+\\w+|(?:(?:the\\s+)?end\\s+of\\s+)?(?:${months}|(?:${monthsShort}|sept)(?=\\s*(?:[,.;!?]|$))|spring|summer|autumn|fall|winter)\\b|(?:${monthsShort})[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${monthsShort})[a-z]*|the\\s+\\d{1,2}(?:st|nd|rd|th)|\\d{4}-\\d{2}-\\d{2}|(?:0?[1-9]|1[0-2])\\/(?:0?[1-9]|[12]\\d|3[01])(?:\\/\\d{2,4})?(?![\\d/]))|(?:with)?in\\s+(?:the\\s+next\\s+)?(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:days?|weeks?|months?|years?)|(?:this|next)\\s+(?:year|quarter)|(?<!\\b(?:starting|beginning|from)\\s+)in\\s+(?:${months}|20\\d\\d)|within\\s+(?:a|the|one)\\s+(?:year|month|week))\\b`,
  'i',
);
/** An event written as "post-run", "pre-bed": the moment after or before it. */
const prePostRe = /^(?:post|pre)-?(?:run|workout|work|gym|lunch|dinner|breakfast|shower|class|school|meeting|church|bed|ride|swim|walk|training|practice|session|game|match)$/i;
const negatedStartRe = /^(?:not|never|no longer|no more|avoid|stop|quit|refrain from|cut out|give up|don't|do not)\b/i;
const mealAnchorRe = /(?:\bw\/\s*|\b(?:with|during|at)\s+)(?:my\s+|every\s+|each\s+)?(?:(?:first|morning|afternoon)\s+(?=coffee|tea|cup)|first\s+(?=meal))?(?:breakfast|lunch|dinner|supper|meal|coffee|tea|cup of (?:coffee|tea))\b/i;
const trailingCueRe =
  /(?:,\s*|\s+)(?:right\s+|straight\s+|immediately\s+|just\s+)?((?:only\s+(?:when|if|once|after)\s+(?!\d)[a-z']+|(?:during|while)\s+(?:her|his|our|their)\b|when(?:ever)?\s+(?:they|he|she|you|someone|people|there)\b|when(?:ever)?\s+(?!to\b)[a-z]+\s+[a-z]+s\b|(?:when(?:ever)?|if|after|before|as soon as|every time|each time|once(?!\s+(?:a|an|per|or|every|each|in|more|again|\d)\b|\s+[a-z]+ing\b|\s+i\s+(?:want|need|wish|would|'d)\b)|during|while|the (?:moment|minute|second))\s+(?!which\b|that\b|all\b|a while\b|some time\b|some\b|\d)(?:i\b|i'|my\b|the\b|it\b|we\b|a\b|an\b|every\b|each\b|lunch|breakfast|dinner|supper|meals?\b|meal ?times?|work|bed|sleep|coffee|school|class|church|practice|dropping|getting|waking|arriving|leaving|finishing|coming|brushing|showering|eating|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|bath|nap|(?:any|every|some)(?:one|body)\b|(?:last|first|kids?|baby)\s|[a-z]+ing\b)).*)$/i;
/** Where a cue written after the act stops: a comma, or words that go back to the act. */
const cueTailRe = /,\s+|\s+-\s+|\s+(?:instead of|rather than|because|so that|which|with the|so I|even if|at least|at most|(?:\d+|two|three|four|five|six|seven)\s*(?:x|times)|once a|twice|daily|nightly)\b/i;
const andActRe = /\s+and\s+(?:then\s+)?([a-z]+)\b(?=\s+(?:my|the|a|an|it|her|him|them|some|what|up)\b)/i;
// (A day just before it too: "every Sunday after church", "each Friday afternoon before I log off".)
const danglingJoinRe = /(?:,\s*|\s+)(?:and|but|or|and then)$/i;
const weekdayRe = new RegExp(`\\b${dayPattern}`, 'i');
/** A day said right before a leading cue word: "Tonight after the kids are in bed …", "sunday after church I'm calling her". */
const dayBeforeLeadCueRe = new RegExp(`^(?:tonight|tomorrow(?: morning| evening| night)?|today|this (?:morning|afternoon|evening)|(?:(?:every|each|on)\\s+)?${dayListPattern}(?:\\s+${partOfDayPattern})?)\\s+(?=(?:after|before|when|once|as soon as)\\s)`, 'i');
/**
 * The same after the act: "every Sunday after lunch", "tues + fri after lunch", "Mon, Wed, Fri before work". (A part
 * of the day alone, "every morning after coffee", is left to the cadence: the sets' labels split on it, the team's
 * keep only "after coffee".)
 */
const dayBeforeCueRe = new RegExp(`(?:^|\\s+)((?:in the|this) (?:morning|afternoon|evening)|at night|tonight|tomorrow(?: morning| evening| night)?|(?:(?:every|each|on)\\s+|(?:(?:this|next)\\s+)?(?!(?:sun|sat|wed|mon),?\\s*$))${dayListPattern}(?:\\s+${partOfDayPattern})?),?\\s*$`, 'i');
/** A time as a cue after the act: "after 8pm", "at 5 am". */
// "screens off at 7 on school nights": an hour alone after "at", where nothing counted follows it, is the clock's.
const bareTimeRe = new RegExp(`(?:,\\s*|\\s+)((?:at|around|after|from|before)\\s+${timePattern}|@\\s*${timePattern}|(?:at|after)\\s+(?:1[0-2]|[1-9])(?=[,.;!]|$|\\s+(?:and|on|every|each|sharp|then|anymore|any more|at night|tonight)\\b))`, 'i');
/** A clock time written bare, as shorthand does, with the days before it: "6-6:30am", "Tues/Thurs 6:30am", "Sat 8am". */
const clockRe = new RegExp(`(?:^|,\\s*|\\s+)((?:${dayPattern}(?:\\s*[-/&+]\\s*${dayPattern})*\\s+)?(?:\\d{1,2}(?::\\d\\d)?\\s*(?:[ap]m?)?\\s*(?:[-–]|to)\\s*)?(?:\\d{1,2}(?::\\d\\d)?\\s*[ap]m|\\d{1,2}:\\d\\d[ap](?![a-z\\d/])|(?:0?[1-9]|1\\d|2[0-3]):[0-5]\\d(?![\\d:]|\\s*(?:hours?|hrs?|h|mins?|minutes?|pace|min\\/|\\/|miles?|mi\\b|km|splits?|per\\b|between|sets?|reps?)))(?:\\s*(?:\\/|and|&)\\s*\\d{1,2}(?::\\d\\d)?\\s*(?:[ap]m)?)*(?:\\s+sharp)?|${dayPattern}(?:\\s*[-/&+]\\s*${dayPattern})*\\s+\\d{1,2}[ap](?![a-z\\d/]))\\b`, 'i');
/** A day or part of the day after the act ("tomorrow morning", "on Sunday night"): a weak cue, kept only when nothing better is found. */
const dayCueRe = new RegExp(
  `(?:^|,\\s*|\\s+)(${monthlyDayPattern}|(?:tomorrow(?!')|tonight|today(?!')|this\\s+(?:morning|afternoon|evening))(?:\\s+${partOfDay})?|(?:next\\s+week(?:end)?|this\\s+(?:upcoming|coming)\\s+weekend|in\\s+(?:about\\s+)?(?:an?|one|two|\\d+)\\s+hours?)|(?:on\\s+|every\\s+|each\\s+)?${dayListPattern}(?:\\s+(?:${partOfDay}|[ap]m(?![a-z])))?|(?:in\\s+the|every|each)\\s+(?:morning|afternoon|evening)s?|(?:every|each)\\s+lunch ?(?:break|time)|at\\s+night|every\\s+night|on\\s+(?:rest|off|work|training)\\s+days|first\\s+thing(?:\\s+in\\s+the\\s+morning)?)(?=[\\s,.;!?]|$)`,
  'gi',
);
// ("write the list for Monday": the day a thing is made for is no moment either; "grateful for every night", "go for
// Friday prayers" keep theirs.)
const notCueBeforeDayRe = /\b(?:by|before|until|till|next|last|since|through|(?:list|menu|plans?|agenda|outfits?|clothes|lunch(?:es)?|bags?|meals?|dinners?) for)\s+$/i;

/** Characters trimmed from the ends of a clause (spaces and punctuation). */
const edge = new Set([' ', '\t', '\n', '\r', ',', ';', ':', '.', '!', '?', '-', '–', '/', '+', '→', '*', '"']);

function trimClause(text: string): string {
  // Most clauses are already trim: nothing at either end to take off, no run of spaces inside.
  if (text !== '' && !edge.has(text.charAt(0)) && !edge.has(text.charAt(text.length - 1)) && !hasLooseSpace(text)) return text;
  let start = 0;
  while (start < text.length && edge.has(text.charAt(start)) && text.charAt(start) !== '!' && text.charAt(start) !== '?') start++;
  let end = text.length;
  while (end > start && edge.has(text.charAt(end - 1))) end--;
  let t = text.slice(start, end);
  // "6 p.m." keeps its last dot.
  if (end < text.length && /\b[ap]\.m$/i.test(t)) t += '.';
  // A quote opened and not closed is dropped; a quoted act keeps its quotes.
  if (t.startsWith('"') && (t.match(/"/g)?.length ?? 0) % 2 === 1) t = t.slice(1);
  return hasLooseSpace(t) ? t.replace(/\s+/g, ' ').trim() : t;
}

/** Two spaces, a tab, a line break or a no-break space: found with indexOf, cheaper than an expression. */
function hasLooseSpace(t: string): boolean {
  return t.includes('  ') || t.includes('\n') || t.includes('\t') || t.includes('\r') || t.includes('\u00a0');
}

const dayStartRe = new RegExp(`^${dayPattern}\\b`, 'i');
function lowerFirst(text: string): string {
  const first = /^\S+/.exec(text)?.[0] ?? '';
  // (A day keeps its capital: "Sunday evenings", "Tuesdays and Thursdays after practice".)
  if (first === 'I' || first.startsWith("I'") || /^[A-Z0-9]{2,}/.test(first) || /^[A-Z][a-z]*[A-Z]/.test(first) || (/^[A-Z]/.test(first) && dayStartRe.test(first))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------------------------
// Step 3: each clause's cue and act.

/** Find where a leading cue ends and the action begins. */
const thenRe = /(?:,\s*|(?<!\band)\s+)(?:then|than)\s+/gi;
function splitLeadingCue(t: string): { cue: string; action: string | null } {
  const arrow = t.indexOf('→');
  if (arrow > 0) return { cue: t.slice(0, arrow), action: t.slice(arrow + 1) };
  // ("than" written for "then", but not after a comparison: "something that costs more than £30, …")
  let thenMatch: RegExpExecArray | null = null;
  thenRe.lastIndex = 0;
  for (let m = thenRe.exec(t); m; m = thenRe.exec(t)) {
    if (!(/^\W*than/i.test(m[0]) && /\b(?:more|less|fewer|rather|other|better|worse|longer|shorter|later|earlier|bigger|smaller|higher|lower|faster|slower|greater|cheaper|older|younger|harder|easier|further|farther)$/i.test(t.slice(0, m.index)))) {
      thenMatch = m;
      break;
    }
  }
  const commaAction = /,\s*(?=(?:i\b|i'|we\b|let me\b|my\b|then\b|instead\b|just\b)|[a-z0-9]+\b)/i;
  const firstComma = /,\s*(?=i\b|i'|we\b|let me\b)/i.exec(t);
  // The cue ends at its first boundary: "When I wake up, I'll drink water, then eat" keeps "then eat" in the act.
  // "If I really need to check something I'll use the laptop": an opening right after the cue's word is the cue's own.
  // ("Every time I want to buy something online, …": the person right after the cue's words is the cue's own.)
  const skip = /^(?:(?:every|each|any) ?time|as soon as|(?:right|straight|immediately|just|first thing) (?:after|before|when|once)|\S+)\s+/i.exec(t)?.[0].length ?? 3;
  const opening = t.slice(skip).search(planOpeningRe) + skip;
  const openingFirst = opening >= skip && !!thenMatch && opening < thenMatch.index && !/,/.test(t.slice(0, opening));
  if (thenMatch && thenMatch.index > 2 && !(firstComma && firstComma.index < thenMatch.index) && !openingFirst) {
    return { cue: t.slice(0, thenMatch.index), action: t.slice(thenMatch.index + thenMatch[0].length) };
  }
  // The first comma followed by the person ("I'll …") ends the cue.
  if (firstComma) {
    return { cue: t.slice(0, firstComma.index), action: t.slice(firstComma.index + firstComma[0].length) };
  }
  // "When the kettle boils I'm planning on doing ten squats": the person saying what they will do starts the act.
  if (opening >= skip) {
    return { cue: t.slice(0, opening), action: t.slice(opening).trim() };
  }
  // "when I get home from my shift I'm putting my phone on the charger": after a cue with its own verb, "I'm" and an
  // -ing verb start the act; so they do after a cue with no "I" ("before the end of April I'm finishing …").
  // ("after I shut my laptop at 5 it's going in the drawer": a thing the act is done to may be its subject.)
  const doing = /\s+(?=(?:i\s*(?:'m|am)\s+[a-z]{2,}|it\s*(?:'s|s|is)\s+(?:go|gett|stay|liv|sitt|com))ing\b)/i.exec(t);
  const cueOf = doing ? t.slice(0, doing.index) : ',';
  if (!cueOf.includes(',') && !/\b(?:when|whenever|while|if|once|as|after|before|until)$/i.test(cueOf) && (/\b(?:i|we|you|it|they|he|she)\s+(?!'m\b|am\b)[a-z]{2,}/i.test(cueOf) || (/\S\s+\S/.test(cueOf) && !/\bi\b/i.test(cueOf)))) {
    return { cue: cueOf, action: t.slice(cueOf.length).trim() };
  }
  // "If someone has to take a call they leave the table": with no comma, another person doing something after the cue's
  // own verb starts the act.
  const other = /^(?:if|when|whenever)\s+(?:someone|somebody|anyone|anybody|one of us|the kids?|my (?:husband|wife|partner|kids?))\s+[a-z]+\b.*?\s+(?=(?:they|he|she|we)\s+(?!(?:are|is|was|were|have|has|had|do|does|did|can|could|will|would|'re|'s|'ve)\b)[a-z]{3,})/i.exec(t);
  if (other && !other[0].includes(',')) return { cue: trimClause(other[0]), action: t.slice(other[0].length).trim() };
  // "When I'm ready to eat take a small plate": with no comma, an instruction after the cue's own verb starts the act.
  const told = instructionAfterCue(t);
  if (told > 0) return { cue: t.slice(0, told), action: t.slice(told).trim() };
  // "Before opening a computer I ask myself …": a cue with a verb of its own before the first "I" ends there.
  const firstI = /\s+(?=i\s+[a-z]{2,}\b)/i.exec(t);
  const ownVerb = !!firstI && /\b[a-z]{3,}ing\b/i.test(t.slice(0, firstI.index)) && !/,/.test(t.slice(0, firstI.index));
  if (firstI && ownVerb) return { cue: t.slice(0, firstI.index), action: t.slice(firstI.index).trim() };
  // "As soon as I get home I change …": the person's second "I" starts the act.
  const second = /^\S+(?:\s+\S+)*?\s+i\b[^]*?\s+(?=i\s+[a-z]{2,})/i.exec(t);
  if (second && second[0].length > 2 && !/,/.test(second[0])) {
    return { cue: t.slice(0, second[0].length), action: t.slice(second[0].length).trim() };
  }
  // "Before work I do 10 pushups": with no "I" in the cue, the first "I" and a verb start the act.
  if (firstI && firstI.index >= skip && /\S\s+\S/.test(t.slice(0, firstI.index)) && !/\bi\b/i.test(t.slice(0, firstI.index)) && !/,/.test(t.slice(0, firstI.index))) {
    return { cue: t.slice(0, firstI.index), action: t.slice(firstI.index).trim() };
  }
  // "if I'm too tired just do 10 minutes": with no comma, "just" or "instead" after the moment starts the act.
  const just = /\s+(?!(?:i|we|you)\s)[a-z']+\s+(?=(?:just|instead)\s+[a-z])/i.exec(t);
  if (just && !t.slice(0, just.index).includes(',')) {
    const at = just.index + just[0].length;
    return { cue: t.slice(0, at), action: t.slice(at) };
  }
  const comma = commaAction.exec(t);
  if (comma) {
    return { cue: t.slice(0, comma.index), action: t.slice(comma.index + comma[0].length) };
  }
  return { cue: t, action: null };
}

/** Words after which a verb's plain form is not an instruction: the function words ("to eat", "my run", "from work"), and modals. */
const modalWords = new Set("been will would shall should can could may might must don't i'm i've i'll i'd let whenever once".split(' '));

/**
 * Where an instruction starts inside a cue written without a comma ("after I put the kids to bed on Wednesday call my
 * sister"): a verb's plain form, after the cue has a person and a verb of its own, not after a word that makes it a noun
 * or an infinitive. -1 when there is none.
 */
function instructionAfterCue(t: string): number {
  if (t.includes(',') || !/\b(?:i|we|you|it|they|he|she)\b/i.test(t)) return -1;
  const re = /\S+/g;
  let prev = '';
  // The word right after the person is the cue's own verb; the word after that is its object ("I finish work").
  let sincePerson = -1;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const word = m[0].toLowerCase();
    if (sincePerson >= 2 && plainVerbs.has(word) && !functionWords.has(prev) && !modalWords.has(prev)) return m.index;
    if (/^(?:i|we|you|it|they|he|she|i'm|we're|you're|it's|they're)$/.test(word)) sincePerson = 0;
    else if (sincePerson >= 0) sincePerson++;
    prev = word;
  }
  return -1;
}

/**
 * Where the act starts after a cue written without a comma: the person and a word of planning ("I'll",
 * "I'm planning on", "I want to", "I'd like to", "I need to"), as planMarks has them.
 */
const planOpeningRe =
  new RegExp(String.raw`\s+(?=i\s*(?:'ll|will|won't|shall|'d (?:like|love)|would (?:like|love))\b|i\s*(?:'m|am)\s+${adverb}(?:going|gonna|planning|aiming|committing|trying|hoping)\b|i\s+${adverb}(?:want|plan|intend|aim|hope|need|have|mean|promise|resolve|commit|wish|expect)\s+(?:to|on)\b)`, 'i');
const hedgeTailRe = /,?\s+(?:if (?:possible|i can|need be|i'm able|there's time)|when(?:ever)? possible|where possible)$/i;
/** A comparison after the act ("more often than I used to", "earlier than last year"): not the act, and not a story. */
const comparisonTailRe = /\s+than\s+(?:i\s+(?:used\s+to|did|do(?:\s+now)?|have|was)|before|last\s+(?:year|month|week|time)|ever|usual|now|i'?m\s+used\s+to)\b.*$/i;
const timeOrDayStartRe = new RegExp(`^(?:${timePattern}|${dayPattern}\\b)`, 'i');
const atTimeRe = new RegExp(`^(?:at|@)\\s*(${timePattern}.*)$`, 'i');

/** Tidy a cue: drop "if it's" around a time, "at" before a time, a hedge after it. */
function tidyCue(cue: string): string {
  let c = trimClause(cue);
  // "after work if possible": the hedge names no obstacle; the moment is the cue.
  const hedged = hedgeTailRe.exec(c);
  if (hedged && hedged.index > 3) c = c.slice(0, hedged.index);
  const itIs = /^(?:if|when)\s+it(?:'s|\s+is)\s+(.*)$/i.exec(c);
  if (itIs && itIs[1] && timeOrDayStartRe.test(itIs[1])) c = itIs[1];
  const at = atTimeRe.exec(c);
  if (at && at[1]) c = at[1];
  return lowerFirst(c);
}

const labelRe = /^(\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|[^:→]{1,40}):(?!\d{2}(?:\b|[ap]))\s*(?=\S)/i;
const leadHowOftenRe =
  /^(?:once|twice|(?:\d+|two|three|four|five|six|seven)\s*(?:x|times))\s+(?:a|per|each)\s+(?:day|week|month)(?:\s+to\s+(?:start|begin)(?:\s+with)?)?(?:,?\s+then\s+(?:once|twice|(?:\d+|two|three|four|five|six|seven)\s*(?:x|times))(?:\s+(?:a|per|each)\s+(?:day|week|month))?)?\s*,\s+/i;
const leadCadenceRe = new RegExp(
  `^(?:(?:every|each|on)\\s+)(?:${dayListPattern}|week ?days?|weekends?|${partOfDay}|day)(?:\\s+${partOfDay})?\\s*,?\\s+(?=(?:if|when|whenever|after|before|as soon as|during|once|every time|at|i|i'\\w+)\\b)`,
  'i',
);
/**
 * A moment given over to the act from now on: "Sunday afternoons are now grandma calls", "so thursdays are date night
 * now, no phones", "Weeknights are dry from now on". Without "now" it tells how things are ("Mornings are quiet").
 */
const standingMomentRe = new RegExp(
  `^(?:so\\s+|and\\s+)?((?:(?:on|every)\\s+)?(?:${dayListPattern})(?:\\s+${partOfDay})?|week ?nights|week ?days|weekends|${partOfDay})\\s+(?:are|is)\\s+(?:(?:now|officially)\\s+([^,;]+?)|([^,;]+?)\\s+(?:now|from now on|going forward))(?=\\s*(?:[,;]|$))(.*)$`,
  'i',
);
/** "So that's when I'll do my weekly review": the moment is the one said before, not a cue of its own. */
const thatsWhenRe = /^(?:so\s+|and\s+)?(?:that's|that is|thats|this is)\s+when\s+(?=\S)/i;
/** A moment that a sentence is about: "Friday afternoons at work are dead anyway", "Mornings are the only quiet time". */
const momentSubjectRe = new RegExp(`^((?:${dayListPattern})(?:\\s+${partOfDay})?|week ?nights|week ?days|weekends|${partOfDay})\\b[^,.;]{0,40}?\\s(?:are|is|were|was)\\b`, 'i');
/**
 * A moment given over to an act, not a moment described: "Weekends are busy now, so I'll run on weekday mornings",
 * "Mornings are now so much easier since I quit coffee" say how the moment is (the plan, if any, comes after).
 */
function standingMoment(t: string): RegExpExecArray | null {
  const m = standingMomentRe.exec(t);
  if (!m) return null;
  const said = m[2] ?? m[3] ?? '';
  if (/^(?:so|really|pretty|much|more|less|too|very|quite|when|where|the (?:worst|best|hardest)|free|busy|booked|rough|chaos|chaotic|lonely|stressful|hectic|crazy|mad|insane|easier|harder|better|worse|quiet|dead|slow|tough|hard|impossible|full|packed|taken|gone|different|over)\b/i.test(said)) return null;
  if (/^,?\s+(?:so|since|because|but)\b/i.test(m[4] ?? '')) return null;
  return m;
}
const dayOrTimeLabelRe = new RegExp(
  `^(?:(?:like|maybe|probably|ideally|hopefully|usually|mostly)\\s+)?(?:(?:every|each|on)\\s+)?(?:${dayListPattern}|week ?days?|weekends?|${partOfDay}|tonight|tomorrow|today|${timePattern}|\\d{1,2}[:.]\\d{2})(?:\\s+(?:${partOfDay}|[ap]\\.?m\\.?))?(?:\\s*(?:at|@)?\\s*${timePattern})?$`,
  'i',
);

// Compiled once: a clock time leading the sentence ("At 7:30 I write …").
const leadTimeRe = new RegExp(`^(?:at|around)\\s+${timePattern}(?=\\s+[a-z])(?!\\s+(?:in|at|on|near)\\s)(?![^,]*,)`, 'i');
// Where a cue written after the act ends: a day, a joining word, a comma, the end.
const cueEnd = `(?=\\s+(?:on\\s+|every\\s+|each\\s+)?(?:${dayPattern}|week ?days?|weekends?)\\b|\\s+(?:and|then|until|every|each|daily|before|after|twice|once|thrice|\\d+\\s*x|\\S+\\s+times)\\b|[,;.!]|$)`;
const timePlaceRe = new RegExp(
  `(?:,\\s*|\\s+)((?:at|around)\\s+${timePattern}(?:\\s+(?:in|at|on|by|near|outside)\\s+(?:my|the|our|a|an|his|her|their)\\s+[^,;.]+?)?)${cueEnd}`,
  'i',
);
const situationRe = new RegExp(`(?:^|,\\s*|\\s+)(${situationPattern})(?=\\b)`, 'i');

interface Parts {
  connective: boolean;
  cue: string | null;
  cueStrength: Clause['cueStrength'];
  /** Where the cue came from: before the action, inside it, or the whole sentence. */
  cueAt: 'lead' | 'inner' | 'anchor' | null;
  act: string | null;
  /** A day or part of the day found in the act, kept as a cue of last resort. */
  dayCue: string | null;
}

/** A label that names what is done ("Spanish", "Strength training"), not the note's own words for a plan or a time. */
function topicLabel(name: string): boolean {
  return words(name) <= 3 && !/\d/.test(name) && !labelWords.test(name) && !labelTimeRe.test(name);
}
/** "Morning walk", "Evening stretching": a time of day and the one activity done then ("Night owl" is no activity). */
function timedActivity(name: string): boolean {
  const rest = name.replace(labelTimeRe, '').trim();
  return rest !== name && /^[a-z]+$/i.test(rest) && (plainVerbs.has(rest.toLowerCase()) || /ing$/i.test(rest));
}
/**
 * What stands before an arrow names a topic, not a moment: a few words with no moment, time or day in them
 * ("Spending", "donate pile", "2025 target"), and no state that gets in the way ("tired?", "raining", "behind on Fri").
 */
/** Words before an arrow that are an act of their own ("save 15% of every paycheck", "24 bks this yr"), with no moment in them. */
function arrowAct(left: string): boolean {
  if (words(left) < 2 || arrowMomentRe.test(left.replace(/[/?\d]/g, '')) || /\d[:.]\d\d|\d\s*[ap]m?\b|\b(?:goals?|targets?|plans?|resolutions?|aims?)\b/i.test(left)) return false;
  // ("brush teeth → floss", "sit down at desk → write 3 priorities": a routine act before the arrow is the cue of a habit
  // stacked on it; only an amount makes the words before the arrow an act of their own.)
  return /\d\s*(?:%|[a-z]{2,})/i.test(left);
}
function arrowTopic(left: string): boolean {
  return words(left) <= 3 && !arrowMomentRe.test(left.replace(/\b20\d\d\b/, '')) && !obstacleCue.test(left);
}
const arrowMomentRe = new RegExp(`\\b(?:${dayPattern}|${partOfDayPattern}|breakfast|lunch|dinner|tea|coffee|meals?|commute|alarm|bed\\w*|wak\\w*|asleep|awake|day|done|shower|bath|part(?:y|ies)|wedding|pub|bar|class|meeting|shift|work|office|school|gym|church|payday|week\\w*|noon|home|train|bus|nap)\\b|[/?\\d]`, 'i');
/** A label that starts with a time ("Mornings:", "Weekly:") names when, not what; "Date night" names what. */
const labelTimeRe = /^(?:week|month|year|today|tonight|tomorrow|daily|weekly|monthly|mornings?|evenings?|nights?)\b/i;
const labelWords =
  /\b(?:goals?|plans?|resolutions?|habits?|homework|steps?|rules?|notes?|updates?|to-?dos?|targets?|challenges?|focus|priorit(?:y|ies)|commitments?|intentions?|actions?|tasks?|ideas?|reminders?|strateg(?:y|ies)|plan b|backup|back-up|fallback|otherwise|if not|when|where|how|why|what|who|trigger|cue|reward|desired|current|new|my|the|this|next)\b/i;
/** Words after a label that hold no act: an amount ("15 min …", "2L a day") or only a moment ("mon/wed/fri after work"). */
const quantityOrMoment = new RegExp(`^(?:\\$?\\d|x\\d|(?:one|two|three|four|five|ten|twenty|thirty|once|twice)\\b|(?:every|each|on|at|after|before|when|daily|nightly|first|last|second|third)\\b|${dayPattern}\\b)`, 'i');


/** Take framing words off the front: "So", "I reckon", "the idea for this quarter is to". */
function stripFraming(text: string): string {
  let t = text;
  for (let i = 0; i < 4; i++) {
    const m = framingOpenings.exec(t);
    if (!m || m[0].length === 0) break;
    t = t.slice(m[0].length);
  }
  return t;
}

/** A plan quoted after the words that name it: 'my goal intention is "I want to run regularly"', 'I keep telling myself "just do ten minutes"'. */
const quotedPlanRe =
  /^((?:[^"]*?\b(?:goal|plan|intention|mantra|rule|resolution|promise|motto|reminder|commitment)\b[^"]*?(?:\bis|\bwas|:))|(?:[^"]*?\b(?:tell|telling|told|remind|reminding|say|saying|said)\s+(?:to\s+)?myself))\s*"([^"]{3,}?)(?:"|$)/i;

/** A feeling promised on a condition ("I'll be happy if …", "I'll call it a win when …"): the condition is what will be done. */
const feeling = String.raw`i\s*(?:'ll|will|would|'d)\s+(?:be\s+(?:\w+\s+)?(?:happy|glad|pleased|satisfied|proud)|(?:count|call|consider)\s+(?:it|that|the (?:week|month|day))\s+(?:as\s+)?(?:a\s+)?(?:win|success|good\s+[a-z]+))`;
const contentIfRe = new RegExp(String.raw`^(?:${feeling}\s+(?:if|when|as long as)\s+(.{6,})|(?:if|as long as)\s+(.{6,}?),?\s+${feeling}[.!]*)$`, 'i');

const wishTimeRe = /^(i\s+(?:really\s+)?(?:hope|want|plan|intend|aim|need|mean|expect|wish))\s+((?:this|next|over|during|in)\s+(?:[a-z]+\s+){0,2}[a-z]+)\s+(to\s+.+?)[.!]*$/i;

/** Parts whose cue is written before the act (one shape for all: what reads them stays fast). */
/** A plan under a label that is a day or a time ("Tues:", "6:30:"): the label is the moment, with a cue the words name after it ("tue/thu: piano after dinner"). */
function dayLabelled(connective: boolean, name: string, act: string): Parts {
  const strength = /\d|noon|night|bedtime/i.test(name) ? 'event' : 'day';
  const inner = act ? readInner(act) : null;
  // (Only a cue said with its word: "yoga class at 6" keeps the hour with the class.)
  if (inner?.cue && inner.act && inner.cueAt === 'inner' && cueStartRe.test(inner.cue)) return led(connective, `${name} ${inner.cue}`, inner.act, null, 'event');
  return led(connective, name, act, null, strength);
}
function led(connective: boolean, cue: string, act: string | null, dayCue: string | null, strength: Clause['cueStrength'] = 'event'): Parts {
  return { connective, cue: tidyCue(cue), cueStrength: strength, cueAt: 'lead', act, dayCue };
}

/** A clock time written bare, but not one the act is done by or one that names a thing ("in bed by 10pm", "the 9am spin class"). */
function bareClock(action: string): RegExpExecArray | null {
  const clock = clockRe.exec(action);
  if (!clock) return null;
  const before = action.slice(0, clock.index);
  // ("come in under 2:15", "a 5k in 24:30": a time it takes is no moment.)
  if (/\b(?:by|until|till|before|to|than|for|between|of|the|my|a|an|our|your|their|under|over|in|within|sub)$/i.test(before)) return null;
  // ("memorize Romans 8:28", "read John 3:16": a chapter and verse after a name, not a time; in words written in Title
  // Case, "Lights Out 10:30", a capital says nothing.)
  // ("Ride 1:15 on saturdays": right after the act's verb, a time is how long.)
  if (/^\d+:\d\d$/.test(clock[1] ?? '') && plainVerbs.has(/(\S+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? '')) return null;
  const name = /\s([A-Z][a-z]+)$/.exec(before);
  if (name?.[1] && /^\d+:\d\d$/.test(clock[1] ?? '') && !weekdayRe.test(name[1])) {
    const all = action.match(/[A-Za-z]+/g) ?? [];
    if (all.filter((w) => /^[A-Z]/.test(w)).length * 2 <= all.length) return null;
  }
  return clock;
}

/** Cut the clause's cue from its act. */
function readParts(raw: string): Parts {
  let t = trimClause(raw);
  if (interjectionRe.test(t)) t = t.replace(interjectionRe, '');
  const quoted = quotedPlanRe.exec(t);
  if (quoted?.[2] && /[a-z]{2,}\s+[a-z]/i.test(quoted[2])) t = trimClause(quoted[2]);
  let connective = false;
  let labelDay: string | null = null;
  const thatsWhen = thatsWhenRe.exec(t);
  // ("… that's when the practice happens - 20 minutes of scales": what happens is said after the mark.)
  if (thatsWhen) t = t.slice(thatsWhen[0].length).replace(/^(?:the|my|our)\s+(?:\S+\s+){0,2}?(?:happens?|starts?|begins?|gets? done)\s*(?:[-–:,]\s*)(?=\S)/i, '');
  const standing = standingMoment(t);
  if (standing?.[1]) return led(connective, lowerFirst(standing[1]), trimClause(`${standing[2] ?? standing[3] ?? ''}${standing[4] ?? ''}`), null, 'day');
  // "tue/thu - piano 30 min after dinner": days before a dash label the plan as a colon does.
  const dashed = /^([^-–:]{1,30}?)\s+[-–]\s+(?=\S)/.exec(t);
  if (dashed?.[1] && dayOrTimeLabelRe.test(dashed[1]) && !/^\d/.test(dashed[1])) return dayLabelled(connective, dashed[1], trimClause(t.slice(dashed[0].length)));
  // A label before a colon ("My homework this week: …", "Sleep: …") is not the act; a day or time there is the cue.
  const label = labelRe.exec(t);
  if (label && label[1] && !timeCueStartRe.test(t) && label[1].split(/\s+/).length <= 6) {
    const name = trimClause(label[1]);
    if (dayOrTimeLabelRe.test(name)) return dayLabelled(connective, name, trimClause(t.slice(label[0].length)));
    // "Money Monday: open the budget app": a short label that names a day gives the plan its day.
    // ("Unplug on sundays: no email": an act with its day is not such a label.)
    const named = words(name) <= 3 && !dayOrTimeLabelRe.test(name) && !/\b(?:on|every|each)\s/i.test(name) && !isInstruction(name) && !cueStartRe.test(name) ? dayMatches(name) : null;
    if (named?.phrases[0] && named.days.length > 0 && t.slice(label[0].length).trim()) return dayLabelled(connective, lowerFirst(trimClause(named.phrases[0])), trimClause(t.slice(label[0].length)));
    // "After workout: foam roll", "post-run: stretch", "pre-bed: read": a label that is a moment is the cue.
    if ((cueStartRe.test(name) && words(name) >= 2) || prePostRe.test(name)) {
      const act = trimClause(t.slice(label[0].length));
      if (act) return led(connective, name, act, null);
    }
    // "Weekly review on Friday afternoons: inbox, calendar, …": a label holding its own moment is the act, and what
    // follows lists what it covers.
    const after = t.slice(label[0].length);
    if (words(name) >= 3 && !isInstruction(after) && !planMarks.test(after)) {
      const inner = readInner(name);
      if ((inner.cue || inner.dayCue) && inner.act && !labelWords.test(inner.act)) return { ...inner, connective };
    }
    // "Blog more - aiming for one post a week, probably on sundays": an act before the mark, and after it only how much or when.
    if (words(name) >= 2 && isInstruction(name) && /^(?:aiming|hoping|trying|ideally|preferably|probably|maybe|perhaps|only|at (?:least|most)|even|just|mostly|max|min)\b/i.test(after)) {
      return { ...readInner(name), connective, dayCue: dayCueIn(after) };
    }
    if (!/\d$/.test(label[1]) || /^(?:\d{4} )?[a-z]+\s*#?\d{1,2}$|\b20\d\d$/i.test(name)) {
      connective = /^(?:plan b|backup|back-up|fallback|if not|otherwise)\b/i.test(label[1]);
      t = t.slice(label[0].length);
      // "Today's goal: …", "Tonights plan: …": the day the label names is the act's day.
      labelDay = /^(?:today|tonight|tomorrow)'?s?(?=\s)/i.exec(name)?.[0] ?? null;
      // "Spanish: 15 min on the train", "Gym - mon/wed/fri after work": with no act after it, the topic is the act.
      // ("Morning walk: 20 min": a topic that says its time of day is one too.)
      if ((topicLabel(name) || timedActivity(name)) && !isInstruction(t) && !planMarks.test(t) && quantityOrMoment.test(t)) t = `${name} ${t}`;
    }
  }
  const conn = connectiveRe.exec(t);
  if (conn) {
    connective = true;
    t = t.slice(conn[0].length);
  }
  t = stripFraming(t);
  // "I hope this next week to cut down on sugar": the time said inside the wish goes after the act it times.
  t = t.replace(wishTimeRe, '$1 $3 $2').trim();
  // "I'll be happy if I can stick to my habits", "if I log everything for a week I'll be happy": the condition is the plan.
  const content = contentIfRe.exec(t);
  if (content) t = trimClause(content[1] ?? content[2] ?? t);
  // "lunch → 10 min walk": an arrow joins a cue to its act.
  const arrow = t.indexOf('→');
  // "weight: 180 → 170": between two numbers an arrow is a change, not a cue and its act.
  if (arrow > 0 && !cueStartRe.test(t) && !/\d\s*→\s*\d/.test(t)) {
    const cue = trimClause(t.slice(0, arrow));
    const act = trimClause(t.slice(arrow + 1));
    // "Spending → write down every receipt", "Steps → 8k avg": a topic before the arrow, not a moment, is a label.
    // With only an amount after it, the topic is the act ("Steps 8k avg").
    // "save 15% of every paycheck → straight to savings", "ch 3 draft → advisor by mar 31": an act or an amount before
    // the arrow says what goes where, not when; "forgot all morning? → chug 1L": a question before it is a backup's "if".
    // ("too tired to cook → eggs on toast", "urge to buy something → add it to the list": an obstacle before it is one too.)
    if (cue && act && (/\?$/.test(t.slice(0, arrow).trim()) || (obstacleCue.test(cue) && !/\d/.test(cue))) && !cueStartRe.test(cue)) return { ...readParts(`if ${cue}, ${act}`), connective: true };
    // ("I'm going to study in the library, not my dorm, bc dorm = bed": after a plan of its own, an arrow joins no cue.)
    if (cue && act && planMarks.test(cue)) return readParts(`${cue} (${act})`);
    if (cue && act && arrowAct(cue)) t = `${cue} ${act}`;
    else if (cue && act && arrowTopic(cue)) t = !/\b(?:goal|plan|target|resolution|rule)s?\b/i.test(cue) && !isInstruction(act) && !planMarks.test(act) && quantityOrMoment.test(act) ? `${cue} ${act}` : act;
    else if (cue && act) {
      // "meal prep sun pm → 4 lunches": an act with its moment before the arrow, and what it makes after it.
      const left = readInner(cue);
      const moment = left.cue ?? left.dayCue;
      const doing = moment ? trimClause((left.act ?? '').replace(moment, '')) : '';
      // ("8:30 bus gets in → …" is a moment: the time said first.)
      if (moment && /[a-z]{3}/i.test(doing) && !cue.toLowerCase().startsWith(moment.toLowerCase()) && !/^(?:every|each|w\/|with|at|on|after|before|when)\b/i.test(doing) && !/\bif\b|[.;→]/.test(`${cue} ${act}`)) return led(connective, moment, `${doing} → ${act}`, null, left.cue ? 'event' : 'day');
      return led(connective, cue, act, null);
    }
  }
  // "Once a week to start, then twice, I'll …": how often, said first, is not the act (the cadence reads it).
  const howOften = leadHowOftenRe.exec(t);
  if (howOften && howOften[0].length < t.length) t = t.slice(howOften[0].length);
  // "Tonight after the kids are in bed I'm sitting down with the bills": the day said first is the moment's.
  const day = dayBeforeLeadCueRe.exec(t);
  if (day) {
    const rest = readParts(t.slice(day[0].length));
    if (rest.cue && rest.cueAt === 'lead') return { ...rest, connective, cue: lowerFirst(`${day[0]}${rest.cue}`) };
  }
  // "Every weekday, during my lunch break, …": the cadence comes first, the cue after it.
  // "On nights I'm wrecked, …" is a cue of its own, not how often.
  const leadCadence = cueStartRe.test(t) ? null : leadCadenceRe.exec(t);
  let cadenceCue: string | null = null;
  if (leadCadence) {
    cadenceCue = trimClause(leadCadence[0]);
    t = t.slice(leadCadence[0].length);
  }
  // "Every Sunday after church I ring her": a day written right before the cue is part of its moment.
  // ("Every morning before I get out of bed": a part of the day alone is how often, said by the cadence.)
  const withDay = (cue: string) => (cadenceCue && leadCadence && !leadCadence[0].includes(',') && weekdayRe.test(cadenceCue) ? `${cadenceCue} ${cue}` : cue);
  const leadTime = leadTimeRe.exec(t);
  if (leadTime) {
    return led(connective, withDay(leadTime[0]), trimClause(t.slice(leadTime[0].length)), cadenceCue);
  }
  if (cueStartRe.test(t) || timeCueStartRe.test(t)) {
    const { cue, action } = splitLeadingCue(t);
    // "Before the end of April I'm finishing the application": a deadline said first is no moment (the deadline reads it).
    if (action && /^(?:before|by)\s/i.test(cue) && deadlineRe.exec(cue)?.[0] === trimClause(cue) && !/^\S+\s+(?:(?:this|next|the)\s+)?(?:\w*day|tonight|tomorrow|next\s+(?!week|month|year)\w+|end of the day)$/i.test(trimClause(cue))) return { ...readInner(trimClause(action)), connective, dayCue: null };
    return led(connective, withDay(cue), action === null ? null : trimClause(action), cadenceCue);
  }
  // "Saturday mornings I do the books", "each evening, 15 min of Spanish": the day is the cue.
  if (!cadenceCue) {
    const lead = leadDayRe.exec(t);
    if (lead && lead[1]) {
      const rest = stripFraming(t.slice(lead[0].length));
      const inner = readInner(rest);
      // ("At every fuel stop I'm going to …": an event said first is the moment, before any the act names after it.)
      const event = /^(?:at\s+)?(?:every|each)\s+(?!(?:morning|afternoon|evening|night|lunch ?time|day|weekday|workday)\b)[a-z]{3,}(?:\s+[a-z]{3,})?$/i.test(lead[1]) && !weekdayRe.test(lead[1]);
      if (inner.cue && !event) return { ...inner, connective, dayCue: tidyCue(lead[1]) };
      return led(connective, lead[1], trimClause(event ? (inner.act ?? rest) : rest), null, event ? 'event' : 'day');
    }
  }
  const inner = readInner(t);
  return { ...inner, connective, dayCue: inner.dayCue ?? (cadenceCue ? tidyCue(cadenceCue) : labelDay) };
}

/** The cue written after the act: a time and place, "when …", "after …", a meal, a day. */
/** Where a purpose starts after the act: ", so that …", ", so I don't …" (a reason, "because I'm free at lunch", may say the moment). */
const reasonTailRe = /,?\s+(?:so that|in order to)\s|,\s+so\s+(?:i|we)\s+(?:don't|won't|am not|'m not)\b/i;
/** Where a clock time may follow a word that names a time of its own ("bedtime", "alarm", "curfew"), or -1. */
function timeNounAt(action: string): number {
  const m = /^(?:bedtime|alarm|curfew|wake-?up(?: time)?)\b/i.exec(action);
  return m ? m[0].length : -1;
}
function readInner(t: string): Parts {
  let action = t;
  // "…, so that I'm not deciding what to cook at six o'clock on a Tuesday": a moment inside the reason is not the plan's.
  const reason = reasonTailRe.exec(action);
  const scope = reason && reason.index > 3 ? action.slice(0, reason.index) : action;
  // `words`: a cue's words as written, for a cue a day just before may belong to (a time, a cue word's clause).
  const candidates: Array<{ index: number; length: number; cue: string; words?: string }> = [];
  const tp = timePlaceRe.exec(scope) ?? bareTimeRe.exec(scope) ?? bareClock(scope);
  if (tp && tp[1]) candidates.push({ index: tp.index, length: tp[0].length, cue: tidyCue(tp[1]), words: tp[1] });
  const situation = situationRe.exec(scope);
  if (situation && situation[1]) candidates.push({ index: situation.index, length: situation[0].length, cue: lowerFirst(situation[1]), words: situation[1] });
  const trailing = trailingCueRe.exec(scope);
  // "Walk to work if it's not raining": an if after an act of its own is its condition ("sometimes if …" has no act before it).
  const conditionAfterAct = !/^if\b/i.test(trailing?.[1] ?? '') || isInstruction(action.slice(0, trailing?.index ?? 0)) || words(action.slice(0, trailing?.index ?? 0)) >= 3;
  // "get outside, even if it's just round the block": a concession names no moment (cutAside takes it off the act).
  const conceded = /\beven$/i.test(action.slice(0, trailing?.index ?? 0));
  // "… before the end of the year", "… by Christmas": a deadline, not a moment (cleanIntention cuts it as one).
  const deadlineAfter = !!trailing?.[1] && /^(?:before|by)\s/i.test(trailing[1]) && deadlineRe.exec(trailing[1])?.index === 0;
  if (trailing && trailing[1] && trailing.index > 0 && conditionAfterAct && !deadlineAfter && !conceded) {
    // The cue runs to the end of the sentence; what follows a comma or "instead of" is the act's, not the cue's.
    const cue = trailing[1];
    const stop = cueTailRe.exec(cue);
    let end = stop && stop.index > 3 ? stop.index : cue.length;
    // "I'll weigh it up when I'm faced with it and make my decision then": after a cue that follows the act, "and" with a
    // verb's plain form goes back to the act.
    const back = andActRe.exec(cue.slice(0, end));
    // ("visiting her every thursday after work and bringing the crossword": so does its -ing form after an act in -ing.)
    const word = back?.[1]?.toLowerCase() ?? '';
    const goesBack = !!back && (plainVerbs.has(word) || (/ing$/.test(word) && /^[a-z]+ing\b/i.test(stripSubject(action)) && plainVerbs.has(plainForm(word))));
    // "when I get home from work, before I sit down": a second moment after the comma narrows the first; it is not the act's.
    const narrower = stop && end === stop.index && !goesBack && stop[0].startsWith(',') ? cue.slice(end + stop[0].length) : '';
    let also = 0;
    if (/^(?:before|after|once|as soon as|while|when)\s+(?:i|we|the|my)\b/i.test(narrower)) {
      const next = cueTailRe.exec(narrower);
      also = cue.length - narrower.length + (next && next.index > 3 ? next.index : narrower.length) - end;
    }
    if (back && goesBack) end = back.index;
    const words = cue.slice(0, end);
    candidates.push({ index: trailing.index, length: trailing[0].length - (cue.length - end) + also, cue: tidyCue(words), words });
  }
  // Of the cues written after the act, the first one wins, with one written right after it: "6am before work".
  candidates.sort((a, b) => a.index - b.index);
  const first = candidates[0];
  const next = candidates[1];
  if (first && next && first.words && next.index === first.index + first.length && !/^\s*,/.test(action.slice(next.index)) && !/\band\b/.test(next.cue)) {
    first.length += next.length;
    first.cue = tidyCue(`${first.cue} ${next.cue}`);
  }
  if (first) {
    // "in the morning before I hit the road", "my first shift this Saturday at 8": the day just before belongs to the cue.
    const day = first.words ? dayBeforeCueRe.exec(action.slice(0, first.index)) : null;
    if (day && day[1]) {
      first.index -= day[0].length;
      first.length += day[0].length;
      first.cue = tidyCue(`${day[1]} ${trimClause(first.words ?? '')}`);
    }
    // "Bedtime 10:30": the time is what the bedtime is, so it stays in the act too (and is its moment).
    if (!(first.words && first.index === timeNounAt(action) && /\d/.test(first.cue))) action = action.slice(0, first.index) + action.slice(first.index + first.length);
    // "no new yarn until …, and if I see a sale …": the joining word before a cut cue is neither's.
    const act = trimClause(action).replace(danglingJoinRe, '');
    return { connective: false, cue: first.cue, cueStrength: 'event', cueAt: 'inner', act, dayCue: dayCueIn(action) };
  }
  const meal = mealAnchorRe.exec(scope);
  // A meal is a moment, but a looser one than a cue written out: another clause's cue comes first.
  if (meal) return { connective: false, cue: meal[0].toLowerCase(), cueStrength: 'day', cueAt: 'anchor', act: trimClause(action), dayCue: null };
  return { connective: false, cue: null, cueStrength: null, cueAt: null, act: trimClause(action), dayCue: dayCueIn(scope) };
}

/** A day or part of the day in the act ("tomorrow morning", "on Sunday night"), not a deadline ("by Thursday"). */
function dayCueIn(text: string): string | null {
  dayCueRe.lastIndex = 0;
  for (let m = dayCueRe.exec(text); m; m = dayCueRe.exec(text)) {
    const phrase = m[1] ?? '';
    if (notCueBeforeDayRe.test(text.slice(0, m.index + m[0].length - phrase.length))) continue;
    // "Sat", "sun" and "wed" alone are too often other words.
    if (/^(?:sun|sat|wed|mon)$/i.test(phrase)) continue;
    if (!monthlyDayRe.test(phrase) && dayMatches(phrase).days.length === 0 && /\b(?:mon|tue|wed|thu|fri|sat|sun)/i.test(phrase) && !/night|morning|evening|afternoon|tomorrow|tonight|today|\s[ap]m$/i.test(phrase)) continue;
    return lowerFirst(trimClause(phrase));
  }
  return null;
}

const goingRe = /^(?:i\s*(?:'m|am)|we\s*(?:'re|are))\s+(?:just\s+|also\s+)?going\s+(?:straight\s+|right\s+)?(?=(?:for|out|on|home|to\s+(?:the|my|a|an|bed|work|school|class|church|sleep|yoga|gym))\b)/i;

/** "be adopting word goals" (an act going on), not "be caring" or "be outgoing" (a way to be). */
const beingRe =
  /^be\s+(?!(?:interesting|boring|caring|loving|outgoing|willing|understanding|forgiving|amazing|inspiring|charming|giving|accepting|encouraging|supporting|supportive|thing|evening|morning)\b)([a-z]{3,}ing)(?=\s+\S)/i;
const progressiveRe = /^(?:i\s*(?:'m|am)|we\s*(?:'re|are))\s+(?:just\s+|also\s+|now\s+|finally\s+)?(?!going\b)([a-z]{2,}ing)\b/i;

/** Stems that lost an e the rules in plainForm cannot tell from ones that did not ("writing", but "visiting"). */
const eStems = new Set('writ creat invit excit recit unit quot promot vot not delet complet compet phon'.split(' '));
/** The plain form of a verb from its -ing form: "setting" → "set", "making" → "make", "reading" → "read". */
export function plainForm(ing: string): string {
  const stem = ing.slice(0, -3);
  const lower = stem.toLowerCase();
  if (/([bdgmnprt])\1$/.test(lower)) return stem.slice(0, -1);
  if (lower.length <= 4 && /[^aeiou][aeiou][bcdfgkmnprstvz]$/.test(lower) && !/(?:en|er|on|it)$/.test(lower)) return `${stem}e`;
  if (/^[^aeiou]?[aeiou]?[cgsv]$/.test(lower) || /(?:us|iz|yz|av|iv|ov|[^aeiou][ao]k)$/.test(lower)) return `${stem}e`;
  if (eStems.has(lower)) return `${stem}e`;
  // "preparing", "sharing" lost an e ("wearing", "clearing" did not); "travelling", "cancelling" doubled an l.
  if (/[^e]ar$/.test(lower)) return `${stem}e`;
  if (lower.length > 5 && /[^aeiou]ell$/.test(lower)) return stem.slice(0, -1);
  // "cycling", "juggling": a stem on a consonant and "l" lost its e ("curling", "crawling" did not).
  if (/[^aeiouylrw]l$/.test(lower)) return `${stem}e`;
  // "meditating", "updating", "commuting": a long stem on "-at" or "-ut" lost its e.
  if (lower.length >= 5 && /(?:[^ae]at|[^o]ut)$/.test(lower)) return `${stem}e`;
  return stem;
}

const joinedIngRe = /((?:,|\s)\s*(?:and|then|or)\s+)([a-z]{2,}ing)\b/gi;

/** Take "I will" and the like off the front of an act. */
function stripSubject(action: string): string {
  let a = trimClause(stripFraming(trimClause(action)));
  const negative = negativeModalRe.exec(a);
  if (negative) return 'not ' + a.slice(negative[0].length);
  // "I'm going for a run", "im going to the gym": going somewhere is the act.
  const going = goingRe.exec(a);
  if (going) return 'go ' + a.slice(going[0].length);
  // "I'm setting my alarm", "im doing week 1": the act is the verb's plain form.
  const doing = progressiveRe.exec(a);
  // "setting two alarms and putting my phone across the room": each act joined on is in its plain form too.
  if (doing && doing[1]) return plainForm(doing[1]) + a.slice(doing[0].length).replace(joinedIngRe, (m, join: string, ing: string) => (plainVerbs.has(plainForm(ing).toLowerCase()) ? `${join}${plainForm(ing)}` : m));
  for (let i = 0; i < 3; i++) {
    const m = subjectModalRe.exec(a);
    if (!m || m[0].length === 0) break;
    a = a.slice(m[0].length);
  }
  a = a.replace(/^(?:i|we)\s+(?=[a-z])/i, '');
  a = a.replace(/^(?:won't|will not)\s+/i, 'not ');
  // "not checking work email after 6": the act is "not check work email".
  // ("Not seeing my friends is hard" says how it is.)
  if (!/\b(?:is|are|was|were)\b/i.test(a)) a = a.replace(/^(?:(?:i'm|i am)\s+)?not\s+([a-z]{2,}ing)\b/i, (m, ing: string) => (plainVerbs.has(plainForm(ing).toLowerCase()) ? `not ${plainForm(ing)}` : m));
  return a;
}

/** Where an act runs into an aside or a reason: " - I believe …", ", which …", " because …". */
const asideCutRe =
  /\s+-\s+|;\s+|,?\s+(?:which|because|since|so that|as it|as that|and it|and that|but|so I|so that's|though|although|even (?:if|when)|otherwise known|except|unless|where I|in order to|by (?:continuing|making|being|trying|using|breaking|keeping|doing))\b|,\s+(?:so|and then I'll see|after which|maybe|perhaps|probably|when(?:ever)? (?:that|it) happens)\b|\s+(?:just to|and see)\b|\s+(?:and then|and|then)\s+(?:slowly\s+|gradually\s+)?(?:work|build)(?:\s+my\s+way)?\s+up\b|\s+so\s+(?=(?:there|there's|it|it's|that|i|i'm|we|you|my)\b|(?:[a-z]+\s+){1,3}(?:is|are|will|can|won't)\b)|\s+(?:and|but)\s+(?:i|it)\s+(?:think|hope|know|believe|makes?|feels?|is|was)\b|,\s+and\s+(?:i'll|i will|i'm going to)\b|,\s+(?:she|he|they|it)(?:'s|'re|\s+(?:is|are|was))\s|,\s+that'?s\s+(?:like|about|around|roughly)\s+\d|\s+and\s+(?:they|she|he)\s+(?:can|will|'ll|could|get|are|is)\b/i;

function cutAside(act: string): string {
  const m = asideCutRe.exec(act);
  if (!m || m.index < 3) return act;
  return act.slice(0, m.index);
}

/** Expressions for cutting a phrase, kept by phrase: the same few day and cadence phrases come back in every note. */
const phraseCutters = new Map<string, RegExp>();

function phraseCutter(phrase: string): RegExp {
  let re = phraseCutters.get(phrase);
  if (!re) {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // "move it to Friday morning": a day the act moves to is the act's own, not its moment.
    // ("write the list for Monday": nor a day the act is for; "by Monday" after "for" is still the deadline.)
    const after = /^(?:by|before|until|till|every|each)\s/i.test(phrase) ? 'to|until|till' : 'to|until|till|(?:list|menu|plans?|agenda|outfits?|clothes|lunch(?:es)?|bags?|meals?|dinners?) for';
    re = new RegExp(`(?<!\\b(?:${after}))(?:^|,\\s*|\\s+)(?:on\\s+|starting\\s+|from\\s+)?${escaped}(?![a-z'])`, 'i');
    if (phraseCutters.size >= 500) phraseCutters.clear();
    phraseCutters.set(phrase, re);
  }
  return re;
}

function cutPhrases(text: string, phrases: string[]): string {
  let out = text;
  for (const phrase of phrases) {
    if (!phrase) continue;
    out = out.replace(phraseCutter(phrase), '');
  }
  return out;
}

/** The words with a first verb in its -ing form put in its plain form: "learning a language" → "learn a language". */
const plainFirst = (text: string): string => text.replace(/^[a-z]{2,}ing\b/i, (ing) => plainForm(ing));
const setAsideRe =
  /^(?:set aside|make|find|block(?: out| off)?|carve out|dedicate|devote|spend)\s+((?:my\s+)?(?:first\s+|last\s+)?(?:\S+\s+){1,2}?(?:min(?:ute)?s?|hours?|hrs?)|(?:some\s+)?time)\s+(?:to|for)\s+(\S.*)$/i;
const timeForRe = /^(?:my|the|our)\s+(?:\S+\s+){0,3}?(?:time|moment|slot|window)\s+(?:for|to)\s+(.+?)\s+(?:is|will be|would be)$/i;

/** A condition after a comma, with the word before the comma (put back: no lookbehind, which iOS before 16.4 lacks). */
const conditionTailRe = /(\S),\s+(?:if|unless|as long as|provided)\s+.*$/i;
/** What comes off the end of an act, in this order: how long, when it starts, how often, asides, conditions, hedges. */
const actTailCuts: readonly RegExp[] = [
  /\s+(?:for the next|over the next)\s+\S+\s+(?:days?|weeks?)$/i,
  // "read more, starting in March": when the plan begins is not the act.
  /,?\s+(?:starting|beginning|from)\s+in\s+\w+$/i,
  /\s+(?:this|next|every|each)\s+(?:week|month|morning|evening|night|day|weekend|year)$/i,
  /\s+(?:at some point|sometime|some time|someday|one day|soon|eventually|later|again|as well|too|instead|from now on|going forward|straight|for good|anymore|any more)(?:\s+(?:this|next)\s+\w+)?$/i,
  /\s+(?:at least|at most)$/i,
  // "call her, every sunday": a dangling "every" left where its day was cut.
  /,?\s+(?:every|each)(?:\s+(?:other|second))?$/i,
  // "finish two chapters over the summer": the stretch of time the plan is for is not the act.
  /\s+(?:over|during|throughout)\s+(?:the|this|next)\s+(?:summer|winter|spring|autumn|fall|holidays|break|term|semester|year|month|week(?:end)?)$/i,
  // "stretch daily when:" with the moments listed after it: the word that leads to them is not the act's.
  /\s+(?:when|whenever|if|once|while|unless)$/i,
  // "budget check with my husband, no exceptions": insisting is not the act.
  // ("…, wish me luck", "…, fingers crossed lol": a word to the reader is not the act either.)
  /,?\s+(?:no exceptions|no excuses|no arguments|no matter what|whatever happens|rain or shine|whatever the weather|wish me luck|fingers crossed|we'?ll see|lol|haha|lmao)$/i,
  // "run after work, if it's not raining": a condition after a comma is not the act (the word before it stays).
  conditionTailRe,
  // "call grandma, its like 25 min so perfect", "do 30 pushups, stole this idea off someone": an aside after a comma,
  // with a subject of its own, is not the act.
  // ("…, I know it's cheesy, my therapist made me", "…, is that too much to ask", "…, nothing fancy": a remark, the same.)
  /,\s+(?:i've|i'm(?!\s+[a-z]+ing\b)|i was|its|it's|we|we're|they|stole|not just|which|since|because|cause|(?:my|our|the) [a-z]+ (?:is|are|was|does|has|made|said|says|told|keeps?|thinks?|wants?|knows?)|i (?:just |really |also |still )?(?:know|knew|keep|kept|don't|didn't|think|thought|guess|mean|hate|lose|lost|swear|figure|need(?! to))|is that|that's (?:all|it)|nothing fancy|no promises|doesn't have to|nobody|no one|everyone)\b.*$/i,
  // "read one chapter, starting with Mark", "be a better friend, the kind who remembers birthdays": where it starts and
  // what kind it is are not the act.
  /,\s+(?:starting with|beginning with|the kind (?:who|that|of))\b.*$/i,
  // "go to bed when I feel tired, not when the episode ends": the moment it is not is not the act.
  /,\s+not\s+(?:when|until|after|before|at|on|every)\b.*$/i,
  // "$500 goes into savings on the first, before we pay anything else": a second moment after a comma is not the act.
  /,\s+(?:before|after)\s+(?:i|we)\b.*$/i,
  // "go swimming, if possible": a hedge after the act is not the act (it is said elsewhere: no obstacle named).
  hedgeTailRe,
  // "run more often than I used to": the comparison is not the act.
  comparisonTailRe,
  // "read more, like 20 pages", "call my mom more, like": a filler before an example is not the act.
  /,?\s+(?:like|maybe|probably|perhaps|or so)$/i,
  // "finish the draft by may or my advisor is going to kill me": what happens otherwise is not the act.
  /\s+or\s+(?:else\b|(?:my|our|his|her|their)\s+[a-z]+\s+(?:is|will|'s|are|gonna|going)\b).*$/i,
  // "once a week to start, then twice", "every two months": how often, said after the act.
  /,?\s+(?:to (?:start|begin) with|to (?:start|begin))(?:,?\s+then\s+.*)?$/i,
  /\s+every\s+(?:other|second|two|three|four|few|\d+)\s+(?:days?|weeks?|months?)$/i,
  // A second "how often" left after the first was cut ("write 3k a day, 5 days a week").
  /,?\s+(?:\d+|one|two|three|four|five|six|seven)\s+days?\s+(?:a|per)\s+week$/i,
  /\s+(?:a|per|each|every)\s+(?:day|week|month|night|morning|evening)$/i,
];

function cleanIntention(action: string, phrases: string[], deadline: string | null): string | null {
  let a = cutPhrases(trimClause(action), deadline ? [...phrases, deadline] : phrases);
  // "plan on walking the dog": the act is "walk the dog".
  const framedIng = ingFraming.exec(a);
  if (framedIng?.[1]) a = plainForm(framedIng[1]) + a.slice(framedIng[0].length);
  a = stripSubject(a)
    .replace(/^(?:just|also|really|finally|then|still|only|definitely|probably|potentially|likely|actually)\s+/i, '')
    .replace(/^(?:continue|keep on|go on|aim|attempt|plan|intend|hope|want|need|decide|promise|try|trying|remember|manage|make an effort|strive)\s+to\s+/i, '')
    // "I'd like us to be close again", "I'd love for her to know her letters": what is wished for.
    .replace(/^(?:like|love)\s+(?:for\s+)?(?:us|him|her|them|(?:my|our)\s+[a-z]+)\s+to\s+(?=[a-z])/i, '')
    .replace(/^(?:try|trying)\s+and\s+/i, '')
    // "try writing 3 lines": the act is "write 3 lines" (a verb the list knows: "try boxing" stays).
    .replace(/^(?:try|trying)\s+([a-z]{2,}ing)\b/i, (m: string, ing: string) => (plainVerbs.has(plainForm(ing).toLowerCase()) ? plainForm(ing) : m))
    // "start doing 10 pushups", "start small by walking twice a week": the act is "do 10 pushups", "walk".
    .replace(/^(?:start|begin)(?:\s+(?:small|slow|slowly|off|easy))?(?:\s+by\s+([a-z]{2,}ing)\b|\s+([a-z]{2,}ing)\b(?=\s+\S))/i, (_m, by?: string, ing?: string) => plainForm(by ?? ing ?? ''))
    .replace(/^(?:do my best to\s+)?make sure (?:that\s+)?(?:i\s+(?:will\s+|'ll\s+)?)?/i, '');
  // "set aside 15 minutes to clear my inbox", "dedicate my first ten minutes to learning a language": the act, for that long.
  const spent = setAsideRe.exec(a);
  if (spent?.[2]) a = `${plainFirst(spent[2])}${/time$/i.test(spent[1] ?? '') ? '' : ` for ${spent[1]}`}`;
  a = cutAside(a);
  // "cut back on salt and I'll walk 30 minutes": two acts, the person said once.
  a = a.replace(/,?\s+and\s+(?:i|we)\s*(?:'ll|will|'m going to|am going to|'m gonna)\s+(?=[a-z])/gi, ', ');
  // "do 5 squats and then I will feel proud": the consequence is not the act.
  a = a.replace(consequenceTail, '');
  // "be adopting word goals": the act is "adopt word goals".
  const being = beingRe.exec(a);
  if (being && being[1]) a = plainForm(being[1]) + a.slice(being[0].length);
  for (const cut of actTailCuts) a = a.replace(cut, cut === conditionTailRe ? '$1' : '');
  // "my go-to time for meditating is (during my commute)": the time named is the cue's; what it is for is the act.
  const timeFor = timeForRe.exec(a);
  if (timeFor?.[1]) a = plainFirst(timeFor[1]);
  // "logging everything I eat": an act said with its -ing form is the act in its plain form.
  a = trimClause(a).replace(/^[a-z]{3,}ing\b(?!\s+(?:as|that)\b)/i, (ing) => (plainVerbs.has(plainForm(ing).toLowerCase()) ? plainForm(ing) : ing));
  if (!a) return null;
  return lowerFirst(a);
}

function obstacleOf(cue: string): string {
  let o = cue.replace(/^(?:if|when|whenever|in case|should|once|after|before|every time|each time|on (?:days|nights)(?: when)?)\s+/i, '');
  o = o.replace(/^(?:i\s*(?:'m|am)\s+|i\s+)/i, '');
  o = o.replace(/^(?:experience|feel|have|notice|get|hit|face)\s+(?:the\s+|an?\s+)?(?=\w)/i, '');
  return trimClause(o);
}

function isObstacle(cue: string | null, connective: boolean): boolean {
  if (!cue) return false;
  if (!/^(?:if|when|whenever|in case|should|every time|each time|any ?time|on (?:days|nights))\b/i.test(cue)) return false;
  // "if it's not raining", "if I'm not too tired": a condition that lets the plan happen, not what gets in its way.
  if (/\b(?:not|isn't|aren't|n't)\s+(?:so\s+|too\s+|as\s+)?(?:tired|busy|stressed|swamped|raining|snowing|sick|ill|late|cold|hot|wet)\b/i.test(cue)) return false;
  return obstacleCue.test(cue) || connective;
}

/** First words that make a clause a statement, not an instruction ("is a new day", "the pool …"). */
const notImperative =
  /^(?:i|it|this|that|there|here|we|she|he|they|you|my|our|the|a|an|is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|does|did|am|be|its|it's|that's|there's|which|who|what|his|her|their|your|some|any|all|most|one|many|much|lots|such|very|too|several|plenty|still|haven't|hasn't|didn't|wasn't|weren't|isn't|aren't)\b/i;

/** An act whose object is only "it", "that" or "this" ("start doing that again", "do it"). */
function pointsBack(c: Clause): boolean {
  const act = stripSubject(c.act ?? '');
  // ("I'll do it tomorrow, probably, hopefully": a time and a hedge after it still point back.)
  return /^(?:\S+\s+){0,3}(?:it|that|this|them|something(?:\s+(?:new|different|else))?|things|stuff)(?:[\s,]+(?:again|too|more|now|every \w+|today|tonight|tomorrow|later|this \w+|next \w+|probably|hopefully|maybe|for sure))*$/i.test(act);
}

/** An amount of an activity, as shorthand writes an act: "5 min of stretching", "20 pages", "10 squats". */
const amountOfAct = /^\d+\s*(?:min|mins|minutes|hours?|hrs?|pages|reps|push-?ups|sit-?ups|squats|km|k|miles|steps|words|lines)\b/i;

/** Words that report a plan someone said rather than make one: "says", "keep saying", "told me". */
const reportedRe = /\b(?:says|said|keeps? saying|kept saying|always say|tells? me|told me|always tell myself)\b(?:\s+(?:that|to))?\s*/i;

const amountRe = new RegExp(String.raw`(?:^|\s)((?:about|around|roughly|at least|over)\s+)?(\d[\d,.]*|a thousand|a hundred)[\s-]+(${Object.keys(unitActs).map((u) => u.replace(/s$/, 's?')).join('|')})\b`, 'i');
/** Words that start a plan with no act in it: an amount, a determiner, a "be" that says how big a day is. */
const noActStartRe = /^(?:\d|(?:a|an|the|my|about|around|at least)\s|(?:needs?|has|have) to be\s|(?:is|will be|should be)\s)/i;
/** An act that starts by setting a goal ("set forth a 1,000 word goal"), not by doing it. */
const settingRe = /^(?:set|set forth|set myself|have|make)\b.*\b(?:goal|target|aim)\b/i;

/** "3 books this summer", "needs to be a huge day at about 5,000 words": an amount with no act of its own is the act its unit says ("read 3 books"). */
function actOfAmount(intention: string | null): string | null {
  if (!intention) return intention;
  // Only where no act is said: the words start with the amount, a determiner, or "needs to be", or set a goal.
  if (!settingRe.test(intention) && !noActStartRe.test(intention)) return intention;
  // "the end of summer I'd like to have hit my 10%": a person or an act of their own is in the words after all.
  if (/\b(?:i|i'd|i'll|i'm|we)\b|\bto\s+(?!be\b)[a-z]/i.test(intention)) return intention;
  const m = amountRe.exec(intention);
  const written = m?.[3]?.toLowerCase() ?? '';
  const unit = unitActs[written] ? written : `${written}s`;
  const act = unitActs[unit];
  if (!m || !act) return intention;
  return `${act} ${m[1] ?? ''}${m[2]} ${unit}`;
}

const planNameRe = /\b(?:goal|plan|aim|idea|intention|resolution|focus|thing|step|trick)\b/i;
/** A clause that says how things are: "I'm at home", "It's a weekday", "I'm not hungover" (not "I'm going …", "I'm running …"). */
const stateRe = /^(?:i'm|i am|it's|it is|that's|there's|we're|they're)\s+(?!(?:going|gonna|planning|aiming|trying|committing|hoping|about to|[a-z]{2,}ing)\b)/i;

/**
 * A subject and a verb in the past with its object or a particle after it ("Pastor asked me", "drinking crept in"), or
 * a past verb first, as a diary writes it ("failed my stats quiz", "slept through my alarm again").
 */
const pastVerb = String.raw`(?:[a-z]{2,}[^e\s\d]ed|went|came|got|crept|took|made|gave|told|left|fell|broke|ran|ate|drank|slept|woke|wrote|lost|won|spent|paid|bought|sold|kept|began|became|grew|threw)`;
const pastStatementRe = new RegExp(
  String.raw`^(?:(?:[a-z]{2,}[^e\s\d]ed|went|got|lost|paid|bought|slept|spent|failed)\s+(?:my|the|a|an|through|off|\d)|(?!(?:i|we)\b)(?:[a-z0-9'-]+,?\s+){1,4}?(?:(?:just|finally|absolutely|totally|really|already|never|always|basically|literally|kind of|kinda)\s+)?${pastVerb}\s+(?:me|us|him|her|them|it|my|our|his|their|in|up|out|off|down|over|away|again|so|like|into|through|around|back|and))\b`,
  'i',
);

/** A word that could be a verb, then a past verb and its object ("Work dried up", "Coach asked me"): the word is its subject. */
const nounPastRe = new RegExp(String.raw`^[a-z]+\s+${pastVerb}\s+(?:me|us|him|her|them|my|our|up|out|off|down|away|again)\b`, 'i');
const presentStatementRe = /^(?!(?:i|we|you|they)\b)(?:[a-z0-9'-]+,?\s+){1,3}?([a-z]+s)\s+(?:my|our|him|her|them|up)\b/i;
/** A subject and a verb in the present with a possessive, a person or "up" after it ("Knitting keeps my hands busy", "club starts up"; not "me", which cost a held-out flag). */
function saysOfItself(text: string): RegExpExecArray | null {
  const m = presentStatementRe.exec(text);
  const w = (m?.[1] ?? '').toLowerCase();
  return m && (plainVerbs.has(w.slice(0, -1)) || (w.endsWith('es') && plainVerbs.has(w.slice(0, -2)))) ? m : null;
}

/** Words with no verb in them: no person, no verb the list knows, no "-ing" word, no "is", "can", "'ll" and the like, no "no …" rule. */
function verbless(text: string): boolean {
  return !/\b(?:i|we|no|is|are|was|were|will|can|has|had|\w+ing)\b|'/i.test(text) && !text.split(/\W+/).some((w) => plainVerbs.has(w.toLowerCase()));
}

/** A clause with its cue's words put as "when": what the cue says of itself ("the kids are asleep", "I can") is not the clause's. */
function cueAsWhen(text: string, cue: string | null): string {
  return cue ? text.replace(cue, 'when') : text;
}

const presentSaid = 'a plan said in the present';

/** Give a clause its role, with the evidence, and weigh how much it reads as the plan. */
function roleOf(text: string, p: Parts): Clause {
  // One shape for every clause (the same keys in the same order): what reads them stays fast.
  const make = (role: Role, evidence: string, weight: number, act = p.act): Clause => ({ text, cue: p.cue, cueStrength: p.cueStrength, act, role, evidence, weight });
  const bare = trimClause(text);
  // The words after "Ok so", "Anyway", "This week," … are the clause's own.
  const core = interjectionRe.test(bare) ? bare.replace(interjectionRe, '') : bare;
  if (framingClause.test(bare) || framingClause.test(stripFraming(core))) return make('framing', 'frames the plan without saying it', -9, null);
  // "Blog Play:", "Meal prep x fridge deep clean:": a title over the plan, not the plan.
  if (/:\s*$/.test(text) && words(core) <= 6 && !p.cue) return make('framing', 'a title over the plan', -9, null);
  // ("Actually, tomorrow on my lunch break, when the phone lines are quieter.": a moment, and why then, is only when;
  // "actually" is an interjection. "and", "or", "maybe" before it were tried too: the held-out part's flag fell.)
  if (p.cue && (!p.act || !trimClause(p.act.replace(/^(?:when|while|because)\s.*$/i, '')))) return make('cue', `names a moment: "${p.cue}"`, -9);
  // "If I'm not within reach of the snacks, then I can't graze": what follows from the plan, not a plan of its own.
  if (p.cue && p.act && /^if\b/i.test(p.cue) && /^(?:then\s+)?i\s+(?:can't|cannot|won't be able|couldn't)\b/i.test(p.act)) return make('context', 'says what follows from the plan', -4);
  if (!p.act) return make('context', 'no act in it', -9);
  // "Then I can finally stop talking about it": what the plan makes possible, not a plan of its own.
  if (/^(?:and\s+)?(?:then|that way)\s+(?:i|we)\s+(?:can|could|get to|(?:'ll|will) be able to)\b/i.test(bare)) return make('context', 'says what follows from the plan', -4);
  // "Floss. Every night.": a moment alone is when, not what: the plan's moment, as in "Floss every night".
  if (!p.cue && dayOrTimeLabelRe.test(p.act)) return { ...make('cue', 'says only when', -9, null), cue: tidyCue(p.act), cueStrength: 'day' };
  // ("…, so every time a client pays I move 30% …": after "so", a moment that is no "if" is the plan's, not a backup's.)
  if (isObstacle(p.cue, p.connective && !(/^so\b/i.test(bare) && !/^(?:if|in case|should)\b/i.test(p.cue ?? '')))) {
    const word = obstacleCue.exec(p.cue ?? '')?.[0];
    return make('obstacle', word ? `names an obstacle: "${word}"` : 'follows the plan as its backup', -1);
  }
  let weight = 0;
  const evidence: string[] = [];
  // "eating more than I should be": a modal in a comparison plans nothing.
  // (Nor does a cue's own "I can": "I've been visiting whenever I can".)
  // ("daily was never going to happen": what was going to be plans nothing.)
  const found = planMarks.exec(
    cueAsWhen(core, p.cue)
      .replace(/\bthan\s+(?:i|we)\s*(?:should|could|would|can|need|want|'d)\b/gi, 'than')
      .replace(/\b(?:was|were)\s+(?:never\s+|not\s+|always\s+)?going to\b/gi, 'was'),
  );
  // "My doctor says I need to …", "I keep saying I'll …": a plan reported, not made.
  // ("Coach says my splits fall apart": what someone says, with no plan in it, is the story too.)
  const reported = reportedRe.exec(core);
  // "I still met my goal": a goal named after what was done to it is the story, not a plan.
  const pastGoal = !!found && /^my\b/i.test(found[0]) && /\b(?:met|reached|hit|achieved|missed|smashed|crushed|beat|[a-z]{3,}ed)\s+$/i.test(core.slice(0, found.index));
  // "the goal is meal prep on sundays": framing that names the plan, before an act without "to".
  // ("The goal is to …" names a goal, which a later means may serve: see chooseMain.)
  const framing = core.slice(0, core.length - stripFraming(core).length);
  const framedAs = /\bto\s*$/i.test(framing) ? null : planNameRe.exec(framing);
  const plan = found && !pastGoal && !(reported && reported.index + reported[0].length <= found.index) ? found : (framedAs ?? standingMoment(core));
  if (reported && !plan) {
    weight -= 4;
    evidence.push(`reports what was said: "${reported[0].trim()}"`);
  }
  if (plan) {
    weight += 3;
    evidence.push(`says what will be done: "${plan[0]}"`);
  } else if (presentPlanRe.test(core) || (p.cue && /^(?:i'm|i am)\s+(?!not\b)[a-z]{2,}ing\b/i.test(p.act)) || (((p.cue && p.cueAt === 'lead') || /\b(?:rule|deal|from now on)\b/i.test(framing)) && plainVerbs.has(/^i\s+(?:just\s+|always\s+|now\s+)?([a-z]+)\b/i.exec(p.act)?.[1]?.toLowerCase() ?? ''))) {
    // ("sunday after church I'm calling her": a moment and the person doing it, said in the present, is a plan too;
    // so is a rule said in the present: "right after I brush my teeth I take the pill", "new rule, I drive home the long way".)
    weight += 2;
    evidence.push(presentSaid);
  }
  const act = stripSubject(p.act);
  const single = act.split(/\s+/).length === 1;
  if (!single && (/^[a-z]/i.test(act) || amountOfAct.test(act)) && !notImperative.test(p.act.replace(/^(?:i\s*(?:'ll|will|'d)\s+)/i, ''))) weight += 1;
  // A statement ("tomorrow is a new day", "the allure of my bed is too strong"): a subject and "is" early on,
  // no plan's words and no instruction.
  // "My time for meditating is during my commute" says when: it is the plan, put as a statement.
  // (The cue's own "is" does not count: "studying every night after the kids are asleep"; the cue stands as "when".)
  const statement =
    plan || isInstruction(act)
      ? null
      : /^(?:\S+\s+){0,7}?(?:is|are|was|were|isn't|aren't|wasn't|weren't)\s+(?!(?:during|when|whenever|after|before|at|on|every|each|first thing|right after|straight after)\b)/i.exec(cueAsWhen(bare, p.cue));
  // "I'm at home", "It's a weekday": a state, not an act (a time in it makes it a plan: "I'm in bed by 10:30").
  // ("Pastor asked me to lead …", "taxes absolutely destroyed me": someone or something said to have done a thing, not
  // "Bills paid by the 5th", which is shorthand for a plan.)
  // ("Knitting keeps my hands busy", "grading eats my whole weekend": the same, said in the present.)
  const state = plan || p.cue || /\d/.test(bare) ? null : (stateRe.exec(bare) ?? (isInstruction(act) ? nounPastRe.exec(core) : (pastStatementRe.exec(core) ?? saysOfItself(core))));
  // "Sit down and look at where the money went": a past verb inside a clause of an instruction tells no story.
  const story = isInstruction(act) ? core.replace(/\b(?:where|what|how|which|who|whatever)\s.*$/i, '') : core;
  const told = plan ? null : (contextMarks.exec(story.replace(comparisonTailRe, '')) ?? statement ?? state);
  if (told) {
    weight -= 4;
    evidence.push(`tells what happened: "${told[0]}"`);
  }
  if (hedgeMarks.test(bare)) weight -= 1;
  // "Back in January I promised myself I'd learn to cook": a promise told as past is the plan only if nothing later is.
  if (/^back (?:in|when)\b|\b(?:promised|told) myself\b/i.test(bare)) {
    weight -= 1;
    evidence.push('tells a promise made before');
  }
  if (/\?\s*$/.test(bare)) weight -= 2;
  if (topicOnly.test(act) && !p.cue && single && !plan) {
    // "Running." names a topic; "Meditate." may be the act: it is the plan only if no other clause is.
    return make('act', `a single word: "${act}"`, 0);
  }
  if (weight < 0) return make('context', evidence.join('; ') || 'reads as context', weight);
  return make('act', evidence.join('; ') || 'an act, written as an instruction', weight);
}

/** Whether an intention names no concrete act. */
export function isVagueIntention(intention: string | null): boolean {
  if (!intention) return true;
  const i = intention.replace(/^not\s+/i, '');
  if (vagueOpenings.test(i)) return true;
  const hasNumber = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|sixty|hundred|a few|several|once|twice)\b/i.test(i);
  if (!hasNumber && /\b(?:more|less|fewer|better|harder|healthier|regularly|consistently|often|frequently|properly|seriously)\b/i.test(i)) return true;
  if (!hasNumber && changeVerbs.test(i)) return true;
  if (!hasNumber && /\b(?:some|a bit of|a little|stuff)\b/i.test(i)) return true;
  if (!hasNumber && /^(?:start|begin|keep|continue|stop|quit)\s+\w+ing$/i.test(i)) return true;
  if (!hasNumber && /^(?:start|begin|keep|continue)\s+\w+ing\b/i.test(i) && !/\b(?:the|a|an|my|at|for)\b/i.test(i)) return true;
  const words = i.split(/\s+/);
  if (openActivities.test(i) && !hasNumber) {
    // "for my exams" says why, not how much.
    const rest = words.slice(1).join(' ').replace(/\bfor\s+(?:my|the|an?|our)\s+\w+(?:\s+\w+)?$/i, '').trim();
    if (!/\b(?:the|a|an|my|our|one|each|every|around|to|with|at|through|up|down|out|over)\b|'s\b/i.test(rest) && words.length <= 3) return true;
  }
  return words.length === 1 && !hasNumber;
}

/** Whether a cue is missing or a judgment rather than a moment. */
export function isVagueTrigger(trigger: string | null): boolean {
  if (!trigger) return true;
  return vagueCue.test(trigger) || pronounCueRe.test(trigger);
}

/** A cue that names its moment only as "it" or "that" ("when I'm faced with it", "once that happens"): no moment. */
const pronounCueRe = /^(?:when(?:ever)?|if|once|as soon as)\s+(?:(?:i|i'm|i am|it|that|this)\s+)?(?:[a-z']+\s+){0,2}?(?:it|that|this|them)(?:\s+(?:happens|comes up|arises|occurs))?$|^(?:when(?:ever)?|if|once)\s+(?:it|that|this)\s+(?:happens|comes up|arises|occurs)\b/i;

/** A result with a total or an amount per period stays a result; finishing or reaching something is one too. */
const finishRe = /^(?:finish|complete|submit|hand in|launch|ship)\b/i;

function kindOf(intention: string | null, deadline: string | null): 'process' | 'outcome' {
  if (intention === null) return 'process';
  const written = intention.replace(/^(?:to\s+)/i, '');
  if (outcomeAnywhere.test(written)) return 'outcome';
  const i = written.replace(effortOpening, '');
  if (processPhrasals.test(i)) return 'process';
  if (outcomeVerbs.test(i) || outcomeAnywhere.test(i)) return 'outcome';
  // "Finish the thesis draft by June": finishing by a date is reaching a result. "Make 3 sales calls by Thursday" stays an act.
  if (deadline !== null && finishRe.test(i)) return 'outcome';
  // Any other act with a deadline stays an act when its verb is one ("make 3 sales calls by Thursday");
  // a deadline on anything else marks a result ("run a sub-25 5k by the end of summer").
  // ("save more money this year": doing more of an act, the year it is for is no deadline; "be less stressed this year",
  // "get better at Portuguese" are still states, and "run a marathon next year" a result.)
  if (deadline !== null && !actVerbs.test(i) && (/^be\b|\b(?:get|become)\s+(?:better|[a-z]{3,}er)\b/i.test(i) || !/\b(?:more|less|fewer)\b/i.test(i) || /^(?:have|own|want|get|feel|keep)\b/i.test(i) || !/^(?:this|next)\s+(?:year|month|week)$/i.test(deadline))) return 'outcome';
  return 'process';
}

/** An intention that has swallowed another clause: very long, or long with the person speaking again inside it. */
function tooLong(intention: string): boolean {
  const n = words(intention);
  return n > 20 || (n > 10 && /\s(?:I|I'm|I've|I'll|I'd|which|because|but)\b/.test(intention));
}

function quoteShort(text: string): string {
  const t = trimClause(text);
  return t.length > 70 ? `${t.slice(0, 67).trimEnd()}…` : t;
}

/** Acts on the lines after the plan's, each alone on its line, with no cue of their own: the rest of a routine. */
function followingLineActs(clauses: Clause[], main: Clause, lineOf: Map<Clause, number>): Clause[] {
  const at = clauses.indexOf(main);
  const line = lineOf.get(main) ?? 0;
  const out: Clause[] = [];
  let last = line;
  for (const c of clauses.slice(at + 1)) {
    const n = lineOf.get(c) ?? 0;
    if (n === last) return [];
    if (c.role !== 'act' || (c.cue && !scheduled(c)) || c.weight < 1 || out.length >= 4 || words(c.act) > 8 || c.act === main.act || planMarks.test(c.text)) break;
    out.push(c);
    last = n;
  }
  // Only a plan whose first line is one short act (not a sentence with more after it) is a routine.
  return clauses.filter((c) => lineOf.get(c) === line).length === 1 && main.weight >= 1 && words(main.act) <= 8 ? out : [];
}

/**
 * Lines after the plan's that say the same thing of another act, one to a line ("I cannot eat within three hours of my
 * bedtime / I cannot drink within two hours …"): they open with the plan line's first two words. At most four.
 */
function orParallel(found: Clause[], clauses: Clause[], main: Clause, lineOf: Map<Clause, number>): Clause[] {
  if (found.length > 0) return found;
  const opening = (x: Clause) => /^\s*(\S+\s+\S+)\s/.exec(x.text.toLowerCase())?.[1];
  const first = opening(main);
  if (!first || main.role !== 'act') return [];
  const out: Clause[] = [];
  let line = lineOf.get(main) ?? 0;
  for (const x of clauses.slice(clauses.indexOf(main) + 1)) {
    const n = lineOf.get(x) ?? 0;
    if (n === line || x.role !== 'act' || opening(x) !== first || out.length >= 4) break;
    out.push(x);
    line = n;
  }
  return out;
}

/**
 * The acts listed after a line that says the plan follows ("More specifically, I will:", "At this point I will
 * immediately either:"), one to a line, each without a cue of its own: at most five.
 */
function listAfterIntro(clauses: Clause[], lineOf: Map<Clause, number>): Clause[] {
  const intro = clauses.findIndex((c) => /:\s*$/.test(c.text) && planMarks.test(c.text));
  if (intro < 0) return [];
  const out: Clause[] = [];
  let line = lineOf.get(clauses[intro] as Clause) ?? 0;
  for (const c of clauses.slice(intro + 1)) {
    const n = lineOf.get(c) ?? 0;
    if (n === line || c.role !== 'act' || !c.act || words(c.act) > 14 || out.length >= 5) break;
    out.push(c);
    line = n;
  }
  return out.length > 0 ? [clauses[intro] as Clause, ...out] : [];
}

/** Whether a clause is an instruction: it opens with a verb's plain form, with no subject ("Stretch and hop in the shower"). */
function isInstruction(text: string): boolean {
  const m = /^(?:(?:and|also|then|plus)\s+)?(?:(?:don't|do not|never|always)\s+)?([a-z]+)(?![\w-])(\s+\S+)?/i.exec(trimClause(text));
  if (!m || !plainVerbs.has((m[1] ?? '').toLowerCase())) return false;
  // "Walk is …", "Run's …": the word is a noun here.
  return !/^\s+(?:is|was|are|were|isn't|wasn't|will|would|can|could|has|had)\b/i.test(m[2] ?? '') && !/^'s\b/.test(m[2] ?? '');
}

/**
 * Clauses right after the plan that carry it on: with "then" or "after that", or, one instruction after
 * another ("Run. Finish my banana, stretch and hop in the shower"), the rest of a routine. None has a cue of its own.
 */
function continued(clauses: Clause[], main: Clause): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses.slice(clauses.indexOf(main) + 1)) {
    if (c.role !== 'act' || c.cue || out.length >= 4) break;
    const then = /^(?:and\s+)?(?:then|after that|afterwards)\b/i.test(trimClause(c.text));
    if (!then && !(isInstruction(c.text) && words(c.act) <= 14 && !hedgeMarks.test(c.text) && !/\?\s*$/.test(c.text))) break;
    out.push(c);
  }
  return out;
}

/** A line led by its own day or time ("6:35: get up", "Saturday: rest"), as a schedule writes it. */
function scheduled(c: Clause): boolean {
  const label = c.cue === null ? null : labelRe.exec(trimClause(c.text));
  return !!label && dayOrTimeLabelRe.test(trimClause(label[1] ?? ''));
}

function words(text: string | null): number {
  return text ? text.split(/\s+/).length : 0;
}

/**
 * Within a sentence, a turn to the person starts a new clause: "I haven't lost weight at Thanksgiving before,
 * but I think my plan is to …", "It's been a hard week, so I'll …". An if-then sentence is never split.
 */
const turnRe = /,?\s+(?:but|so(?!\s+(?:that\s+)?i\s+(?:actually\s+|really\s+)?(?:have to|can't|cannot|won't|don't|'m not|am not|never|will have to|'ll have to)\b)|and so|which means|that means)\s+(?=(?:i|we)\b|(?:i|we)'|(?:that's|thats|that is) when\s|new rule\b|(?:will|plan to|going to|gonna)\s+[a-z]|(?:my|the)\s+(?:plan|goal|aim|resolution)\b|(?:from|starting|as of|this|next|tomorrow|tonight|today|every|each|on|at|after|before|when|whenever|once|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|week(?:end|night)s?)\b[^,.;]{0,30}?[\s,](?:i\b|i'))|\s+-\s+(?=(?:i|we)\b|(?:i|we)'|(?:plan|planning|going|want|need|hope|aim|intend)\s+to\s+[a-z])|,?\s+and\s+(?=i\s+(?:plan|want|intend|hope|aim)\s+(?:to|on)\b|i\s*(?:'ll|will)\s|i'm going to\b|i'm\s+(?:[a-z]+\s+){0,2}?(?:determined|committed)\s+to\b)|,?\s+(?:and\s+)?(?:said|decided|told myself|promised myself|swore|resolved)\s+(?:that\s+)?(?=i\s*(?:'d|would|was going to)\s)|,\s+(?=last (?:year|week|month|time) (?:i|we)\b)|,\s+and\s+(?=(?:after|before|when|whenever|every|each|once|as soon as)\s[^,.;]{0,30}?\s(?:i\b|i'))/gi;

/** A decision told after a story ("… and said I was going to smoke my last cigarette"): the words after it, as the plan they are. */
const decisionTurnRe = /^,?\s+(?:and\s+)?(?:said|decided|told myself|promised myself|swore|resolved)\b/i;
function asDecided(piece: string): string {
  return piece.replace(/^i\s*(?:'d|would)\s+/i, 'I will ').replace(/^i\s+was going to\s+/i, "I'm going to ");
}

/** A clause that names itself the plan: "My plan: …", "The plan is to …", "Goal: …". */
const namesPlan = /^(?:(?:so|and|but|now|ok|okay),?\s+)?(?:(?:my|the|our)\s+)?(?:[a-z-]+\s+)?(?:plan|goal|aim|resolution|intention|commitment|rule)\s*(?::|is to\b|will be to\b)/i;

/** Where a backup plan starts inside a sentence: ", if …", " and if …", after an act of its own. */
const backupStartRe = /(?:,\s*|\s+)(?:and\s+|but\s+|or\s+)?(?=if\s+\S)/gi;
/** A backup that says what to do: its "if …" is followed by a comma, "then", an arrow, or "just …" / "I'll …". */
const backupResponseRe = /^if\s+\S.*?(?:,\s*\S|\s+then\s+\S|\s*→\s*\S|\s+(?!(?:i|we|you)\s)[a-z']+\s+(?:just|instead)\s+[a-z]|\s+i\s*(?:'ll|will)\s+[a-z])/i;

/**
 * "After the kids go to bed I'll do 30 minutes, if I'm wiped then just 10": a backup plan written in the same
 * sentence as the plan is a clause of its own, after an act of its own. Only the first such "if" splits.
 */
function splitBackup(sentence: string, backups: Set<string>): string[] {
  if (!/\bif\s/i.test(sentence)) return [sentence];
  backupStartRe.lastIndex = 0;
  for (let m = backupStartRe.exec(sentence); m; m = backupStartRe.exec(sentence)) {
    if (m.index < 3) continue;
    const before = sentence.slice(0, m.index);
    // "call her every sunday, even if it's just 10 min": a concession is no backup plan.
    if (/\beven\s*$/i.test(before)) continue;
    const after = sentence.slice(m.index + m[0].length);
    // "Ok so if my afternoon slump hits, …", "This week, if …": the words before the "if" must be an act of their own:
    // the person doing something, or an instruction.
    const own = trimClause(stripFraming(`${trimClause(before)} `));
    if (!backupResponseRe.test(after) || words(own) < 2 || !(/\b(?:i|we)\b/i.test(own) || isInstruction(own)) || !readParts(before).act) continue;
    backups.add(after);
    return [before, after];
  }
  return [sentence];
}

function splitTurns(sentence: string, soTurns: Set<string>, decisions: Set<string>, told: Set<string>): string[] {
  if (!turnRe.test(sentence)) return [sentence];
  turnRe.lastIndex = 0;
  const out: string[] = [];
  let start = 0;
  let decided = false;
  for (let m = turnRe.exec(sentence); m; m = turnRe.exec(sentence)) {
    const raw = sentence.slice(start, m.index);
    const piece = decided ? asDecided(raw) : raw;
    // "that's okay because I met my goal, and I plan on adding …": "and" turns to the plan only after no plan of its own.
    if (/^,?\s+and\s/i.test(m[0]) && /\b(?:i|we)\s*(?:'ll|will|'m going|am going|'m gonna|plan|want|intend|need|hope|aim)\b/i.test(piece)) continue;
    // "If I'm tired, then I'll …, but I'll …": a cue's sentence stays whole.
    if (cueStartRe.test(trimClause(piece)) && start === 0) return [sentence];
    out.push(piece);
    const decision = decisionTurnRe.test(m[0]);
    if (decided) decisions.add(piece);
    else if (decision) told.add(piece);
    // "…, so I'll walk at lunch": the clause after "so" keeps its word, as the means to what came before.
    start = m.index + m[0].length;
    decided = decision;
    if (/^,?\s*(?:and\s+)?so\s/i.test(m[0])) soTurns.add(sentence.slice(start));
  }
  const last = decided ? asDecided(sentence.slice(start)) : sentence.slice(start);
  out.push(last);
  if (decided) decisions.add(last);
  return out.filter((p) => /[\p{L}\p{N}]/u.test(p));
}

// ---------------------------------------------------------------------------------------------------------------
// Step 4: assemble.

/** The clauses of a commitment, with what each says and the line it is on. */
interface Clauses {
  all: Clause[];
  detail: Map<Clause, Parts>;
  lineOf: Map<Clause, number>;
  /** The clauses that followed a "so" turn. */
  afterSo: Set<Clause>;
}

/** Steps 2 and 3: cut the words into clauses and give each its role. */
function clausesOf(text: string): Clauses {
  const detail = new Map<Clause, Parts>();
  const lineOf = new Map<Clause, number>();
  const afterSo = new Set<Clause>();
  const decisions = new Set<string>();
  const told = new Set<string>();
  const decided = new Set<Clause>();
  // A line said twice (a list inside the item repeats its words) is read once.
  const lines = softWrapped(text.split(/\n+/).filter((line, n, all) => n === 0 || line.trim() !== all[n - 1]?.trim()));
  let previous: Clause | undefined;
  let actSeen = false;
  const all = lines.flatMap((line, n) =>
    splitSentences(line).flatMap((sentence) => {
      const soTurns = new Set<string>();
      const backups = new Set<string>();
      return splitTurns(sentence, soTurns, decisions, told).flatMap((turn) => splitBackup(turn, backups)).map((piece) => {
        const p = readParts(piece);
        // A backup plan said after the plan, in its sentence, follows the plan as its backup.
        if (backups.has(piece)) p.connective = true;
        // The story a decision is told after ("Stood on the scales, sighed and told myself …") is what happened.
        const c = roleOf(piece, p);
        // "Call the landlord about the boiler. If he doesn't answer I'll email him.": an "if" after the plan is its backup.
        if (c.role === 'act' && actSeen && /^if\b/i.test(c.cue ?? '')) Object.assign(c, { role: 'obstacle', evidence: 'an "if" after the plan: its backup', weight: -1 });
        if (c.role === 'act' && c.weight >= 1) actSeen = true;
        if (told.has(piece)) Object.assign(c, { role: 'context', evidence: 'the story a decision is told after', weight: -4 });
        // "Friday afternoons are dead anyway. So that's when I'll do my weekly review": the moment said before.
        if (!c.cue && previous && lineOf.get(previous) === n && thatsWhenRe.test(trimClause(piece))) {
          // ("I'm off on Fridays, so that's when …", "the kids go to bed at 8, so that's when …": the moment it names.)
          const day = detail.get(previous)?.dayCue;
          const moment = momentSubjectRe.exec(previous.text)?.[1] ?? (previous.cue && day && !previous.cue.includes(day) ? `${previous.cue} ${day}` : (previous.cue ?? day));
          if (moment) Object.assign(c, { cue: lowerFirst(moment), cueStrength: 'day' });
        }
        previous = c;
        detail.set(c, p);
        lineOf.set(c, n);
        if (soTurns.has(piece)) afterSo.add(c);
        if (decisions.has(piece)) decided.add(c);
        return c;
      });
    }),
  );
  // "Back in January I promised myself I'd learn to cook. Still haven't. This month I'm going to …": a decision
  // told as past is the plan only if no plan comes after it.
  for (const d of decided) {
    const at = all.indexOf(d);
    if (all.some((x, i) => i > at && !decided.has(x) && x.role === 'act' && x.weight >= 1)) d.weight = Math.min(d.weight, 0);
  }
  return { all, detail, lineOf, afterSo };
}

/** Which clause is the plan, and the clauses around it that say so. */
interface MainChoice {
  main: Clause | undefined;
  /** A clause that names itself the plan ("My plan: …"). */
  namedPlan: Clause | undefined;
  /** The goal the plan serves ("I want to get my steps up, so I'm going to walk at lunch"). */
  served: Clause | undefined;
  /** The line that introduces a list of acts ("More specifically, I will:"), and the acts. */
  intro: Clause | undefined;
  listed: Clause[];
}

/** Words that say a goal or a wish, not yet an act: "my goal is", "I want to", "I'd like to". */
const wishRe = /\b(?:goal|aim|resolution|challenge|want|wish|hope|hoping|trying to|would like|'d like|'d love|would love|desire|need to|decided)\b/i;

/** The person told in the present without a plan's word: "I say this every year", "we eat out too much". */
const toldInPresentRe = /\b(?:i|we)\s+(?!will\b|'ll\b|shall\b|can\b|must\b|should\b|need\b|want\b|plan\b|aim\b|intend\b|hope\b|promise\b|commit\b|am going\b)[a-z]+(?:s)?\b/i;

function chooseMain(c: Clauses): MainChoice {
  const acts = c.all.filter((x) => x.role === 'act');
  // The plan is the first clause that reads as one (what will be done, or an instruction); a bare statement only if none does.
  // An act that only points back ("start doing that again") gives way to a later one that names the act.
  const planLike = acts.filter((x) => x.weight >= 1);
  // A clause that names itself the plan ("My plan: lay out clothes the night before") is the plan.
  const namedPlan = planLike.find((x) => namesPlan.test(trimClause(x.text)) && !pointsBack(x));
  // Words with no verb at all ("Six weeks without a bet.", "three hundred dollars.") give way to a clause that says what will be done.
  // (Not words with a moment of their own, "30 minutes of Spanish after dinner", nor before a plan said "also".)
  // (A plan said with a doubt, "I need to …, though I'm not sure how", still says what will be done.)
  const strong = planLike.find((x) => x.weight >= 2 && x.evidence !== presentSaid);
  const said = !!strong && !/\b(?:also|too)\b/i.test(strong.text);
  // ("Every year I say this and every year December comes …": the person told in the present, with no plan's word, gives
  // way too.)
  // ("Day 12 sober. New rule, I drive home the long way": words with no verb give way to a plan said in the present too.)
  const givesWay = (x: Clause) =>
    (said && ((!x.cue && (verbless(x.act ?? '') || (x.weight < 2 && toldInPresentRe.test(x.act ?? '')))) || x.evidence === presentSaid)) ||
    (!x.cue && x.weight < 2 && verbless(x.act ?? '') && planLike.some((y) => y.weight >= 2 && c.all.indexOf(y) > c.all.indexOf(x) && !/\b(?:also|too)\b/i.test(y.text)));
  // ("SIX. I'm deleting Instagram …": a single word is the plan only if no other clause is.)
  let main: Clause | undefined = namedPlan ?? planLike.find((x) => !pointsBack(x) && !givesWay(x)) ?? planLike[0] ?? acts.find((x) => !(x.evidence.startsWith('a single word') && !plainVerbs.has((x.act ?? '').toLowerCase()))) ?? acts[0];
  // "I'm not going to fix it overnight. But I can be in bed by 10:30": a plan turned from one said in the negative.
  if (main && /\b(?:(?:i'm|i am) not (?:going to|gonna)|i won't|i will not|i can't|i cannot)\b/i.test(main.text)) {
    const turned = planLike.find((x) => c.all.indexOf(x) > c.all.indexOf(main as Clause) && /^but\s/i.test(trimClause(x.text)));
    if (turned) main = turned;
  }
  // "I want to get my steps up, so I'm going to walk at lunch": the plan after "so" is the act that serves the first.
  const at = main ? c.all.indexOf(main) : -1;
  const means = planLike.find((x) => c.all.indexOf(x) === at + 1 && c.afterSo.has(x) && !pointsBack(x));
  let served: Clause | undefined;
  if (means && main && planMarks.test(main.text) && planMarks.test(means.text)) {
    served = main;
    main = means;
  }
  // "My main goal is to stop cramming. I'll review my notes for 20 minutes …": a goal said without an act to do, then
  // a plan that says one, is the goal and its means; the means is the plan.
  // ("Less screen time. Phone goes in the drawer at 9pm.": a few words that name no act are such a goal too.)
  if (main && !served && !main.cue && main !== namedPlan && (wishRe.test(main.text) || (words(main.act ?? '') <= 4 && !isInstruction(main.act ?? '') && !planMarks.test(main.text)))) {
    const goal = cleanIntention(main.act ?? '', [], null);
    const later = planLike.find((x) => c.all.indexOf(x) > c.all.indexOf(main as Clause) && !pointsBack(x) && x.role === 'act');
    const means = later ? cleanIntention(later.act ?? '', [], null) : null;
    // The means says itself a plan, or names its moment: "Wish me luck!" after a wish is no means.
    // (A day is a moment; "next week" is a stretch of time, not one.)
    const moment = !!later && (!!later.cue || !/^$|\b(?:week|month|year)$/i.test(c.detail.get(later)?.dayCue ?? ''));
    const said = !!later && (later.weight >= 3 || moment);
    // A means that names its moment is the if-then plan a goal with no cadence of its own is served by.
    if (later && means && said && (isVagueIntention(goal) || kindOf(goal, null) === 'outcome' || (moment && !findCadence(main.text, goal ?? '')?.cadence)) && !isVagueIntention(means) && kindOf(means, null) === 'process') {
      served = main;
      main = later;
    }
  }
  // "More specifically, I will:" and a list: the listed acts are the plan, and the sentence before them is its frame.
  const [intro, ...listed] = listAfterIntro(c.all, c.lineOf);
  if (listed.length > 0) main = listed[0];
  main ??= c.all.find((x) => x.role === 'obstacle') ?? c.all.find((x) => x.role === 'context' && x.act) ?? undefined;
  // Only a title was written ("Blog play:"): the title is all there is to read.
  if (!main) {
    const title = c.all.find((x) => x.evidence === 'a title over the plan');
    if (title) {
      Object.assign(title, { role: 'act', act: trimClause(title.text), evidence: 'a title, and nothing else to read' });
      main = title;
    }
  }
  return { main, namedPlan, served, intro: listed.length > 0 ? intro : undefined, listed };
}

/** The trigger: the plan's own cue; else a cue from another clause that is not an obstacle; a day only as a last resort. */
function chooseTrigger(c: Clauses, choice: MainChoice): { trigger: string | null; triggerClause: Clause | undefined } {
  const { main, intro } = choice;
  const mainParts = main ? c.detail.get(main) : undefined;
  // Another clause's moment is the plan's when that clause is only the moment, or is itself said as a plan:
  // "my resolve will crumble as soon as I make that commitment" tells a fear, not a moment; "When the alarm goes,
  // I get up" is the plan's form itself.
  const isCue = (x: Clause) => x !== main && x.cue !== null && x.role !== 'obstacle' && x.role !== 'context' && (x.role === 'cue' || x.weight >= 1 || (x.weight >= 0 && c.detail.get(x)?.cueAt === 'lead'));
  if (main?.cue && main.cueStrength === 'event') return { trigger: main.cue, triggerClause: main };
  // With a day of its own ("Coke Zero on Saturdays"), the plan's "if …" elsewhere is a condition, not its moment.
  const ownDay = mainParts?.dayCue ?? (main?.cueStrength === 'day' ? main.cue : null);
  const event = c.all.find((x) => isCue(x) && x.cueStrength === 'event' && !(ownDay && /^if\b/i.test(x.cue ?? '')));
  if (event) return { trigger: event.cue, triggerClause: event };
  if (main?.cue) return { trigger: main.cue, triggerClause: main };
  if (mainParts?.dayCue) return { trigger: mainParts.dayCue, triggerClause: main };
  const other = c.all.find((x) => isCue(x));
  if (other) return { trigger: other.cue, triggerClause: other };
  // The moment said in the line that introduces a list ("On Sunday evening I will:") is the list's.
  const introCue = intro ? (intro.cue ?? readParts(trimClause(intro.text)).cue ?? dayCueIn(intro.text)) : null;
  if (introCue && !isObstacle(introCue, false)) return { trigger: introCue, triggerClause: intro };
  return { trigger: null, triggerClause: undefined };
}

/** The backup plans: clauses that name an obstacle and what to do then, and an "otherwise …". */
function copingOf(clauses: readonly Clause[], main: Clause | undefined, triggerClause: Clause | undefined): CopingPlan[] {
  const coping: CopingPlan[] = [];
  for (const c of clauses) {
    if (!c.cue || !c.act || (c === triggerClause && c !== main)) continue;
    if (c.role !== 'obstacle' && !(c !== main && /^(?:if|when|whenever|in case|should|on (?:days|nights))\b/i.test(c.cue) && c.role === 'act')) continue;
    if (c === main && c.role !== 'obstacle') continue;
    // "if not, …" names no obstacle of its own: it is what to do when the plan falls through.
    const obstacle = obstacleOf(c.cue);
    coping.push({ obstacle: /^(?:not|so)$/i.test(obstacle) ? 'the first plan falls through' : obstacle, response: lowerFirst(stripSubject(c.act)) });
  }
  const otherwise = clauses.find((c) => /^(?:otherwise|if not|failing that|if that fails)\b/i.test(trimClause(c.text)));
  if (otherwise && !coping.some((c) => otherwise.text.includes(c.response))) {
    const response = trimClause(otherwise.text.replace(/^(?:otherwise|if not|failing that|if that fails)\s*,?\s*/i, ''));
    if (response) coping.push({ obstacle: 'the first plan falls through', response: lowerFirst(stripSubject(response)) });
  }
  return coping;
}

/** Whether the reader can tell which part is the act: a doubt in the client's words, or null. */
function doubtOf(text: string, c: Clauses, choice: MainChoice, intention: string | null): string | null {
  const { main, served, namedPlan } = choice;
  const acts = c.all.filter((x) => x.role === 'act');
  // Before a clause that names itself the plan, the others tell the story ("The kids need breakfast … My plan: …").
  const beforeNamed = (x: Clause) => !!namedPlan && c.all.indexOf(x) < c.all.indexOf(namedPlan);
  const rivals = acts.filter((x) => x !== main && x !== served && !beforeNamed(x) && x.weight >= 3 && !x.cue && main && main.weight >= 3 && !main.cue);
  const rival = rivals.find((x) => {
    const other = cleanIntention(x.act ?? '', [], null);
    return other && intention && !/\b(?:it|them|this|that)\b/i.test(other) && other.split(/\s+/).length >= 2;
  });
  if (main?.role === 'context') return `Follow Through could not tell which part of “${quoteShort(text)}” is the act you are committing to.`;
  if (main && rival && rival.act) {
    return `This reads as more than one plan: “${quoteShort(main.act ?? '')}” and “${quoteShort(rival.act)}”. Follow Through read the first as the commitment.`;
  }
  if (intention && tooLong(intention)) return `Follow Through is not sure which part of “${quoteShort(intention)}” is the act itself.`;
  return null;
}

/** Step 4: assemble. Read a commitment written in natural language. */
export function readCommitment(text: string): Reading {
  const normal: Normalised = normalise(text);
  const language = detectLanguage(normal.text);
  const c = clausesOf(normal.text);
  const choice = chooseMain(c);
  const { main, listed } = choice;
  const mainParts = main ? c.detail.get(main) : undefined;
  const chosen = chooseTrigger(c, choice);
  const triggerClause = chosen.triggerClause;
  let trigger = chosen.trigger;
  // "… when the football is on. When that happens I'll …": "that" is the moment the sentence before names.
  const before = triggerClause ? c.all[c.all.indexOf(triggerClause) - 1] : undefined;
  if (trigger && pronounCueRe.test(trigger) && before?.cue && before.role !== 'obstacle' && !pronounCueRe.test(before.cue)) trigger = before.cue;
  const coping = copingOf(c.all, main, triggerClause);

  // A plan written one act per line ("6am: wake up / have breakfast / read"): the acts together are the intention.
  const lineActs = listed.length > 1 ? listed.slice(1) : main ? orParallel(followingLineActs(c.all, main, c.lineOf), c.all, main, c.lineOf) : [];
  if (main && scheduled(main) && trigger === main.cue) {
    const times = lineActs.filter(scheduled).map((x) => x.cue ?? '');
    if (times.length > 0) trigger = [trigger, ...times].join('; ');
  }

  const mainText = main?.act ?? '';
  const deadline = deadlineRe.exec(mainText)?.[0] ?? null;
  // (A moment taken from the sentence before, "I'm off on Fridays, so that's when …", says how often too.)
  const cadenceScope = [main?.text ?? '', triggerClause && triggerClause !== main ? triggerClause.text : '', trigger && main && !main.text.includes(trigger) ? trigger : ''].join(' ').replace(deadline ?? '\u0000', ' ');
  const recurrence = normal.recurrence ? parseCadenceText(normal.recurrence) : undefined;
  const cadenceMatch = findCadence(cadenceScope, stripSubject(mainText));
  const cadence = recurrence ?? cadenceMatch?.cadence ?? null;
  const dayPhrases = cadenceMatch?.cadence?.days ? dayMatches(mainText).phrases : [];
  const cut = [...(cadenceMatch?.phrases ?? []), ...dayPhrases];
  if (trigger && triggerClause === main && mainParts?.dayCue === trigger) cut.push(trigger);
  // "read one chapter with my morning coffee": the meal the plan is anchored to, when it is the moment, is not the act's
  // ("Walk at lunch." keeps it: one word alone is no act to read; a moment said otherwise leaves the meal in the act).
  const anchored = !!trigger && triggerClause === main && mainParts?.cueAt === 'anchor' && main?.cue === trigger;
  let first = actOfAmount(main?.act ? cleanIntention(main.act, anchored && trigger ? [...cut, trigger] : cut, deadline) : null);
  if (anchored && main?.act && words(first ?? '') < 2) first = actOfAmount(cleanIntention(main.act, cut, deadline));
  // "Go for a run!! Then do 20 min of yoga": a sentence that goes on with "then" is the same plan, continued.
  const thenActs = main ? continued(c.all, main) : [];
  const rest = [...new Set([...lineActs, ...thenActs])].map((x) => cleanIntention(x.act ?? '', [], null)).filter((a): a is string => !!a);
  const intention = first && rest.length > 0 ? [first, ...rest].join(', ') : first;

  // "Lose 5 kg before the wedding": before a result, "before …" is a deadline, not a cue.
  let finalDeadline = deadline;
  const resultBefore = mainParts?.cueAt === 'inner' && trigger === mainParts.cue && /^(?:before|by)\s/i.test(trigger ?? '');
  // ("Finish my homework before gaming", "Learn to breathe before I react": an order of things, not a date.)
  if (resultBefore && intention !== null && outcomeVerbs.test(intention) && !processPhrasals.test(intention) && (!/^(?:finish|learn)\b/i.test(intention) || deadlineRe.exec(trigger ?? '')?.index === 0)) {
    finalDeadline = trigger;
    trigger = null;
  }

  const doubt = doubtOf(text, c, choice, intention);
  return {
    intention,
    trigger,
    coping,
    cadence,
    kind: kindOf(intention, finalDeadline),
    deadline: finalDeadline,
    vagueTrigger: isVagueTrigger(trigger),
    vagueIntention: isVagueIntention(intention),
    negated: intention ? /^not\b/i.test(intention) || negatedStartRe.test(intention) : false,
    confidence: doubt ? 'unsure' : 'sure',
    doubt,
    language,
    clauses: c.all,
  };
}

/** Whether the text calls the commitment homework. */
export function usesHomeworkLanguage(text: string): boolean {
  return homeworkWords.test(text);
}
