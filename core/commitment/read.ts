import type { Cadence, CopingPlan } from '../schema.js';
import { dayMatches, findCadence } from './cadence.js';
import {
  changeVerbs,
  dayPattern,
  homeworkWords,
  obstacleCue,
  openActivities,
  outcomeVerbs,
  processPhrasals,
  vagueCue,
  vagueOpenings,
} from './vocabulary.js';

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
}

const timePattern =
  '(?:\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)(?![a-z])|\\d{1,2}:\\d{2}|\\d{1,2}\\s*o\'?clock|noon|midday|midnight|bedtime|lunchtime|dinnertime|teatime|sunrise|sunset|dawn|the (?:start|end|beginning) of (?:the|my|each|every) (?:day|shift|week|workday|work day|lunch break|break|class|lecture|meeting|session))';
/** Moments people anchor a plan to by place or activity: "on the bus to work", "during my lunch break". */
const situationPattern =
  "(?:on|in|during)\\s+(?:the|my)\\s+(?:bus|train|tram|tube|subway|metro|commute|ferry|flight|plane|car|drive|ride|walk|shower|bath|lunch ?break|coffee break|break|way to work|way home|way to school|school run)(?:\\s+(?:to|from|into)\\s+[a-z]+(?:\\s+[a-z]+)?|\\s+home)?";
const cueStartRe =
  /^(?:if|when|whenever|after|before|once|as soon as|every time|each time|any ?time|the moment|while|during|in case|should|on (?:the )?(?:days?|mornings?|evenings?|nights?) (?:when|that))\b/i;
const dayListPattern = `${dayPattern}(?:\\s*(?:,|and|&)?\\s*(?:and\\s+)?${dayPattern})*`;
const partOfDay = '(?:mornings?|afternoons?|evenings?|nights?)';
const timeCueStartRe = new RegExp(
  `^(?:(?:every|each|on)\\s+)?(?:${dayListPattern}|week ?days|weekends?)(?:\\s+${partOfDay})?\\s*,?\\s*(?:at|around|by)\\s+${timePattern}|^(?:(?:every|each)\\s+)?${partOfDay}\\s*,?\\s*at\\s+${timePattern}|^at\\s+${timePattern}|^(?:every|each|on)\\s+${dayListPattern}\\b`,
  'i',
);
const connectiveRe = /^(?:and|but|so|also|plus|or|otherwise|then)\s*,?\s+/i;
const subjectModalRe =
  /^(?:(?:and|so|then)\s+)?(?:i\s*(?:'ll|will|shall|'d|would)\s+(?:really\s+|also\s+|definitely\s+)?(?:like\s+to\s+|love\s+to\s+)?|i\s*(?:'m|am)\s+(?:going|gonna|planning|committing|aiming|trying)\s+(?:to\s+)?|i\s+(?:really\s+|also\s+)?(?:want|plan|intend|commit|promise|aim|hope|need|have|resolve|decided|choose|get)\s+to\s+|i\s+(?:must|can|should)\s+|i\s+wanna\s+|(?:my\s+)?(?:goal|plan|intention|commitment)\s+is\s+to\s+|going\s+to\s+|to\s+)/i;
const negativeModalRe = /^(?:i\s*(?:won't|will\s+not|wo\s+not|shall\s+not|'ll\s+not)|i\s*(?:don't|do\s+not)\s+(?:want|plan|intend)\s+to|i\s*(?:'m|am)\s+not\s+going\s+to)\s+/i;
const deadlineRe = new RegExp(
  `\\b(?:(?:by|before)\\s+(?:the\\s+end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:week|month|year|quarter|day)|end\\s+of\\s+(?:the\\s+)?(?:week|month|year)|${dayPattern}|tomorrow|tonight|christmas|easter|thanksgiving|new\\s+year'?s?(?:\\s+eve)?|the\\s+holidays|the\\s+summer\\s+break|next\\s+\\w+|(?:the\\s+end\\s+of\\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|the\\s+\\d{1,2}(?:st|nd|rd|th)|\\d{4}-\\d{2}-\\d{2})|(?:with)?in\\s+(?:the\\s+next\\s+)?(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:days?|weeks?|months?|years?)|(?:this|next)\\s+(?:year|quarter)|within\\s+(?:a|the|one)\\s+(?:year|month|week))\\b`,
  'i',
);
const negatedStartRe = /^(?:not|never|no longer|no more|avoid|stop|quit|refrain from|cut out|give up|don't|do not)\b/i;
const mealAnchorRe = /\b(?:with|during)\s+(?:my\s+)?(?:breakfast|lunch|dinner|supper|morning coffee|coffee|tea)\b/i;
const trailingCueRe =
  /(?:,\s*|\s+)(?:right\s+|straight\s+|immediately\s+|just\s+)?((?:when(?:ever)?\s+(?!to\b)[a-z]+\s+[a-z]+s\b|(?:when(?:ever)?|after|before|as soon as|every time|each time|once|during|while)\s+(?:i\b|i'|my\b|the\b|it\b|we\b|a\b|an\b|lunch|breakfast|dinner|supper|work|bed|school|class|church|practice|dropping|getting|waking|arriving|leaving|finishing|coming|brushing|showering|eating|[a-z]+ing\b)).*)$/i;

/** Replace typographic quotes and dashes, drop template brackets, collapse spaces. */
export function normalizeText(text: string): string {
  // Most commitments have none of these: one test instead of six passes.
  if (!needsNormalizingRe.test(text)) return text.trim();
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\u00A0/g, ' ')
    .replace(/\[\s*([^\]]*?)\s*\]/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const needsNormalizingRe = /[\u2018\u2019\u201B\u2032\u201C\u201D\u201F\u2033\u2013\u2014\u00A0[\t]| {2}/;

/** Split text into sentences, keeping "6 p.m." and "e.g." whole. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n+/)) {
    let start = 0;
    const re = /[.!?;]+(?:["')\]]*)\s+/g;
    for (let m = re.exec(block); m; m = re.exec(block)) {
      const end = m.index + m[0].length;
      const next = block.charAt(end);
      const before = block.slice(Math.max(0, m.index - 5), m.index + 1);
      if (/[a-z]/.test(next)) continue;
      if (/\b(?:[ap]\.m|e\.g|i\.e|etc|vs|dr|mr|mrs|ms|st)\.$/i.test(before) && !/[A-Z]/.test(next)) continue;
      out.push(block.slice(start, end).trim());
      start = end;
    }
    const rest = block.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out.filter((s) => /[\p{L}\p{N}]/u.test(s));
}

// eslint-disable-next-line no-misleading-character-class -- on purpose: strips an emoji sequence one code point at a time (pictograph, skin tone, VS16, ZWJ)
const emojiRe = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]+/gu;
/** Characters trimmed from the ends of a clause (spaces and punctuation). */
const edge = new Set([' ', '\t', '\n', '\r', ',', ';', ':', '.', '!', '?', '-', '–']);

function trimClause(text: string): string {
  // eslint-disable-next-line no-control-regex -- only ASCII text can skip the emoji pass
  let t = /[^\u0000-\u007f]/.test(text) ? text.replace(emojiRe, ' ') : text;
  let start = 0;
  while (start < t.length && edge.has(t.charAt(start)) && t.charAt(start) !== '!' && t.charAt(start) !== '?') start++;
  let end = t.length;
  while (end > start && edge.has(t.charAt(end - 1))) end--;
  t = t.slice(start, end);
  // "6 p.m." keeps its last dot.
  if (end < text.length && /\b[ap]\.m$/i.test(t)) t += '.';
  return /\s\s|[\t\n\r\u00a0]/.test(t) ? t.replace(/\s+/g, ' ').trim() : t;
}

function lowerFirst(text: string): string {
  const first = /^\S+/.exec(text)?.[0] ?? '';
  if (first === 'I' || first.startsWith("I'") || /^[A-Z0-9]{2,}/.test(first) || /^[A-Z][a-z]*[A-Z]/.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

interface Sentence {
  raw: string;
  connective: boolean;
  cue: string | null;
  /** Where the cue came from: before the action, inside it, or the whole sentence. */
  cueAt: 'lead' | 'inner' | 'anchor' | null;
  action: string | null;
}

/** Find where a leading cue ends and the action begins. */
function splitLeadingCue(t: string): { cue: string; action: string | null } {
  const thenMatch = /(?:,\s*|\s+)(?:then|than)\s+/i.exec(t);
  const commaAction = /,\s*(?=(?:i\b|i'|we\b|let me\b|my\b|then\b|instead\b)|[a-z]+\b)/i;
  if (thenMatch && thenMatch.index > 2) {
    return { cue: t.slice(0, thenMatch.index), action: t.slice(thenMatch.index + thenMatch[0].length) };
  }
  // The first comma followed by the person ("I'll …") ends the cue.
  const subjectComma = /,\s*(?=i\b|i'|we\b|let me\b)/i.exec(t);
  if (subjectComma) {
    return { cue: t.slice(0, subjectComma.index), action: t.slice(subjectComma.index + subjectComma[0].length) };
  }
  const subject = /\s+(?=i\s*(?:'ll|will|won't|shall|am going|'m going)\b)/i.exec(t);
  if (subject && subject.index > 2) {
    return { cue: t.slice(0, subject.index), action: t.slice(subject.index).trim() };
  }
  // "As soon as I get home I change …": the person's second "I" starts the act.
  const second = /^\S+(?:\s+\S+)*?\s+i\b[^]*?\s+(?=i\s+[a-z]{2,})/i.exec(t);
  if (second && second[0].length > 2 && !/,/.test(t)) {
    return { cue: t.slice(0, second[0].length), action: t.slice(second[0].length).trim() };
  }
  const comma = commaAction.exec(t);
  if (comma) {
    return { cue: t.slice(0, comma.index), action: t.slice(comma.index + comma[0].length) };
  }
  return { cue: t, action: null };
}

const timeOrDayStartRe = new RegExp(`^(?:${timePattern}|${dayPattern}\\b)`, 'i');
const atTimeRe = new RegExp(`^at\\s+(${timePattern}.*)$`, 'i');

/** Tidy a cue: drop "if it's" around a time, "at" before a time. */
function tidyCue(cue: string): string {
  let c = trimClause(cue);
  const itIs = /^(?:if|when)\s+it(?:'s|\s+is)\s+(.*)$/i.exec(c);
  if (itIs && itIs[1] && timeOrDayStartRe.test(itIs[1])) c = itIs[1];
  const at = atTimeRe.exec(c);
  if (at && at[1]) c = at[1];
  return lowerFirst(c);
}

const labelRe = /^([^:]{1,40}):\s+(?=\S)/;
const leadCadenceRe = new RegExp(
  `^(?:(?:every|each|on)\\s+)(?:${dayListPattern}|week ?days?|weekends?|${partOfDay}|day)(?:\\s+${partOfDay})?\\s*,?\\s+(?=(?:if|when|whenever|after|before|as soon as|during|once|every time|at|i|i'\\w+)\\b)`,
  'i',
);

// Compiled once: a clock time leading the sentence ("At 7:30 I write …").
const leadTimeRe = new RegExp(`^(?:at|around)\\s+${timePattern}(?=\\s+[a-z])(?!\\s+(?:in|at|on|near)\\s)(?![^,]*,)`, 'i');
// Where a cue written after the act ends: a day, a joining word, a comma, the end.
const cueEnd = `(?=\\s+(?:on\\s+|every\\s+|each\\s+)?(?:${dayPattern}|week ?days?|weekends?)\\b|\\s+(?:and|then|until|every|each|daily|before|after|twice|once|thrice|\\d+\\s*x|\\S+\\s+times)\\b|[,;]|$)`;
const timePlaceRe = new RegExp(
  `(?:,\\s*|\\s+)((?:at|around)\\s+${timePattern}(?:\\s+(?:in|at|on|by|near|outside)\\s+(?:my|the|our|a|an|his|her|their)\\s+[^,;]+?)?)${cueEnd}`,
  'i',
);
const situationRe = new RegExp(`(?:,\\s*|\\s+)(${situationPattern})${cueEnd}`, 'i');

function readSentence(raw: string): Sentence {
  let t = trimClause(raw);
  let connective = false;
  // A label before a colon ("My homework this week: …") is not the act.
  const label = labelRe.exec(t);
  if (label && label[1] && !timeCueStartRe.test(t) && !/\d$/.test(label[1]) && label[1].split(/\s+/).length <= 6) {
    connective = /^(?:plan b|backup|back-up|fallback|if not|otherwise)\b/i.test(label[1]);
    t = t.slice(label[0].length);
  }
  const conn = connectiveRe.exec(t);
  if (conn) {
    connective = true;
    t = t.slice(conn[0].length);
  }
  // "Every weekday, during my lunch break, …": the cadence comes first, the cue after it.
  const leadCadence = leadCadenceRe.exec(t);
  if (leadCadence) t = t.slice(leadCadence[0].length);
  const leadTime = leadTimeRe.exec(t);
  if (leadTime) {
    return { raw, connective, cue: tidyCue(leadTime[0]), cueAt: 'lead', action: trimClause(t.slice(leadTime[0].length)) };
  }
  if (cueStartRe.test(t) || timeCueStartRe.test(t)) {
    const { cue, action } = splitLeadingCue(t);
    return { raw, connective, cue: tidyCue(cue), cueAt: 'lead', action: action === null ? null : trimClause(action) };
  }
  // The cue may come after the act: a time and place, or "when …", "after …".
  let action = t;
  let cue: string | null = null;
  let cueAt: Sentence['cueAt'] = null;
  // Of the cues written after the act, the first one wins.
  const candidates: Array<{ index: number; length: number; cue: string }> = [];
  const tp = timePlaceRe.exec(action);
  if (tp && tp[1]) candidates.push({ index: tp.index, length: tp[0].length, cue: tidyCue(tp[1]) });
  const situation = situationRe.exec(action);
  if (situation && situation[1]) candidates.push({ index: situation.index, length: situation[0].length, cue: lowerFirst(situation[1]) });
  const trailing = trailingCueRe.exec(action);
  if (trailing && trailing[1] && trailing.index > 0) {
    candidates.push({ index: trailing.index, length: trailing[0].length, cue: tidyCue(trailing[1]) });
  }
  candidates.sort((a, b) => a.index - b.index);
  const first = candidates[0];
  if (first) {
    cue = first.cue;
    cueAt = 'inner';
    action = action.slice(0, first.index) + action.slice(first.index + first.length);
  } else {
    const meal = mealAnchorRe.exec(action);
    if (meal) {
      cue = meal[0].toLowerCase();
      cueAt = 'anchor';
    }
  }
  return { raw, connective, cue, cueAt, action: trimClause(action) };
}

/** Take "I will" and the like off the front of an act. */
function stripSubject(action: string): string {
  let a = trimClause(action);
  const negative = negativeModalRe.exec(a);
  if (negative) return 'not ' + a.slice(negative[0].length);
  for (let i = 0; i < 3; i++) {
    const m = subjectModalRe.exec(a);
    if (!m || m[0].length === 0) break;
    a = a.slice(m[0].length);
  }
  a = a.replace(/^i\s+(?=[a-z])/i, '');
  a = a.replace(/^(?:won't|will not)\s+/i, 'not ');
  return a;
}

/** Expressions for cutting a phrase, kept by phrase: the same few day and cadence phrases come back in every note. */
const phraseCutters = new Map<string, RegExp>();

function phraseCutter(phrase: string): RegExp {
  let re = phraseCutters.get(phrase);
  if (!re) {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`(?:^|,\\s*|\\s+)(?:on\\s+)?${escaped}`, 'i');
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

function cleanIntention(action: string, phrases: string[], deadline: string | null): string | null {
  let a = cutPhrases(trimClause(action), deadline ? [...phrases, deadline] : phrases);
  a = stripSubject(a);
  a = a.replace(/\s+(?:for the next|over the next)\s+\S+\s+(?:days?|weeks?)$/i, '');
  a = a.replace(/\s+(?:this|next|every|each)\s+(?:week|month|morning|evening|night|day|weekend)$/i, '');
  a = a.replace(/\s+(?:at some point|sometime|some time|someday|one day|soon|eventually|later)(?:\s+(?:this|next)\s+\w+)?$/i, '');
  a = trimClause(a);
  if (!a) return null;
  return lowerFirst(a);
}

function obstacleOf(cue: string): string {
  let o = cue.replace(/^(?:if|when|whenever|in case|should|once|after|before|every time|each time)\s+/i, '');
  o = o.replace(/^(?:i\s*(?:'m|am)\s+|i\s+)/i, '');
  o = o.replace(/^(?:experience|feel|have|notice|get|hit|face)\s+(?:the\s+|an?\s+)?(?=\w)/i, '');
  return trimClause(o);
}

function isObstacle(s: Sentence): boolean {
  if (!s.cue) return false;
  if (!/^(?:if|when|whenever|in case|should|every time|each time|any ?time|on days)\b/i.test(s.cue)) return false;
  if (/\bnot\s+(?:so\s+|too\s+|as\s+)?(?:tired|busy|stressed|swamped)\b/i.test(s.cue)) return false;
  return obstacleCue.test(s.cue) || s.connective;
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
  return vagueCue.test(trigger);
}

/** Read a commitment written in natural language. */
export function readCommitment(text: string): Reading {
  const normalized = normalizeText(text);
  const sentences = splitSentences(normalized).map(readSentence);
  const acting = sentences.filter((s) => s.action);
  const main =
    acting.find((s) => !isObstacle(s) || acting.length === 1) ??
    acting[0] ??
    sentences[0];

  let trigger: string | null = null;
  let triggerSentence: Sentence | undefined;
  if (main?.cue) {
    trigger = main.cue;
    triggerSentence = main;
  } else {
    triggerSentence = sentences.find((s) => s !== main && s.cue && !isObstacle(s));
    trigger = triggerSentence?.cue ?? null;
  }

  const coping: CopingPlan[] = [];
  for (const s of sentences) {
    if (!s.cue || !s.action) continue;
    const isMain = s === main;
    if (s === triggerSentence && !isMain) continue;
    if (isMain && !isObstacle(s)) continue;
    if (!isMain && !/^(?:if|when|whenever|in case|should|on days)\b/i.test(s.cue) && !isObstacle(s)) continue;
    coping.push({ obstacle: obstacleOf(s.cue), response: lowerFirst(stripSubject(s.action)) });
  }
  const otherwise = sentences.find((s) => /^(?:otherwise|if not|failing that|if that fails)\b/i.test(trimClause(s.raw)));
  if (otherwise && !coping.some((c) => otherwise.raw.includes(c.response))) {
    const response = trimClause(otherwise.raw.replace(/^(?:otherwise|if not|failing that|if that fails)\s*,?\s*/i, ''));
    if (response) coping.push({ obstacle: 'the first plan falls through', response: lowerFirst(stripSubject(response)) });
  }

  const mainText = main?.action ?? '';
  const deadline = deadlineRe.exec(mainText)?.[0] ?? null;
  const cadenceScope = [main?.raw ?? '', triggerSentence && triggerSentence !== main ? triggerSentence.raw : '']
    .join(' ')
    .replace(deadline ?? '\u0000', ' ');
  const roughIntention = stripSubject(mainText);
  const cadenceMatch = findCadence(cadenceScope, roughIntention);
  const dayPhrases = cadenceMatch?.cadence.days ? dayMatches(mainText).phrases : [];
  const intention = main?.action ? cleanIntention(main.action, [...(cadenceMatch?.phrases ?? []), ...dayPhrases], deadline) : null;

  // "Lose 5 kg before the wedding": before a result, "before …" is a deadline, not a cue.
  let finalDeadline = deadline;
  if (
    main?.cueAt === 'inner' &&
    trigger === main.cue &&
    /^(?:before|by)\s/i.test(trigger ?? '') &&
    intention !== null &&
    outcomeVerbs.test(intention) &&
    !processPhrasals.test(intention)
  ) {
    finalDeadline = trigger;
    trigger = null;
  }

  const negated = intention ? /^not\b/i.test(intention) || negatedStartRe.test(intention) : false;
  const outcome =
    intention !== null &&
    !processPhrasals.test(intention) &&
    (outcomeVerbs.test(intention.replace(/^(?:to\s+)/i, '')) || (finalDeadline !== null && !cadenceMatch));

  return {
    intention,
    trigger,
    coping,
    cadence: cadenceMatch ? cadenceMatch.cadence : null,
    kind: outcome ? 'outcome' : 'process',
    deadline: finalDeadline,
    vagueTrigger: isVagueTrigger(trigger),
    vagueIntention: isVagueIntention(intention),
    negated,
  };
}

/** Whether the text calls the commitment homework. */
export function usesHomeworkLanguage(text: string): boolean {
  return homeworkWords.test(text);
}
