// bench/gen-vault.ts
import path2 from "node:path";

// bench/vault.ts
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";

// core/commitment/vocabulary.ts
var dayCodes = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
var dayPattern = "(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?";
function dayCode(word) {
  const w = word.toLowerCase().slice(0, 3);
  return dayCodes.find((code) => code === w);
}
var numberWords = {
  a: 1,
  an: 1,
  one: 1,
  once: 1,
  two: 2,
  twice: 2,
  couple: 2,
  three: 3,
  thrice: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  hundred: 100
};
var numberPattern = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundred)";
function readNumber(word) {
  const w = word.toLowerCase().replace(/^a\s+/, "");
  if (/^\d+$/.test(w)) return Number(w);
  return numberWords[w];
}
var countableActs = /^(?:clients?|customers?|prospects?|people|persons?|friends?|contacts?|colleagues?|mentors?|recruiters?|partners?|peers?|investors?|founders?|referrals?|leads?|messages?|emails?|e-mails?|calls?|phone calls?|texts?|letters?|posts?|articles?|blog posts?|videos?|sessions?|workouts?|runs?|walks?|swims?|rides?|classes?|lessons?|meetings?|coffees?|conversations?|applications?|pitches?|proposals?|interviews?|outreach(?: messages?)?|introductions?|invitations?|check-ins?|times?|meals?|dinners?|lunches?|breakfasts?|visits?|reviews?|updates?|drafts?|chapters?|episodes?|songs?|pieces?|sketches?|paintings?|photos?|things?|acts?|tasks?|tweets?|dms?|notes?|cards?|thank-you notes?|gifts?|hours? of)$/i;
var measureUnits = /^(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|pages?|words?|grams?|g|kg|kilos?|pounds?|lbs?|miles?|km|kilometers?|kilometres?|meters?|metres?|steps?|reps?|push-?ups?|sit-?ups?|squats?|planks?|glasses?|cups?|litres?|liters?|ounces?|oz|calories?|sentences?|paragraphs?|lines?|questions?|breaths?|deep breaths?|sets?|laps?|percent|%|dollars?|euros?|\$)$/i;
var outcomeVerbs = /^(?:land|lose|gain|earn|win|achieve|attain|grow|increase|double|triple|boost|raise|secure|sign|close|hit|reach(?! out)|weigh|become|get(?= (?:a|an|the|my|\d|more|to \d|[a-z]+ (?:clients?|customers?|sales|followers|subscribers)))|make (?:\$|\d|money|more money)|generate|acquire|obtain|publish (?:a|my) book|finish (?:a|the|my) (?:marathon|book|degree|thesis|novel)|pass(?! (?:by|on|through|out|the (?:salt|time)))\b|be promoted|get promoted|save \$?\d)/i;
var processPhrasals = /^(?:get (?:up|out|into|in|to bed|outside|dressed|ready|started|going|back to)|reach out|close (?:my|the) (?:laptop|door|tabs?|apps?|eyes)|raise (?:my|the) (?:hand|topic|issue|question))/i;
var vagueOpenings = /^(?:be (?:a|an) \w+(?:er|ier)\b|be (?:a|an) (?:more|better|less) |work on|working on|focus on|focus more|be (?:more|better|less|a better|healthier|happier|calmer|kinder|nicer|productive|positive|present|mindful|organi[sz]ed|consistent|disciplined|fit|healthy)|get better at|get more|try to|try and|think about|look into|deal with|handle|sort out|figure out|stay (?:calm|positive|focused|motivated|relaxed|healthy|on top)|keep (?:calm|positive|focused|motivated|on top)|quit procrastinating|stop procrastinating|procrastinate less|resist|eat (?:healthy|healthier|better|well|clean|right)|live (?:healthier|better)|take care of|manage|prioriti[sz]e|get (?:organi[sz]ed|fit|healthy|healthier|in shape|on top of|serious|my life together|my act together)|have (?:a better|better|more|a healthier|a closer)|make (?:progress|time|an effort|more time)|do (?:better|more|my best)|be (?:on time|there))\b/i;
var changeVerbs = /^(?:grow|improve|increase|boost|build|expand|develop|strengthen|reduce|cut down|cut back)\b/i;
var openActivities = /^(?:study|studying|practi[cs]e|exercise|work out|workout|train|write|writing|read|reading|learn|learning|network|journal|journaling|meditate|clean|tidy|declutter|organi[sz]e|stretch|walk|run|jog|swim|cycle|bike|draw|paint|code|program|research|save money|network|job hunt|job-hunt|job search|apply)\b/i;
var concreteAmount = new RegExp(
  `\\b(?:${numberPattern}|a few|several|at least|for (?:${numberPattern}|an?|half an?) )\\b|\\b(?:one|a|an|the first|my first|each|every)\\s+\\w+`,
  "i"
);
var vagueCue = /\b(?:have (?:some |any |the |enough |more |a (?:bit|little) of |free |spare |extra )?(?:free |spare )?time|(?:free|spare|down) time|get (?:a|the) (?:chance|moment|minute)|have a (?:chance|moment|minute|sec(?:ond)?)|feel (?:like it|like (?:doing|\w+ing)|motivated|inspired|ready|up to it|energi[sz]ed|in the mood)|in the mood|(?:am|'m|feel|get) (?:motivated|inspired|ready)|(?:am|'m|feel|get) tempted$|when(?:ever)? (?:i|I) can\b|if (?:i|I) can\b|when possible|if possible|when (?:it'?s )?convenient|at some point|sometime|some time|someday|one day|later|eventually|when things (?:calm|settle|slow)|(?:calms?|settles?|quiets?|slows?) down|(?:am|'m|feel) (?:less|not (?:as |so |too )?)(?:busy|tired|stressed|swamped)|have a free (?:evening|morning|afternoon|day|weekend|moment|minute|hour|night)|have (?:the |enough |any |some |more )?(?:energy|bandwidth|headspace|capacity|spoons)|inspiration strikes|the mood (?:strikes|takes me)|(?:am|'m|feel) (?:up for it|inspired)|(?:difficulty|trouble|problems?|struggle|issues?) with (?:time|motivation|focus)|remember(?: to)?\b|get around to|(?:it )?feels? right|the time is right|(?:am|'m) (?:bored|free)$)/i;
var obstacleCue = /\b(?:tempted|notice|catch myself|find myself|scrolling|urge|craving|crave|difficulty|trouble|struggle|struggling|stuck|haven'?t|have not|hasn'?t|don'?t|do not|didn'?t|can'?t|cannot|couldn'?t|won'?t|miss|missed|skip|skipped|forget|forgot|too (?:tired|busy|late|early|stressed|cold|hot|sick)|tired|exhausted|busy|swamped|swallowed|overwhelmed|stressed|anxious|sick|ill|rains?|raining|snows?|bad weather|late|overslept|oversleep|fall behind|behind|interrupt|interrupted|cancel|cancelled|canceled|derail|derailed|blocked|distracted|bored|irritated|angry|upset|procrastinat\w*|run out|ran out|runs late|goes wrong|get(?:s)? in the way|lose track|no time|not enough time)\b/i;
var homeworkWords = /\b(?:homework|home work|assignments?|assigned|chores? for (?:my|the) coach)\b/i;

// core/commitment/cadence.ts
var dayList = `${dayPattern}(?:\\s*(?:,|and|&|or|\\/)?\\s*(?:and\\s+)?${dayPattern})*`;
var dayListRe = new RegExp(`\\b(?:(?:on|every|each)\\s+)?(${dayList})(?:\\s+(?:mornings?|afternoons?|evenings?|nights?))?\\b`, "gi");
var dayWordRe = new RegExp(`\\b${dayPattern}\\b`, "gi");
var weekdaysRe = /\b(?:(?:on |every |each )?week ?days|(?:every|each) weekday|monday (?:to|through|thru|-) friday|mon ?- ?fri)\b/i;
var weekendsRe = /\b(?:(?:on |every |each )weekends?|weekends)\b/i;
var dailyRe = /\b(?:daily|every ?day|each day|per day|a day|every (?:single )?(?:morning|evening|night|afternoon|lunch ?time)|each (?:morning|evening|night|afternoon)|nightly|every (?:day|morning|night) this week|for the next (?:\d+|seven|five|ten|fourteen|thirty) days|each and every day)\b/i;
var timesRe = new RegExp(
  `\\b(once|twice|thrice|${numberPattern}\\s*(?:x|times))\\s*(?:a|per|each|every|in a|in the)\\s+(day|week|month|fortnight)\\b`,
  "i"
);
var everyRe = /\b(?:every|each|per|a) (week|month|fortnight)\b|\b(weekly|monthly)\b/i;
var thisRe = /\b(?:this|next) (week|month|weekend)\b|\bby the end of (?:the|this) (week|month)\b|\bbefore (?:our|my|the) next (?:session|call|meeting)\b|\bbetween (?:now and )?(?:our )?(?:the )?sessions?\b/i;
function uniqueDays(words2) {
  const set = /* @__PURE__ */ new Set();
  for (const word of words2) {
    const code = dayCode(word);
    if (code) set.add(code);
  }
  return dayCodes.filter((c) => set.has(c));
}
function countActs(intention) {
  const re = new RegExp(`\\b(${numberPattern})\\s+((?:[a-z-]+\\s+){0,2}?)([a-z-]+(?:\\s+[a-z-]+)?)`, "gi");
  for (const m of intention.matchAll(re)) {
    const n = readNumber(m[1] ?? "");
    if (n === void 0 || n < 1) continue;
    const adjectives = (m[2] ?? "").trim();
    const nounPhrase = (m[3] ?? "").trim();
    const noun = nounPhrase.split(/\s+/)[0] ?? "";
    const words2 = [...adjectives.split(/\s+/).filter(Boolean), ...nounPhrase.split(/\s+/)];
    if (words2.some((w) => measureUnits.test(w))) continue;
    if (countableActs.test(noun) || countableActs.test(nounPhrase) || words2.some((w) => countableActs.test(w))) {
      return n;
    }
  }
  return void 0;
}
function findCadence(main, intention) {
  const phrases = [];
  const acts2 = countActs(intention);
  const weekdays2 = weekdaysRe.exec(main);
  if (weekdays2) {
    return { cadence: { count: 5, per: "week", days: ["mon", "tue", "wed", "thu", "fri"] }, phrases: [weekdays2[0]] };
  }
  const weekends = weekendsRe.exec(main);
  const times = timesRe.exec(main);
  if (times) {
    const n = readNumber((times[1] ?? "").replace(/\s*(?:x|times)$/i, "")) ?? 1;
    const unit = (times[2] ?? "week").toLowerCase();
    phrases.push(times[0]);
    if (unit === "fortnight") return { cadence: { count: n, per: "period" }, phrases };
    const named = unit === "week" ? dayMatches(main) : { days: [], phrases: [] };
    if (named.days.length === n) {
      return { cadence: { count: n, per: "week", days: named.days }, phrases: [...phrases, ...named.phrases] };
    }
    return { cadence: { count: n, per: unit }, phrases };
  }
  const otherDay = /\bevery other day\b|\bon alternate days\b/i.exec(main);
  if (otherDay) return { cadence: { count: 3, per: "week" }, phrases: [otherDay[0]] };
  const daily = dailyRe.exec(main);
  if (daily) {
    return { cadence: { count: acts2 ?? 1, per: "day" }, phrases: [daily[0]] };
  }
  const every = everyRe.exec(main);
  if (every) {
    const unit = (every[1] ?? every[2] ?? "week").toLowerCase();
    const per = unit.startsWith("month") ? "month" : unit === "fortnight" ? "period" : "week";
    phrases.push(every[0]);
    const days2 = dayMatches(main);
    return {
      cadence: days2.days.length > 0 && acts2 === void 0 ? { count: days2.days.length, per, days: days2.days } : { count: acts2 ?? 1, per },
      phrases: [...phrases, ...acts2 === void 0 ? days2.phrases : []]
    };
  }
  const days = dayMatches(main);
  if (days.days.length > 0) {
    return { cadence: { count: days.days.length, per: "week", days: days.days }, phrases: days.phrases };
  }
  if (weekends) {
    return { cadence: { count: 2, per: "week", days: ["sat", "sun"] }, phrases: [weekends[0]] };
  }
  const once = thisRe.exec(main);
  if (once) {
    const unit = (once[1] ?? once[2] ?? "").toLowerCase();
    const per = unit === "month" ? "month" : unit === "week" || unit === "weekend" ? "week" : "period";
    return { cadence: { count: acts2 ?? 1, per, once: true }, phrases: [once[0]] };
  }
  return void 0;
}
function dayMatches(text) {
  const phrases = [];
  const words2 = [];
  for (const m of text.matchAll(dayListRe)) {
    const list2 = m[1] ?? "";
    const names = list2.match(dayWordRe) ?? [];
    const real = names.filter((n) => n.length > 3 || names.length > 1 || /^[A-Z]/.test(n));
    if (real.length === 0) continue;
    if (/^(?:sun|sat|wed)$/i.test(list2) && !/^(?:on|every|each)\s/i.test(m[0])) continue;
    phrases.push(m[0]);
    words2.push(...real);
  }
  return { days: uniqueDays(words2), phrases };
}
var explicitRe = new RegExp(
  `^(${numberPattern}|once|twice|thrice)\\s*(?:x|times)?\\s*(?:\\/|per|a|an|every|each|in a|in the)\\s*(day|week|month|period|session|fortnight)s?$`,
  "i"
);
function parseCadenceText(value) {
  const text = value.trim().toLowerCase().replace(/\s+/g, " ");
  if (!text) return void 0;
  const explicit = explicitRe.exec(text);
  if (explicit) {
    const count = readNumber(explicit[1] ?? "") ?? 1;
    const unit = explicit[2] ?? "week";
    const per = unit === "session" || unit === "fortnight" ? "period" : unit;
    return count >= 1 ? { count, per } : void 0;
  }
  if (/^(?:once|one time|1)$/.test(text)) return { count: 1, per: "period", once: true };
  if (/^weekly$/.test(text)) return { count: 1, per: "week" };
  if (/^monthly$/.test(text)) return { count: 1, per: "month" };
  const found = findCadence(text, "");
  return found?.cadence;
}

// core/commitment/fields.ts
var fieldAliases = {
  when: "when",
  trigger: "when",
  cue: "when",
  then: "then",
  do: "then",
  intention: "then",
  obstacle: "obstacle",
  "if-obstacle": "obstacle",
  backup: "backup",
  "backup-plan": "backup",
  instead: "backup",
  response: "backup",
  cadence: "cadence",
  "how-often": "cadence",
  kind: "kind",
  status: "status",
  label: "label",
  short: "label"
};
var inlineRe = /[[(]([^\][()\n:]+?)::[ \t]*([^\]\)\n]*?)[ \t]*[\])]/g;
var lineRe = /^[ \t]*([A-Za-z][A-Za-z -]*?)::[ \t]*(.*)$/;
function canonical(key) {
  return fieldAliases[key.trim().toLowerCase().replace(/[\s_]+/g, "-")];
}
function extractFields(text) {
  const fields = [];
  const kept = [];
  for (const line of text.split("\n")) {
    const whole = lineRe.exec(line);
    if (whole && whole[1] && !/[[(]/.test(whole[1])) {
      const name = canonical(whole[1]);
      if (name) fields.push({ name, value: (whole[2] ?? "").trim() });
      continue;
    }
    const rest = line.replace(inlineRe, (_all, key, value) => {
      const name = canonical(key);
      if (name) fields.push({ name, value: value.trim() });
      return " ";
    });
    kept.push(rest);
  }
  return { fields, rest: kept.join("\n").replace(/[ \t]{2,}/g, " ") };
}

// core/commitment/id.ts
function commitmentId(text, occurrence = 1) {
  const key = text.toLowerCase().replace(/\s+/g, " ").trim() + (occurrence > 1 ? `#${occurrence}` : "");
  let hash2 = 2166136261;
  for (let i = 0; i < key.length; i++) {
    hash2 ^= key.charCodeAt(i);
    hash2 = Math.imul(hash2, 16777619) >>> 0;
  }
  return `ft-${hash2.toString(36).padStart(6, "0").slice(-6)}`;
}

// core/commitment/read.ts
var timePattern = "(?:\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)(?![a-z])|\\d{1,2}:\\d{2}|\\d{1,2}\\s*o'?clock|noon|midday|midnight|bedtime|lunchtime|dinnertime|teatime|sunrise|sunset|dawn|the (?:start|end|beginning) of (?:the|my|each|every) (?:day|shift|week|workday|work day|lunch break|break|class|lecture|meeting|session))";
var situationPattern = "(?:on|in|during)\\s+(?:the|my)\\s+(?:bus|train|tram|tube|subway|metro|commute|ferry|flight|plane|car|drive|ride|walk|shower|bath|lunch ?break|coffee break|break|way to work|way home|way to school|school run)(?:\\s+(?:to|from|into)\\s+[a-z]+(?:\\s+[a-z]+)?|\\s+home)?";
var cueStartRe = /^(?:if|when|whenever|after|before|once|as soon as|every time|each time|any ?time|the moment|while|during|in case|should|on (?:the )?(?:days?|mornings?|evenings?|nights?) (?:when|that))\b/i;
var dayListPattern = `${dayPattern}(?:\\s*(?:,|and|&)?\\s*(?:and\\s+)?${dayPattern})*`;
var partOfDay = "(?:mornings?|afternoons?|evenings?|nights?)";
var timeCueStartRe = new RegExp(
  `^(?:(?:every|each|on)\\s+)?(?:${dayListPattern}|week ?days|weekends?)(?:\\s+${partOfDay})?\\s*,?\\s*(?:at|around|by)\\s+${timePattern}|^(?:(?:every|each)\\s+)?${partOfDay}\\s*,?\\s*at\\s+${timePattern}|^at\\s+${timePattern}|^(?:every|each|on)\\s+${dayListPattern}\\b`,
  "i"
);
var connectiveRe = /^(?:and|but|so|also|plus|or|otherwise|then)\s*,?\s+/i;
var subjectModalRe = /^(?:(?:and|so|then)\s+)?(?:i\s*(?:'ll|will|shall|'d|would)\s+(?:really\s+|also\s+|definitely\s+)?(?:like\s+to\s+|love\s+to\s+)?|i\s*(?:'m|am)\s+(?:going|gonna|planning|committing|aiming|trying)\s+(?:to\s+)?|i\s+(?:really\s+|also\s+)?(?:want|plan|intend|commit|promise|aim|hope|need|have|resolve|decided|choose|get)\s+to\s+|i\s+(?:must|can|should)\s+|i\s+wanna\s+|(?:my\s+)?(?:goal|plan|intention|commitment)\s+is\s+to\s+|going\s+to\s+|to\s+)/i;
var negativeModalRe = /^(?:i\s*(?:won't|will\s+not|wo\s+not|shall\s+not|'ll\s+not)|i\s*(?:don't|do\s+not)\s+(?:want|plan|intend)\s+to|i\s*(?:'m|am)\s+not\s+going\s+to)\s+/i;
var deadlineRe = new RegExp(
  `\\b(?:(?:by|before)\\s+(?:the\\s+end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:week|month|year|quarter|day)|end\\s+of\\s+(?:the\\s+)?(?:week|month|year)|${dayPattern}|tomorrow|tonight|christmas|easter|thanksgiving|new\\s+year'?s?(?:\\s+eve)?|the\\s+holidays|the\\s+summer\\s+break|next\\s+\\w+|(?:the\\s+end\\s+of\\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|the\\s+\\d{1,2}(?:st|nd|rd|th)|\\d{4}-\\d{2}-\\d{2})|(?:with)?in\\s+(?:the\\s+next\\s+)?(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:days?|weeks?|months?|years?)|(?:this|next)\\s+(?:year|quarter)|within\\s+(?:a|the|one)\\s+(?:year|month|week))\\b`,
  "i"
);
var negatedStartRe = /^(?:not|never|no longer|no more|avoid|stop|quit|refrain from|cut out|give up|don't|do not)\b/i;
var mealAnchorRe = /\b(?:with|during)\s+(?:my\s+)?(?:breakfast|lunch|dinner|supper|morning coffee|coffee|tea)\b/i;
var trailingCueRe = /(?:,\s*|\s+)(?:right\s+|straight\s+|immediately\s+|just\s+)?((?:when(?:ever)?\s+(?!to\b)[a-z]+\s+[a-z]+s\b|(?:when(?:ever)?|after|before|as soon as|every time|each time|once|during|while)\s+(?:i\b|i'|my\b|the\b|it\b|we\b|a\b|an\b|lunch|breakfast|dinner|supper|work|bed|school|class|church|practice|dropping|getting|waking|arriving|leaving|finishing|coming|brushing|showering|eating|[a-z]+ing\b)).*)$/i;
function normalizeText(text) {
  return text.replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201F\u2033]/g, '"').replace(/[\u2013\u2014]/g, " - ").replace(/\u00A0/g, " ").replace(/\[\s*([^\]]*?)\s*\]/g, "$1").replace(/[ \t]+/g, " ").trim();
}
function splitSentences(text) {
  const out2 = [];
  for (const block of text.split(/\n+/)) {
    let start = 0;
    const re = /[.!?;]+(?:["')\]]*)\s+/g;
    for (let m = re.exec(block); m; m = re.exec(block)) {
      const end = m.index + m[0].length;
      const next = block.charAt(end);
      const before = block.slice(Math.max(0, m.index - 5), m.index + 1);
      if (/[a-z]/.test(next)) continue;
      if (/\b(?:[ap]\.m|e\.g|i\.e|etc|vs|dr|mr|mrs|ms|st)\.$/i.test(before) && !/[A-Z]/.test(next)) continue;
      out2.push(block.slice(start, end).trim());
      start = end;
    }
    const rest = block.slice(start).trim();
    if (rest) out2.push(rest);
  }
  return out2.filter((s) => /[\p{L}\p{N}]/u.test(s));
}
function trimClause(text) {
  return text.replace(/[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D]+/gu, " ").replace(/^[\s,;:.\-–]+/, "").replace(/(\b[ap]\.m)?[\s,;:.!?\-–]+$/i, (_all, abbreviation) => abbreviation ? `${abbreviation}.` : "").replace(/\s+/g, " ").trim();
}
function lowerFirst(text) {
  const first = /^\S+/.exec(text)?.[0] ?? "";
  if (first === "I" || first.startsWith("I'") || /^[A-Z0-9]{2,}/.test(first) || /^[A-Z][a-z]*[A-Z]/.test(first)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
function splitLeadingCue(t) {
  const thenMatch = /(?:,\s*|\s+)(?:then|than)\s+/i.exec(t);
  const commaAction = /,\s*(?=(?:i\b|i'|we\b|let me\b|my\b|then\b|instead\b)|[a-z]+\b)/i;
  if (thenMatch && thenMatch.index > 2) {
    return { cue: t.slice(0, thenMatch.index), action: t.slice(thenMatch.index + thenMatch[0].length) };
  }
  const subjectComma = /,\s*(?=i\b|i'|we\b|let me\b)/i.exec(t);
  if (subjectComma) {
    return { cue: t.slice(0, subjectComma.index), action: t.slice(subjectComma.index + subjectComma[0].length) };
  }
  const subject = /\s+(?=i\s*(?:'ll|will|won't|shall|am going|'m going)\b)/i.exec(t);
  if (subject && subject.index > 2) {
    return { cue: t.slice(0, subject.index), action: t.slice(subject.index).trim() };
  }
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
function tidyCue(cue) {
  let c = trimClause(cue);
  const itIs = /^(?:if|when)\s+it(?:'s|\s+is)\s+(.*)$/i.exec(c);
  if (itIs && itIs[1] && new RegExp(`^(?:${timePattern}|${dayPattern}\\b)`, "i").test(itIs[1])) c = itIs[1];
  const at = new RegExp(`^at\\s+(${timePattern}.*)$`, "i").exec(c);
  if (at && at[1]) c = at[1];
  return lowerFirst(c);
}
var labelRe = /^([^:]{1,40}):\s+(?=\S)/;
var leadCadenceRe = new RegExp(
  `^(?:(?:every|each|on)\\s+)(?:${dayListPattern}|week ?days?|weekends?|${partOfDay}|day)(?:\\s+${partOfDay})?\\s*,?\\s+(?=(?:if|when|whenever|after|before|as soon as|during|once|every time|at|i|i'\\w+)\\b)`,
  "i"
);
function readSentence(raw) {
  let t = trimClause(raw);
  let connective = false;
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
  const leadCadence = leadCadenceRe.exec(t);
  if (leadCadence) t = t.slice(leadCadence[0].length);
  const leadTime = new RegExp(`^(?:at|around)\\s+${timePattern}(?=\\s+[a-z])(?!\\s+(?:in|at|on|near)\\s)(?![^,]*,)`, "i").exec(t);
  if (leadTime) {
    return { raw, connective, cue: tidyCue(leadTime[0]), cueAt: "lead", action: trimClause(t.slice(leadTime[0].length)) };
  }
  if (cueStartRe.test(t) || timeCueStartRe.test(t)) {
    const { cue: cue2, action: action2 } = splitLeadingCue(t);
    return { raw, connective, cue: tidyCue(cue2), cueAt: "lead", action: action2 === null ? null : trimClause(action2) };
  }
  let action = t;
  let cue = null;
  let cueAt = null;
  const cueEnd = `(?=\\s+(?:on\\s+|every\\s+|each\\s+)?(?:${dayPattern}|week ?days?|weekends?)\\b|\\s+(?:and|then|until|every|each|daily|before|after|twice|once|thrice|\\d+\\s*x|\\S+\\s+times)\\b|[,;]|$)`;
  const timePlace = new RegExp(
    `(?:,\\s*|\\s+)((?:at|around)\\s+${timePattern}(?:\\s+(?:in|at|on|by|near|outside)\\s+(?:my|the|our|a|an|his|her|their)\\s+[^,;]+?)?)${cueEnd}`,
    "i"
  );
  const candidates = [];
  const tp = timePlace.exec(action);
  if (tp && tp[1]) candidates.push({ index: tp.index, length: tp[0].length, cue: tidyCue(tp[1]) });
  const situation = new RegExp(`(?:,\\s*|\\s+)(${situationPattern})${cueEnd}`, "i").exec(action);
  if (situation && situation[1]) candidates.push({ index: situation.index, length: situation[0].length, cue: lowerFirst(situation[1]) });
  const trailing = trailingCueRe.exec(action);
  if (trailing && trailing[1] && trailing.index > 0) {
    candidates.push({ index: trailing.index, length: trailing[0].length, cue: tidyCue(trailing[1]) });
  }
  candidates.sort((a, b) => a.index - b.index);
  const first = candidates[0];
  if (first) {
    cue = first.cue;
    cueAt = "inner";
    action = action.slice(0, first.index) + action.slice(first.index + first.length);
  } else {
    const meal = mealAnchorRe.exec(action);
    if (meal) {
      cue = meal[0].toLowerCase();
      cueAt = "anchor";
    }
  }
  return { raw, connective, cue, cueAt, action: trimClause(action) };
}
function stripSubject(action) {
  let a = trimClause(action);
  const negative = negativeModalRe.exec(a);
  if (negative) return "not " + a.slice(negative[0].length);
  for (let i = 0; i < 3; i++) {
    const m = subjectModalRe.exec(a);
    if (!m || m[0].length === 0) break;
    a = a.slice(m[0].length);
  }
  a = a.replace(/^i\s+(?=[a-z])/i, "");
  a = a.replace(/^(?:won't|will not)\s+/i, "not ");
  return a;
}
function cutPhrases(text, phrases) {
  let out2 = text;
  for (const phrase2 of phrases) {
    if (!phrase2) continue;
    const escaped = phrase2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out2 = out2.replace(new RegExp(`(?:^|,\\s*|\\s+)(?:on\\s+)?${escaped}`, "i"), "");
  }
  return out2;
}
function cleanIntention(action, phrases, deadline) {
  let a = cutPhrases(trimClause(action), deadline ? [...phrases, deadline] : phrases);
  a = stripSubject(a);
  a = a.replace(/\s+(?:for the next|over the next)\s+\S+\s+(?:days?|weeks?)$/i, "");
  a = a.replace(/\s+(?:this|next|every|each)\s+(?:week|month|morning|evening|night|day|weekend)$/i, "");
  a = a.replace(/\s+(?:at some point|sometime|some time|someday|one day|soon|eventually|later)(?:\s+(?:this|next)\s+\w+)?$/i, "");
  a = trimClause(a);
  if (!a) return null;
  return lowerFirst(a);
}
function obstacleOf(cue) {
  let o = cue.replace(/^(?:if|when|whenever|in case|should|once|after|before|every time|each time)\s+/i, "");
  o = o.replace(/^(?:i\s*(?:'m|am)\s+|i\s+)/i, "");
  o = o.replace(/^(?:experience|feel|have|notice|get|hit|face)\s+(?:the\s+|an?\s+)?(?=\w)/i, "");
  return trimClause(o);
}
function isObstacle(s) {
  if (!s.cue) return false;
  if (!/^(?:if|when|whenever|in case|should|every time|each time|any ?time|on days)\b/i.test(s.cue)) return false;
  if (/\bnot\s+(?:so\s+|too\s+|as\s+)?(?:tired|busy|stressed|swamped)\b/i.test(s.cue)) return false;
  return obstacleCue.test(s.cue) || s.connective;
}
function isVagueIntention(intention) {
  if (!intention) return true;
  const i = intention.replace(/^not\s+/i, "");
  if (vagueOpenings.test(i)) return true;
  const hasNumber = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|sixty|hundred|a few|several|once|twice)\b/i.test(i);
  if (!hasNumber && /\b(?:more|less|fewer|better|harder|healthier|regularly|consistently|often|frequently|properly|seriously)\b/i.test(i)) return true;
  if (!hasNumber && changeVerbs.test(i)) return true;
  if (!hasNumber && /\b(?:some|a bit of|a little|stuff)\b/i.test(i)) return true;
  if (!hasNumber && /^(?:start|begin|keep|continue|stop|quit)\s+\w+ing$/i.test(i)) return true;
  if (!hasNumber && /^(?:start|begin|keep|continue)\s+\w+ing\b/i.test(i) && !/\b(?:the|a|an|my|at|for)\b/i.test(i)) return true;
  const words2 = i.split(/\s+/);
  if (openActivities.test(i) && !hasNumber) {
    const rest = words2.slice(1).join(" ").replace(/\bfor\s+(?:my|the|an?|our)\s+\w+(?:\s+\w+)?$/i, "").trim();
    if (!/\b(?:the|a|an|my|our|one|each|every|around|to|with|at|through|up|down|out|over)\b|'s\b/i.test(rest) && words2.length <= 3) return true;
  }
  return words2.length === 1 && !hasNumber;
}
function isVagueTrigger(trigger) {
  if (!trigger) return true;
  return vagueCue.test(trigger);
}
function readCommitment(text) {
  const normalized = normalizeText(text);
  const sentences = splitSentences(normalized).map(readSentence);
  const acting = sentences.filter((s) => s.action);
  const main = acting.find((s) => !isObstacle(s) || acting.length === 1) ?? acting[0] ?? sentences[0];
  let trigger = null;
  let triggerSentence;
  if (main?.cue) {
    trigger = main.cue;
    triggerSentence = main;
  } else {
    triggerSentence = sentences.find((s) => s !== main && s.cue && !isObstacle(s));
    trigger = triggerSentence?.cue ?? null;
  }
  const coping = [];
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
    const response = trimClause(otherwise.raw.replace(/^(?:otherwise|if not|failing that|if that fails)\s*,?\s*/i, ""));
    if (response) coping.push({ obstacle: "the first plan falls through", response: lowerFirst(stripSubject(response)) });
  }
  const mainText = main?.action ?? "";
  const deadline = deadlineRe.exec(mainText)?.[0] ?? null;
  const cadenceScope = [main?.raw ?? "", triggerSentence && triggerSentence !== main ? triggerSentence.raw : ""].join(" ").replace(deadline ?? "\0", " ");
  const roughIntention = stripSubject(mainText);
  const cadenceMatch = findCadence(cadenceScope, roughIntention);
  const dayPhrases = cadenceMatch?.cadence.days ? dayMatches(mainText).phrases : [];
  const intention = main?.action ? cleanIntention(main.action, [...cadenceMatch?.phrases ?? [], ...dayPhrases], deadline) : null;
  let finalDeadline = deadline;
  if (main?.cueAt === "inner" && trigger === main.cue && /^(?:before|by)\s/i.test(trigger ?? "") && intention !== null && outcomeVerbs.test(intention) && !processPhrasals.test(intention)) {
    finalDeadline = trigger;
    trigger = null;
  }
  const negated = intention ? /^not\b/i.test(intention) || negatedStartRe.test(intention) : false;
  const outcome = intention !== null && !processPhrasals.test(intention) && (outcomeVerbs.test(intention.replace(/^(?:to\s+)/i, "")) || finalDeadline !== null && !cadenceMatch);
  return {
    intention,
    trigger,
    coping,
    cadence: cadenceMatch ? cadenceMatch.cadence : null,
    kind: outcome ? "outcome" : "process",
    deadline: finalDeadline,
    vagueTrigger: isVagueTrigger(trigger),
    vagueIntention: isVagueIntention(intention),
    negated
  };
}
function usesHomeworkLanguage(text) {
  return homeworkWords.test(text);
}

// core/findings/wording.ts
function quote(text, fallback) {
  if (!text) return fallback;
  const short = text.length > 90 ? `${text.slice(0, 87).trimEnd()}\u2026` : text;
  return `\u201C${short}\u201D`;
}
var wording = {
  "missing-trigger": {
    severity: "warning",
    title: "No trigger yet",
    message: (c) => `${quote(c.intention, "This commitment")} isn't tied to a moment yet, so it has to compete with everything else in the week.`,
    suggestion: (c) => `Pick something that already happens and write it as an if-then plan: \u201CWhen I sit down with my coffee on Monday, I'll ${c.intention ?? "take the first step"}.\u201D`,
    why: "If-then plans that name the moment to act raise goal attainment well beyond the goal alone (Gollwitzer & Sheeran 2006: 94 tests, d = .65)."
  },
  "vague-trigger": {
    severity: "warning",
    title: "Trigger is a judgment, not a moment",
    message: (c) => `${quote(c.trigger, "The trigger")} depends on how the week feels, and a moment like that rarely arrives on its own.`,
    suggestion: () => "Name a moment that already happens in your week: a time and place (\u201Cat 8 a.m. at my desk\u201D) or something you already do (\u201Cafter I pour my morning coffee\u201D).",
    why: "A cue works when it is a concrete situation that already happens; \u201Cwhen I have time\u201D or \u201Cif I feel like it\u201D are judgments, not cues (Gollwitzer; Hagger & Luszczynska 2014)."
  },
  "day-without-time": {
    severity: "info",
    title: "A day without a time",
    message: (c) => `${quote(c.trigger, "The trigger")} names a day but not a time.`,
    suggestion: () => "Adding the time makes it easier to notice when the day comes: \u201Con Monday at 9 a.m.\u201D.",
    why: "Writing down a date and a time raised follow-through; a date alone did not (Milkman et al. 2011)."
  },
  "missing-coping-plan": {
    severity: "info",
    title: "No backup plan",
    message: (c) => `${quote(c.intention, "This commitment")} has no backup plan for the week that doesn't go to plan.`,
    suggestion: () => "Think of the most likely thing to get in the way, and what you will do then: \u201CIf Monday gets swallowed by meetings, then I\u2019ll do it first thing Tuesday.\u201D",
    why: "Coping plans (\u201Cif obstacle, then \u2026\u201D) add to action plans, and matter more as a change goes on (Sniehotta et al. 2005, 2006)."
  },
  "vague-intention": {
    severity: "warning",
    title: "The act is not concrete yet",
    message: (c) => `${quote(c.intention, "This commitment")} doesn't yet say what you would actually do.`,
    suggestion: () => "Picture Wednesday morning: what would you do, and how much? For example \u201Csend two messages\u201D, \u201Cwrite for 20 minutes\u201D or \u201Cwalk around the block\u201D.",
    why: "Specific goals lead to more action than \u201Cdo your best\u201D (Locke & Latham, about 400 studies)."
  },
  "outcome-goal": {
    severity: "warning",
    title: "A result, not an action",
    message: (c) => `${quote(c.intention, "This commitment")} is a result, and results depend partly on things outside your control.`,
    suggestion: () => "Keep it as the aim, and add what you would do each week that moves it: \u201Csend ten outreach messages\u201D rather than \u201Cland three clients\u201D.",
    why: "Tracking what you do changes what you do; outcome goals hang on things you cannot control (Harkin et al. 2016, 138 studies; Kingston & Hardy 1997)."
  },
  "negated-action": {
    severity: "warning",
    title: "Says what not to do",
    message: (c) => `${quote(c.intention, "This plan")} says what you won't do, and a plan like that can keep the old habit on your mind.`,
    suggestion: () => "Name what you will do instead: \u201CIf I reach for my phone in bed, then I\u2019ll read two pages of my book.\u201D",
    why: "\u201CThen I will not \u2026\u201D plans can strengthen the habit they target; a replacement act works better (Adriaanse et al. 2011)."
  },
  "homework-language": {
    severity: "info",
    title: "\u201CHomework\u201D",
    message: () => "\u201CHomework\u201D can make a plan feel like a test to pass.",
    suggestion: () => "Call it a commitment, an experiment or a practice: it is yours, not an assignment.",
    why: "For many people the word \u201Chomework\u201D carries a dread tied to evaluation and control (the accountability article)."
  },
  "too-many-commitments": {
    severity: "info",
    title: "Many commitments in one note",
    message: (c) => `This note holds ${c.count ?? "many"} commitments.`,
    suggestion: () => "Plans start to compete when there are many at once: keep it small, with the one to three that matter most this week, and park the rest.",
    why: "Specific plans work; many plans at once interfere with each other (Dalton & Spiller 2012; Verhoeven et al. 2013)."
  }
};

// core/findings/judge.ts
var dayOnlyTrigger = /^(?:(?:every|each|on)\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?(?:\s*(?:,|and|&)\s*(?:and\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*s?)*$/i;
function finding(code, context) {
  const w = wording[code];
  return { code, severity: w.severity, message: w.message(context), suggestion: w.suggestion(context) };
}
function judgeCommitment(c) {
  const context = { intention: c.intention, trigger: c.trigger, text: c.text };
  const out2 = [];
  if (c.kind === "outcome") out2.push(finding("outcome-goal", context));
  if (c.vagueIntention && c.kind === "process") out2.push(finding("vague-intention", context));
  if (c.negated) out2.push(finding("negated-action", context));
  if (c.kind === "process") {
    if (!c.trigger) out2.push(finding("missing-trigger", context));
    else if (c.vagueTrigger) out2.push(finding("vague-trigger", context));
    else if (dayOnlyTrigger.test(c.trigger.trim())) out2.push(finding("day-without-time", context));
    if (c.copingCount === 0) out2.push(finding("missing-coping-plan", context));
  }
  if (usesHomeworkLanguage(c.text)) out2.push(finding("homework-language", context));
  return out2;
}

// core/frontmatter.ts
import * as z2 from "zod/mini";

// core/schema.ts
import * as z from "zod/mini";
var DayCode = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
var Cadence = z.object({
  count: z.number().check(z.int(), z.positive()),
  per: z.enum(["day", "week", "month", "period"]),
  days: z.optional(z.array(DayCode)),
  once: z.optional(z.boolean())
});
var CopingPlan = z.object({ obstacle: z.string(), response: z.string() });
var Severity = z.enum(["info", "warning"]);
var FindingCode = z.enum([
  "missing-trigger",
  "vague-trigger",
  "day-without-time",
  "missing-coping-plan",
  "vague-intention",
  "outcome-goal",
  "negated-action",
  "homework-language",
  "too-many-commitments"
]);
var Finding = z.object({
  code: FindingCode,
  severity: Severity,
  message: z.string(),
  suggestion: z.string()
});
var DiagnosticCode = z.enum(["invalid-frontmatter", "invalid-field", "too-many-commitments"]);
var Diagnostic = z.object({
  code: DiagnosticCode,
  severity: Severity,
  line: z.number(),
  column: z.number(),
  message: z.string(),
  suggestion: z.optional(z.string())
});
var Commitment = z.object({
  /** `ft-…`: the block id on the commitment's line, else derived from its text. */
  id: z.string(),
  /** 1-based line of the commitment's list item. */
  line: z.number(),
  /** 1-based last line of the item and everything nested under it. */
  endLine: z.number(),
  /** The commitment's words, as plain text (Markdown, tags, fields and block id removed). */
  text: z.string(),
  intention: z.nullable(z.string()),
  trigger: z.nullable(z.string()),
  coping: z.array(CopingPlan),
  cadence: z.nullable(Cadence),
  kind: z.enum(["process", "outcome"]),
  deadline: z.nullable(z.string()),
  /** Where the reading came from: the words, explicit fields, or both. */
  source: z.enum(["text", "fields", "both"]),
  /** The block id written on the commitment's line, if any (without `^`). */
  blockId: z.nullable(z.string()),
  /** The client's own choice for this commitment (`status::`), if any. */
  status: z.enum(["active", "paused", "retired"]),
  /** A short name for reports: the `label::` field, else the intention's first words. */
  label: z.string(),
  findings: z.array(Finding)
});
var IfMissed = z.enum(["curious", "gentle", "direct", "none"]);
var WeekStart = z.enum(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
var NoteMeta = z.object({
  client: z.nullable(z.string()),
  session: z.nullable(z.string()),
  nextSession: z.nullable(z.string()),
  followUp: z.nullable(z.string()),
  ifMissed: IfMissed,
  weekStart: WeekStart,
  /** Breaks (holidays): date ranges, inclusive, when nothing is tracked. */
  breaks: z.array(z.object({ start: z.string(), end: z.string() }))
});
var ParsedNote = z.object({
  meta: NoteMeta,
  commitments: z.array(Commitment),
  diagnostics: z.array(Diagnostic)
});

// core/frontmatter.ts
var defaultMeta = {
  client: null,
  session: null,
  nextSession: null,
  followUp: null,
  ifMissed: "curious",
  weekStart: "monday",
  breaks: []
};
var isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
function unquotedLink(value) {
  if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) {
    const inner = value[0][0];
    if (typeof inner === "string" || typeof inner === "number") return `[[${inner}]]`;
  }
  return value;
}
function readDate(input) {
  const value = unquotedLink(input);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== "string") return void 0;
  const text = value.trim().replace(/^\[\[([^\]|]+)(?:\|[^\]]*)?\]\]$/, "$1").trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!m || !m[1]) return void 0;
  const parts = isoDate.exec(m[1]);
  if (!parts) return void 0;
  const [y, mo, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return void 0;
  return m[1];
}
var NameText = z2.string().check(z2.trim(), z2.minLength(1));
function readName(input) {
  const value = unquotedLink(input);
  const raw = Array.isArray(value) && value.length === 1 ? value[0] : value;
  const parsed = NameText.safeParse(typeof raw === "number" ? String(raw) : raw);
  if (!parsed.success) return void 0;
  return parsed.data.replace(/^\[\[([^\]|]+)(?:\|([^\]]*))?\]\]$/, (_m, target, alias) => alias ?? target);
}
function keyLine(sourceLines, key, firstLine) {
  const index = sourceLines.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`) || l.startsWith(`'${key}':`));
  return index < 0 ? firstLine : firstLine + index;
}
function errorLine(error) {
  if (error && typeof error === "object") {
    const e = error;
    const fromLinePos = e.linePos?.[0]?.line;
    if (typeof fromLinePos === "number") return fromLinePos;
    if (typeof e.mark?.line === "number") return e.mark.line + 1;
  }
  const m = /line (\d+)/i.exec(String(error instanceof Error ? error.message : error));
  return m?.[1] ? Number(m[1]) : void 0;
}
function firstSentence(message) {
  return (message.split("\n")[0] ?? message).replace(/\s+at line \d+, column \d+:?$/i, "").trim();
}
function readFrontmatter(source, firstLine, parseYaml2, defaults = {}) {
  const meta = { ...defaultMeta, ...defaults, breaks: [] };
  const diagnostics = [];
  if (source.trim() === "") return { meta, diagnostics };
  let data;
  try {
    data = parseYaml2(source);
  } catch (error) {
    const line = errorLine(error);
    const text = error instanceof Error ? error.message : String(error);
    diagnostics.push({
      code: "invalid-frontmatter",
      severity: "warning",
      line: line === void 0 ? firstLine : firstLine + line - 1,
      column: 1,
      message: `The properties at the top of this note could not be read: ${firstSentence(text)}.`,
      suggestion: 'Check that each property is on its own line as "key: value", and put quotes around values that hold a colon. The commitments below are still read; Follow Through uses its defaults until this is fixed.'
    });
    return { meta, diagnostics };
  }
  if (data === null || data === void 0) return { meta, diagnostics };
  if (typeof data !== "object" || Array.isArray(data)) {
    diagnostics.push({
      code: "invalid-frontmatter",
      severity: "warning",
      line: firstLine,
      column: 1,
      message: 'The properties at the top of this note are not a list of "key: value" pairs.',
      suggestion: 'Write each property on its own line, like "client: Dana".'
    });
    return { meta, diagnostics };
  }
  const record = data;
  const lines = source.split(/\r?\n/);
  const bad = (key, value, valid) => {
    diagnostics.push({
      code: "invalid-frontmatter",
      severity: "warning",
      line: keyLine(lines, key, firstLine),
      column: 1,
      message: `"${key}" is ${JSON.stringify(value) ?? String(value)}, which Follow Through can't use.`,
      suggestion: `Use ${valid}. Until then the default is used.`
    });
  };
  const present = (key) => key in record && record[key] !== null && record[key] !== void 0 && record[key] !== "";
  if (present("client")) {
    const name = readName(record.client);
    if (name) meta.client = name;
    else bad("client", record.client, `the client's name, like "client: Dana"`);
  }
  for (const [key, field] of [
    ["session", "session"],
    ["next-session", "nextSession"]
  ]) {
    if (!present(key)) continue;
    const date = readDate(record[key]);
    if (date) meta[field] = date;
    else bad(key, record[key], `a date written as YYYY-MM-DD, like "${key}: 2026-11-24"`);
  }
  if (present("follow-up")) {
    const followUp = record["follow-up"];
    const text = Array.isArray(followUp) ? followUp.map(String).join(", ") : typeof followUp === "string" ? followUp : void 0;
    if (text !== void 0 && text.trim()) meta.followUp = text.trim();
    else bad("follow-up", followUp, 'a few words on how you would like to be followed up, like "follow-up: a one-line message on Friday"');
  }
  if (present("if-missed")) {
    const raw = record["if-missed"];
    const parsed = IfMissed.safeParse(typeof raw === "string" ? raw.trim().toLowerCase() : raw);
    if (parsed.success) meta.ifMissed = parsed.data;
    else bad("if-missed", raw, "one of curious, gentle, direct or none");
  }
  if (present("week-start")) {
    const raw = record["week-start"];
    const parsed = WeekStart.safeParse(typeof raw === "string" ? raw.trim().toLowerCase() : raw);
    if (parsed.success) meta.weekStart = parsed.data;
    else bad("week-start", raw, 'a day of the week, like "week-start: sunday"');
  }
  if (present("breaks")) {
    const raw = record.breaks;
    const entries = Array.isArray(raw) ? raw : [raw];
    for (const entry of entries) {
      const range = readRange(entry);
      if (range) meta.breaks.push(range);
      else bad("breaks", entry, 'a date or a range of dates, like "breaks: [2026-12-21 to 2027-01-03]"');
    }
  }
  return { meta, diagnostics };
}
function readRange(value) {
  const single = readDate(value);
  if (single) return { start: single, end: single };
  if (typeof value !== "string") return void 0;
  const m = /^\s*(\S+)\s*(?:to|until|–|—|-|\.\.)\s*(\S+)\s*$/.exec(value);
  if (!m) return void 0;
  const start = readDate(m[1]);
  const end = readDate(m[2]);
  if (!start || !end || end < start) return void 0;
  return { start, end };
}

// core/markdown/plain-text.ts
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
var processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
var separator = "ftsep7q3xk9";
function stripObsidian(text) {
  return text.replace(/%%[\s\S]*?%%/g, " ").replace(/!?\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]/g, (_m, target, alias) => alias ?? target).replace(/==([^=\n]+)==/g, "$1").replace(/\[\^[^\]\s]+\]/g, "").replace(/(^|\s)#[\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*/gu, "$1");
}
function toPlainTexts(sources) {
  if (sources.length === 0) return [];
  const doc = sources.map((s) => stripObsidian(s)).join(`

${separator}

`);
  const tree = processor.parse(doc);
  const out2 = [];
  let current = [];
  for (const node of tree.children) {
    if (node.type === "paragraph" && toString(node) === separator) {
      out2.push(current.join("\n"));
      current = [];
      continue;
    }
    if (node.type === "html" || node.type === "yaml") continue;
    current.push(toString(node, { includeHtml: false }));
  }
  out2.push(current.join("\n"));
  return out2.map((s) => s.replace(/[ \t]+/g, " ").replace(/ *\n */g, "\n").trim());
}

// core/markdown/lines.ts
function splitLines(text) {
  const lines = [];
  let start = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      lines.push({ text: text.slice(start, i), start, eol: "\n" });
      start = i + 1;
    } else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        lines.push({ text: text.slice(start, i), start, eol: "\r\n" });
        i++;
      } else {
        lines.push({ text: text.slice(start, i), start, eol: "\r" });
      }
      start = i + 1;
    }
  }
  lines.push({ text: text.slice(start), start, eol: "" });
  return lines;
}
function indentWidth(text) {
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 32) column++;
    else if (ch === 9) column += 4 - column % 4;
    else break;
  }
  return column;
}
function isBlank(text) {
  return /^[ \t]*$/.test(text);
}

// core/markdown/scan.ts
var bulletRe = /^([-+*])(?:[ \t]|$)/;
var orderedRe = /^(\d{1,9})([.)])(?:[ \t]|$)/;
var taskRe = /^\[(.)\](?=[ \t]|$)/u;
var fenceRe = /^(`{3,}|~{3,})/;
var thematicRe = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
var setextRe = /^ {0,3}(?:=+|-+)[ \t]*$/;
var delimiterCellRe = /^:?-+:?$/;
var htmlType1Re = /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i;
var htmlType6Re = /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
var blockIdRe = /(?:^|\s)\^([A-Za-z0-9-]+)[ \t]*$/;
var footnoteRe = /^ {0,3}\[\^[^\]]+\]:/;
function isSpaceOrTab(ch) {
  return ch === 32 || ch === 9;
}
function readAtx(text) {
  let i = 0;
  while (i < 3 && text.charCodeAt(i) === 32) i++;
  let level = 0;
  while (text.charCodeAt(i + level) === 35) level++;
  if (level < 1 || level > 6) return void 0;
  i += level;
  if (i < text.length && !isSpaceOrTab(text.charCodeAt(i))) return void 0;
  let body = text.slice(i).trim();
  let j = body.length;
  while (j > 0 && body.charCodeAt(j - 1) === 35) j--;
  if (j === 0) body = "";
  else if (j < body.length && isSpaceOrTab(body.charCodeAt(j - 1))) body = body.slice(0, j).trim();
  return { level, text: body };
}
function isTableDelimiter(text) {
  if (indentWidth(text) > 3 || !text.includes("-")) return false;
  let row = text.trim();
  if (row.startsWith("|")) row = row.slice(1);
  if (row.endsWith("|")) row = row.slice(0, -1);
  for (const cell of row.split("|")) {
    if (!delimiterCellRe.test(cell.trim())) return false;
  }
  return true;
}
function thematicTail(text) {
  let i = text.length;
  while (i > 0 && isSpaceOrTab(text.charCodeAt(i - 1))) i--;
  const ch = text.charCodeAt(i - 1);
  if (ch !== 45 && ch !== 42 && ch !== 95) return { from: text.length + 1, lastStart: -1 };
  let count = 0;
  let lastStart = -1;
  let from = i;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === ch) {
      count++;
      if (count === 3) lastStart = i - 1;
    } else if (!isSpaceOrTab(c)) break;
    i--;
    from = i;
  }
  return { from, lastStart };
}
function isNameChar(ch, first) {
  if (ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122) return true;
  if (first) return false;
  return ch >= 48 && ch <= 57 || ch === 45;
}
function skipSpace(text, i) {
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch !== 32 && ch !== 9) break;
    i++;
  }
  return i;
}
function isLoneTag(text) {
  let i = 1;
  const closing = text.charCodeAt(i) === 47;
  if (closing) i++;
  if (!isNameChar(text.charCodeAt(i), true)) return false;
  while (i < text.length && isNameChar(text.charCodeAt(i), false)) i++;
  if (!closing) {
    for (; ; ) {
      const before = i;
      i = skipSpace(text, i);
      const ch = text.charCodeAt(i);
      if (ch === 62 || ch === 47) break;
      if (i === before) return false;
      if (!(isNameChar(ch, true) || ch === 95 || ch === 58)) return false;
      i++;
      while (i < text.length) {
        const c = text.charCodeAt(i);
        if (isNameChar(c, false) || c === 95 || c === 46 || c === 58) i++;
        else break;
      }
      const afterName = i;
      i = skipSpace(text, i);
      if (text.charCodeAt(i) !== 61) {
        i = afterName;
        continue;
      }
      i = skipSpace(text, i + 1);
      const quote2 = text.charCodeAt(i);
      if (quote2 === 34 || quote2 === 39) {
        const closeAt = text.indexOf(quote2 === 34 ? '"' : "'", i + 1);
        if (closeAt < 0) return false;
        i = closeAt + 1;
      } else {
        const start = i;
        while (i < text.length) {
          const c = text.charCodeAt(i);
          if (c === 32 || c === 9 || c === 34 || c === 39 || c === 61 || c === 60 || c === 62 || c === 96) break;
          i++;
        }
        if (i === start) return false;
      }
    }
    if (text.charCodeAt(i) === 47) i++;
  } else {
    i = skipSpace(text, i);
  }
  if (text.charCodeAt(i) !== 62) return false;
  return isBlank(text.slice(i + 1));
}
function htmlBlockStart(trimmed) {
  if (trimmed.charCodeAt(0) !== 60) return void 0;
  if (htmlType1Re.test(trimmed)) return { end: ["</script>", "</pre>", "</style>", "</textarea>"], interrupts: true };
  if (trimmed.startsWith("<!--")) return { end: ["-->"], interrupts: true };
  if (trimmed.startsWith("<?")) return { end: ["?>"], interrupts: true };
  if (trimmed.startsWith("<![CDATA[")) return { end: ["]]>"], interrupts: true };
  if (trimmed.startsWith("<!") && isNameChar(trimmed.charCodeAt(2), true)) return { end: [">"], interrupts: true };
  if (htmlType6Re.test(trimmed)) return { end: void 0, interrupts: true };
  if (isLoneTag(trimmed)) return { end: void 0, interrupts: false };
  return void 0;
}
function endsHtml(block, text) {
  if (!block.end) return false;
  const lower = text.toLowerCase();
  for (const end of block.end) if (lower.includes(end)) return true;
  return false;
}
function readMarker(rest) {
  let marker;
  let ordered = false;
  let start = 1;
  const bullet = bulletRe.exec(rest);
  if (bullet) {
    marker = bullet[1] ?? "-";
  } else {
    const ordinal = orderedRe.exec(rest);
    if (!ordinal) return void 0;
    marker = (ordinal[1] ?? "") + (ordinal[2] ?? ".");
    ordered = true;
    start = Number(ordinal[1]);
  }
  const after = rest.slice(marker.length);
  let padding = indentWidth(after);
  if (padding === 0 || after.trim() === "") padding = 1;
  else if (padding > 4) padding = 1;
  return { marker, width: marker.length, padding, ordered, start };
}
function readQuote(text) {
  let depth = 0;
  let rest = text;
  for (; ; ) {
    const m = /^ {0,3}>[ ]?/.exec(rest);
    if (!m) break;
    depth++;
    rest = rest.slice(m[0].length);
  }
  return { depth, rest };
}
function leadingChars(text, columns) {
  let column = 0;
  let i = 0;
  while (i < text.length && column < columns) {
    const ch = text.charCodeAt(i);
    if (ch === 32) column++;
    else if (ch === 9) column += 4 - column % 4;
    else break;
    i++;
  }
  return i;
}
var ListContext = class {
  stack = [];
  firstLine = -1;
  lastItem;
  markerKind = "";
  reset() {
    this.stack = [];
    this.firstLine = -1;
    this.lastItem = void 0;
    this.markerKind = "";
  }
  get open() {
    return this.firstLine >= 0;
  }
  /** The deepest open item whose content starts at or before `column`. */
  owner(column) {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const entry = this.stack[i];
      if (entry && entry.item.contentColumn <= column) return entry.item;
    }
    return void 0;
  }
  /**
   * Add an item, closing the deeper ones it ends. `afterBlank` says whether a
   * blank line came just before it: in a loose list Obsidian counts the line
   * after a childless item into that item when a sibling follows.
   */
  add(item, afterBlank) {
    let sibling;
    while (this.stack.length > 0) {
      const top2 = this.stack[this.stack.length - 1];
      if (top2 && top2.item.contentColumn > item.indent) {
        sibling = top2;
        this.stack.pop();
      } else break;
    }
    if (afterBlank && sibling && !sibling.hasChildren && sibling.item.endLine < item.line) {
      sibling.item.endLine++;
    }
    const top = this.stack[this.stack.length - 1];
    if (top) top.hasChildren = true;
    item.parent = top ? top.item.line : this.firstLine > 0 ? -this.firstLine : -1;
    this.stack.push({ item, hasChildren: false });
    this.lastItem = item;
  }
};
function markerKind(marker) {
  return marker.ordered ? `o${marker.marker.slice(-1)}` : `b${marker.marker}`;
}
function scanNote(text) {
  const lines = splitLines(text);
  const headings2 = [];
  const listItems = [];
  const sections = [];
  const blocks = [];
  let first = 0;
  let frontmatter;
  const firstText = lines[0]?.text ?? "";
  if (/^---[ \t]*$/.test(firstText.replace(/^\uFEFF/, ""))) {
    let close2 = -1;
    for (let i = 1; i < lines.length; i++) {
      const t = lines[i]?.text ?? "";
      if (/^(?:---|\.\.\.)[ \t]*$/.test(t)) {
        close2 = i;
        break;
      }
    }
    if (close2 > 0) {
      frontmatter = {
        startLine: 0,
        endLine: close2,
        source: lines.slice(1, close2).map((l) => l.text).join("\n"),
        closed: true
      };
      sections.push({ type: "yaml", startLine: 0, endLine: close2 });
      first = close2 + 1;
    }
  }
  let section;
  const list2 = new ListContext();
  const quoteList = new ListContext();
  let blankBefore = true;
  let fence;
  let commentOpen = false;
  let html;
  let mathOpen = false;
  let indentedCode = false;
  let quoteLazy = false;
  const close = () => {
    if (section) sections.push(section);
    section = void 0;
    html = void 0;
    list2.reset();
    quoteList.reset();
    indentedCode = false;
  };
  const open = (type, line) => {
    close();
    section = { type, startLine: line, endLine: line };
  };
  const beginList = (line) => {
    if (section) sections.push(section);
    section = { type: "list", startLine: line, endLine: line };
    html = void 0;
    indentedCode = false;
  };
  const extend = (line) => {
    if (section) section.endLine = line;
  };
  const noteBlockId = (lineText, line) => {
    const m = blockIdRe.exec(lineText);
    if (m && m[1]) blocks.push({ id: m[1], line });
  };
  const tryItem = (ctx, rest, line, prefixLength, depth, afterBlank) => {
    const indent = indentWidth(rest);
    const chars = leadingChars(rest, indent);
    if (thematicRe.test(rest)) return void 0;
    const body = rest.slice(chars);
    const firstMarker = readMarker(body);
    if (!firstMarker) return void 0;
    const deepest = ctx.stack[ctx.stack.length - 1]?.item;
    if (!deepest && indent >= 4) return void 0;
    if (deepest && indent >= deepest.contentColumn + 4) return void 0;
    let restarted = false;
    let tail;
    let outer;
    let marker = firstMarker;
    let pos = chars;
    let column = indent;
    while (marker) {
      const afterMarker = rest.slice(pos + marker.width);
      const pad = leadingChars(afterMarker, marker.padding);
      let next = pos + marker.width + pad;
      let nextColumn = column + marker.width + marker.padding;
      const contentColumn = nextColumn;
      let task;
      const taskMatch = taskRe.exec(rest.slice(next));
      if (taskMatch) {
        task = taskMatch[1];
        next += taskMatch[0].length;
        nextColumn += taskMatch[0].length;
        while (next < rest.length) {
          const ch = rest.charCodeAt(next);
          if (ch === 32) nextColumn++;
          else if (ch === 9) nextColumn += 4 - nextColumn % 4;
          else break;
          next++;
        }
      }
      const kind = markerKind(marker);
      if (!outer) {
        const topLevel = !deepest || column < (ctx.stack[0]?.item.contentColumn ?? 0);
        if (ctx.open && topLevel && ctx.markerKind !== kind) {
          ctx.reset();
          restarted = true;
        }
        if (!ctx.open) {
          ctx.firstLine = line;
          ctx.markerKind = kind;
        } else if (topLevel) {
          ctx.markerKind = kind;
        }
      }
      const item = {
        line,
        endLine: line,
        indent: column,
        contentColumn,
        marker: marker.marker,
        task,
        parent: 0,
        textOffset: prefixLength + next,
        quoteDepth: depth
      };
      ctx.add(item, outer ? false : afterBlank);
      listItems.push(item);
      if (!outer) outer = item;
      const content = rest.slice(next);
      if (next === pos + marker.width || isBlank(content) || leadingChars(content, 1) > 0) break;
      tail ??= thematicTail(rest);
      if (next >= tail.from && next <= tail.lastStart) break;
      marker = readMarker(content);
      pos = next;
      column = nextColumn;
    }
    return outer ? { item: outer, restarted } : void 0;
  };
  for (let i = first; i < lines.length; i++) {
    const lineText = lines[i]?.text ?? "";
    if (fence) {
      const q = fence.depth > 0 ? readQuote(lineText) : { depth: 0, rest: lineText };
      const inner = q.rest;
      if (fence.depth > 0 && q.depth < fence.depth) {
        fence = void 0;
      } else {
        extend(i);
        if (fence.owner) fence.owner.endLine = i;
        const trimmed2 = inner.trimStart();
        const closing = trimmed2.startsWith(fence.run) && new RegExp(`^\\${fence.run[0]}+[ \\t]*$`).test(trimmed2);
        if (closing) fence = void 0;
        blankBefore = false;
        continue;
      }
    }
    if (commentOpen) {
      extend(i);
      if (lineText.includes("%%")) commentOpen = false;
      continue;
    }
    if (html) {
      if (html.end) {
        extend(i);
        if (endsHtml(html, lineText)) {
          close();
          blankBefore = true;
        }
        continue;
      }
      if (!isBlank(lineText)) {
        extend(i);
        continue;
      }
    }
    if (mathOpen) {
      extend(i);
      if (lineText.trimEnd().endsWith("$$")) mathOpen = false;
      continue;
    }
    if (section?.type === "list" && /^[ \t]+>/.test(lineText)) {
      const owner = list2.owner(indentWidth(lineText));
      if (owner && indentWidth(lineText) >= owner.contentColumn) {
        extend(i);
        owner.endLine = i;
        noteBlockId(lineText, i);
        blankBefore = false;
        continue;
      }
    }
    const quote2 = readQuote(lineText);
    if (quote2.depth > 0) {
      const inQuote = section && (section.type === "blockquote" || section.type === "callout");
      if (!inQuote) {
        open(/^\[!/.test(quote2.rest.trimStart()) ? "callout" : "blockquote", i);
      }
      extend(i);
      const inner = quote2.rest;
      if (isBlank(inner)) {
        quoteLazy = false;
        blankBefore = true;
        continue;
      }
      noteBlockId(lineText, i);
      const innerFence = fenceRe.exec(inner.trimStart());
      if (innerFence && innerFence[1]) {
        fence = { run: innerFence[1], indent: indentWidth(inner), depth: quote2.depth, owner: void 0 };
        quoteLazy = false;
        continue;
      }
      const item = tryItem(quoteList, inner, i, lineText.length - inner.length, quote2.depth, blankBefore);
      if (!item && quoteList.open) {
        const owner = quoteList.owner(indentWidth(inner)) ?? (blankBefore ? void 0 : quoteList.lastItem);
        if (owner) owner.endLine = i;
        else quoteList.reset();
      }
      quoteLazy = true;
      blankBefore = false;
      continue;
    }
    if (isBlank(lineText)) {
      if (section && section.type !== "list" && section.type !== "code") close();
      blankBefore = true;
      quoteLazy = false;
      continue;
    }
    if (section && (section.type === "blockquote" || section.type === "callout")) {
      if (quoteLazy && !blankBefore && !readAtx(lineText) && !fenceRe.test(lineText.trimStart())) {
        extend(i);
        const last = quoteList.lastItem;
        if (last && last.endLine === i - 1) last.endLine = i;
        continue;
      }
      close();
    }
    const indent = indentWidth(lineText);
    if (section?.type === "code" && indentedCode) {
      if (indent >= 4) {
        extend(i);
        blankBefore = false;
        continue;
      }
      close();
    }
    if (section?.type === "list") {
      const read = tryItem(list2, lineText, i, 0, 0, blankBefore);
      if (read) {
        if (read.restarted) beginList(i);
        extend(i);
        noteBlockId(lineText, i);
        blankBefore = false;
        continue;
      }
      const owner = list2.owner(indent);
      const trimmed2 = lineText.trimStart();
      const startsBlock = readAtx(lineText) !== void 0 || fenceRe.test(trimmed2) || thematicRe.test(lineText) || indent < 4 && htmlBlockStart(trimmed2)?.interrupts === true;
      if (owner && indent >= owner.contentColumn) {
        extend(i);
        owner.endLine = i;
        const innerFence = fenceRe.exec(trimmed2);
        if (innerFence && innerFence[1]) {
          fence = { run: innerFence[1], indent, depth: 0, owner };
        } else {
          noteBlockId(lineText, i);
        }
        blankBefore = false;
        continue;
      }
      if (!blankBefore && !startsBlock && list2.lastItem) {
        extend(i);
        list2.lastItem.endLine = i;
        noteBlockId(lineText, i);
        continue;
      }
      close();
    }
    const trimmed = lineText.trimStart();
    const heading = indent < 4 ? readAtx(lineText) : void 0;
    if (heading) {
      open("heading", i);
      headings2.push({ line: i, level: heading.level, text: heading.text });
      close();
      blankBefore = true;
      continue;
    }
    if (section?.type === "paragraph" && setextRe.test(lineText) && !blankBefore) {
      const level = lineText.trim().startsWith("=") ? 1 : 2;
      const start = section.startLine;
      section.type = "heading";
      section.endLine = i;
      headings2.push({
        line: start,
        level,
        text: lines.slice(start, i).map((l) => l.text.trim()).join(" ")
      });
      close();
      blankBefore = true;
      continue;
    }
    if (indent < 4) {
      const fenceMatch = fenceRe.exec(trimmed);
      if (fenceMatch && fenceMatch[1] && !(fenceMatch[1][0] === "`" && trimmed.slice(fenceMatch[1].length).includes("`"))) {
        open("code", i);
        fence = { run: fenceMatch[1], indent, depth: 0, owner: void 0 };
        blankBefore = false;
        continue;
      }
      if (trimmed.startsWith("%%")) {
        open("comment", i);
        if (trimmed.indexOf("%%", 2) < 0) commentOpen = true;
        blankBefore = false;
        continue;
      }
      if (trimmed.startsWith("$$") && section?.type !== "paragraph") {
        open("math", i);
        if (trimmed.length < 4 || !trimmed.trimEnd().endsWith("$$") || trimmed.trim() === "$$") {
          mathOpen = trimmed.trim() === "$$" || !trimmed.slice(2).includes("$$");
        }
        blankBefore = false;
        continue;
      }
      if (thematicRe.test(lineText)) {
        open("thematicBreak", i);
        close();
        blankBefore = true;
        continue;
      }
      const htmlBlock = htmlBlockStart(trimmed);
      if (htmlBlock && (htmlBlock.interrupts || section?.type !== "paragraph")) {
        open("html", i);
        if (htmlBlock.end && endsHtml(htmlBlock, lineText.slice(lineText.indexOf("<") + 1))) close();
        else html = htmlBlock;
        blankBefore = !html;
        continue;
      }
    }
    const canStartList = section?.type !== "paragraph" || blankBefore || !/^\d/.test(trimmed) || /^1[.)]/.test(trimmed);
    if (canStartList) {
      const read = tryItem(list2, lineText, i, 0, 0, blankBefore);
      if (read) {
        if (section?.type !== "list" || read.restarted) beginList(i);
        noteBlockId(lineText, i);
        blankBefore = false;
        continue;
      }
    }
    if (section?.type === "paragraph" || section?.type === "table" || section?.type === "footnoteDefinition") {
      extend(i);
      noteBlockId(lineText, i);
      blankBefore = false;
      continue;
    }
    if (indent >= 4) {
      open("code", i);
      indentedCode = true;
      blankBefore = false;
      continue;
    }
    if (footnoteRe.test(lineText)) {
      open("footnoteDefinition", i);
    } else if (trimmed.includes("|") && isTableDelimiter(lines[i + 1]?.text ?? "")) {
      open("table", i);
    } else {
      open("paragraph", i);
    }
    noteBlockId(lineText, i);
    blankBefore = false;
  }
  close();
  return { lines, frontmatter, headings: headings2, listItems, sections, blocks };
}

// core/tracking/dates.ts
var msPerDay = 864e5;
function dayNumber(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / msPerDay);
}
function isoDate2(day) {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}
function addDays(iso, days) {
  return isoDate2(dayNumber(iso) + days);
}
function weekday(iso) {
  return ((dayNumber(iso) + 3) % 7 + 7) % 7;
}
var weekStartIndex = {
  monday: 0,
  tuesday: 1,
  wednesday: 2,
  thursday: 3,
  friday: 4,
  saturday: 5,
  sunday: 6
};
function weekStartOf(iso, weekStart) {
  const back = (weekday(iso) - weekStartIndex[weekStart] + 7) % 7;
  return addDays(iso, -back);
}
function isoWeekLabel(iso) {
  const thursday = addDays(iso, 3 - weekday(iso));
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(`${year}-01-04`, 3 - weekday(`${year}-01-04`));
  const week = 1 + Math.round((dayNumber(thursday) - dayNumber(firstThursday)) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}
var monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var longMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
function dayLabel(iso) {
  return `${dayNames[weekday(iso)]} ${Number(iso.slice(8, 10))} ${monthNames[Number(iso.slice(5, 7)) - 1]}`;
}
function shortDate(iso) {
  return `${Number(iso.slice(8, 10))} ${monthNames[Number(iso.slice(5, 7)) - 1]}`;
}
function monthLabel(iso) {
  return `${longMonths[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}
function compact(iso) {
  return iso.replace(/-/g, "");
}
function expand(compactDate) {
  return `${compactDate.slice(0, 4)}-${compactDate.slice(4, 6)}-${compactDate.slice(6, 8)}`;
}

// core/tracking/marks.ts
var markerRe = /(?:^|\s)\^([A-Za-z0-9-]+?)-(\d{8})-(\d{1,3}|r)(?=\s|$)/g;
var answerLabel = "My answer:";
var answerRe = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:\*\*)?my answer(?:\*\*)?\s*:(?:\*\*)?\s*/iu;
function itemState(task) {
  if (task === void 0 || task === " " || task === "/" || task === ">") return "open";
  if (task === "-") return "skipped";
  return "done";
}
function lastMarker(text) {
  if (!text.includes("^")) return void 0;
  let found;
  markerRe.lastIndex = 0;
  for (let m = markerRe.exec(text); m; m = markerRe.exec(text)) found = m;
  return found;
}
function stripMarkers(text) {
  return text.replace(markerRe, "").trim();
}
function isQuoteLine(text) {
  return text !== void 0 && /^[ \t]*>/.test(text);
}
function findMarks(scan) {
  const items = [];
  const prompts = [];
  const itemAt = /* @__PURE__ */ new Map();
  for (const item of scan.listItems) itemAt.set(item.line, item);
  const lines = scan.lines;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? "";
    const m = lastMarker(text);
    if (!m || !m[1] || !m[2] || !m[3]) continue;
    const commitmentId2 = m[1];
    const periodStart = expand(m[2]);
    if (m[3] !== "r") {
      const item = itemAt.get(i);
      if (!item) continue;
      items.push({ line: i, commitmentId: commitmentId2, periodStart, n: Number(m[3]), state: itemState(item.task), item });
      continue;
    }
    if (!isQuoteLine(text)) continue;
    let first = i;
    while (first > 0 && isQuoteLine(lines[first - 1]?.text)) first--;
    let last = i;
    while (last + 1 < lines.length && isQuoteLine(lines[last + 1]?.text)) last++;
    const answerParts = [];
    for (let k = i + 1; k <= last; k++) {
      const words2 = (lines[k]?.text ?? "").replace(/^[ \t]*(?:>[ \t]?)+/, "").trim();
      if (words2) answerParts.push(stripMarkers(words2));
    }
    let answerLine;
    let end = last;
    const next = itemAt.get(last + 1);
    if (next) {
      const own = (lines[last + 1]?.text ?? "").slice(next.textOffset);
      if (answerRe.test(own)) {
        answerLine = last + 1;
        end = next.endLine;
        const firstWords = stripMarkers(own.replace(answerRe, ""));
        if (firstWords) answerParts.unshift(firstWords);
        for (let k = last + 2; k <= next.endLine; k++) {
          const words2 = (lines[k]?.text ?? "").trim();
          if (words2) answerParts.push(stripMarkers(words2));
        }
        for (const child of scan.listItems) {
          if (child.line <= next.line) continue;
          if (!isUnder(itemAt, child, next)) break;
          end = Math.max(end, child.endLine);
          for (let k = child.line; k <= child.endLine; k++) {
            const words2 = (k === child.line ? (lines[k]?.text ?? "").slice(child.textOffset) : lines[k]?.text ?? "").trim();
            if (words2) answerParts.push(stripMarkers(words2));
          }
        }
      }
    }
    const answer = answerParts.join("\n").trim();
    prompts.push({ commitmentId: commitmentId2, periodStart, firstLine: first, markerLine: i, lastLine: end, answerLine, answer: answer === "" ? null : answer });
    i = last;
  }
  return { items, prompts };
}
function isUnder(itemAt, child, ancestor) {
  let parent = child.parent;
  while (parent >= 0) {
    if (parent === ancestor.line) return true;
    parent = itemAt.get(parent)?.parent ?? -1;
  }
  return false;
}

// core/note.ts
var defaultHeadings = [
  "commitments",
  "commitment",
  "if-then plans",
  "if-then plan",
  "if then plans",
  "intentions",
  "implementation intentions",
  "between sessions",
  "action items"
];
function normalizeHeading(text) {
  return ` ${text.toLowerCase().replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2").replace(/[^\p{L}\p{N}\s-]/gu, " ").replace(/\s+/g, " ").trim()} `;
}
function headingMatcher(names) {
  const wanted = names.map((n) => normalizeHeading(n)).filter((n) => n.trim() !== "");
  return (heading) => {
    const h = normalizeHeading(heading);
    return wanted.some((n) => h.includes(n));
  };
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function tagName(options) {
  return (options.tag ?? "commitment").replace(/^#/, "");
}
function mayHoldCommitments(text, options = {}) {
  if (new RegExp(`#${escapeRegExp(tagName(options))}`, "i").test(text)) return true;
  const names = (options.headings ?? defaultHeadings).map((n) => escapeRegExp(n).replace(/[-\s]+/g, "[-\\s]+"));
  if (names.length === 0) return false;
  const re = new RegExp(`^[ \\t]{0,3}#{1,6}[ \\t].*(?:${names.join("|")})`, "im");
  if (re.test(text)) return true;
  return /\n[ \t]{0,3}(?:=+|-+)[ \t]*(?:\r?\n|$)/.test(text) && new RegExp(`(?:${names.join("|")})`, "i").test(text);
}
var itemLinesOf = /* @__PURE__ */ new WeakMap();
function ownLines(scan, item) {
  let itemLines = itemLinesOf.get(scan);
  if (!itemLines) {
    itemLines = new Set(scan.listItems.map((i) => i.line));
    itemLinesOf.set(scan, itemLines);
  }
  const out2 = [item.line];
  for (let line = item.line + 1; line <= item.endLine; line++) {
    const text = scan.lines[line]?.text ?? "";
    if (itemLines.has(line)) break;
    if (item.quoteDepth === 0 && /^[ \t]*>/.test(text)) break;
    if (text.trim() !== "") out2.push(line);
  }
  return out2;
}
function ownSource(scan, item) {
  return ownLines(scan, item).map((line) => {
    const text = scan.lines[line]?.text ?? "";
    return line === item.line ? text.slice(item.textOffset) : text.replace(/^[ \t>]*/, "");
  }).join("\n");
}
var blockIdRe2 = /(?:^|\s)\^([A-Za-z0-9-]+)[ \t]*$/;
var tagRe = (tag) => new RegExp(`(?:^|\\s)#${escapeRegExp(tag)}(?![\\p{L}\\p{N}_/-])`, "iu");
var toolMarkerRe = /\^[A-Za-z0-9-]+-\d{8}-(?:\d{1,3}|r)(?=\s|$)/;
var answerLineRe = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:\*\*)?my answer(?:\*\*)?\s*:/iu;
function isToolItem(own) {
  return toolMarkerRe.test(own) || answerLineRe.test(own);
}
function findPlaces(scan, options = {}) {
  const matches = headingMatcher(options.headings ?? defaultHeadings);
  const tagged = tagRe(tagName(options));
  const byLine = /* @__PURE__ */ new Map();
  for (const item of scan.listItems) byLine.set(item.line, item);
  const stack = [];
  let h = 0;
  const places = [];
  const owner = /* @__PURE__ */ new Map();
  for (const item of scan.listItems) {
    while (h < scan.headings.length && (scan.headings[h]?.line ?? Infinity) < item.line) {
      const heading = scan.headings[h];
      h++;
      if (!heading) continue;
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= heading.level) stack.pop();
      stack.push({ level: heading.level, inScope: matches(heading.text) });
    }
    if (item.quoteDepth > 0) continue;
    const parentPlace = item.parent >= 0 ? owner.get(item.parent) : void 0;
    if (parentPlace) {
      parentPlace.descendants.push(item);
      parentPlace.lastLine = Math.max(parentPlace.lastLine, item.endLine);
      owner.set(item.line, parentPlace);
      continue;
    }
    const own = ownSource(scan, item);
    if (isToolItem(own)) continue;
    const inHeading = item.parent < 0 && stack.some((s) => s.inScope);
    const hasTag = tagged.test(own);
    if (!inHeading && !hasTag) continue;
    const place = { item, descendants: [], lastLine: item.endLine };
    places.push(place);
    owner.set(item.line, place);
  }
  for (const place of places) {
    while (place.lastLine > place.item.line && (scan.lines[place.lastLine]?.text.trim() ?? "") === "") place.lastLine--;
  }
  void byLine;
  return places.filter((place) => place.descendants.length > 0 || ownSource(scan, place.item).trim() !== "");
}
var trailingSmallWords = /\s+(?:to|for|of|on|in|at|with|and|or|the|a|an|my|our|your|by|from|into|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|sixty)$/i;
function shortLabel(text) {
  let words2 = text.replace(/^not\s+/i, "no ").split(/\s+/).slice(0, 4).join(" ");
  while (trailingSmallWords.test(words2)) words2 = words2.replace(trailingSmallWords, "");
  return words2.replace(/[.,;:!?]+$/, "") || text.slice(0, 24);
}
function fieldLine(scan, items, name) {
  const names = Object.entries(fieldAliases).filter(([, field]) => field === name).map(([alias]) => escapeRegExp(alias).replace(/-/g, "[-\\s_]+"));
  const re = new RegExp(
    `(?:^[ \\t>]*(?:(?:[-*+]|\\d+[.)])[ \\t]+(?:\\[.\\][ \\t]+)?)?|[[(][ \\t]*)(?:${names.join("|")})[ \\t]*::`,
    "i"
  );
  for (const item of items) {
    for (let line = item.line; line <= item.endLine; line++) {
      if (re.test(scan.lines[line]?.text ?? "")) return line + 1;
    }
  }
  return (items[0]?.line ?? 0) + 1;
}
function parseNote(text, options) {
  const empty = {
    meta: { ...defaultMeta, ...options.defaults, breaks: [] },
    commitments: [],
    diagnostics: [],
    scan: void 0,
    places: [],
    marks: { items: [], prompts: [] }
  };
  if (!mayHoldCommitments(text, options)) return empty;
  const scan = scanNote(text);
  const places = findPlaces(scan, options);
  if (places.length === 0) return { ...empty, scan };
  const diagnostics = [];
  let meta = { ...defaultMeta, ...options.defaults, breaks: [] };
  if (scan.frontmatter) {
    const read = readFrontmatter(scan.frontmatter.source, scan.frontmatter.startLine + 2, options.parseYaml, options.defaults);
    meta = read.meta;
    diagnostics.push(...read.diagnostics);
  }
  const marks = findMarks(scan);
  const answerLines = new Set(marks.prompts.flatMap((p) => p.answerLine === void 0 ? [] : [p.answerLine]));
  const pieces = [];
  const layout = places.map((place) => {
    const own = ownSource(scan, place.item);
    const children = place.descendants.filter(
      (d) => d.parent === place.item.line && d.task === void 0 && !answerLines.has(d.line)
    );
    const sources = [own, ...children.map((d) => ownSource(scan, d))];
    const start = pieces.length;
    for (const source of sources) pieces.push(source);
    return { place, items: [place.item, ...children], start, count: sources.length };
  });
  const extracted = pieces.map((source) => {
    let blockId = null;
    const withoutIds = source.split("\n").map((line) => {
      const m = blockIdRe2.exec(line);
      if (m && m[1]) {
        blockId = m[1];
        return line.slice(0, m.index);
      }
      return line;
    }).join("\n");
    const { fields, rest } = extractFields(withoutIds);
    return { fields, blockId, source: rest };
  });
  const plain = toPlainTexts(extracted.map((e) => e.source));
  const seen = /* @__PURE__ */ new Map();
  const commitments = layout.map(({ place, items, start, count }) => {
    const texts = plain.slice(start, start + count).filter((t) => t.trim() !== "");
    const fields = extracted.slice(start, start + count).flatMap((e) => e.fields);
    const blockId = extracted[start]?.blockId ?? null;
    const words2 = texts.join("\n");
    const reading = readCommitment(words2);
    const value = (name) => fields.find((f) => f.name === name)?.value;
    let { intention, trigger, coping, cadence, kind, vagueTrigger, vagueIntention, negated } = reading;
    const whenField = value("when");
    if (whenField) {
      trigger = whenField;
      vagueTrigger = isVagueTrigger(trigger);
    }
    const thenField = value("then");
    if (thenField) {
      const r = readCommitment(thenField);
      intention = r.intention ?? thenField;
      vagueIntention = isVagueIntention(intention);
      negated = r.negated;
      kind = r.kind;
      if (!cadence) cadence = r.cadence;
    }
    const obstacles2 = fields.filter((f) => f.name === "obstacle").map((f) => f.value);
    const backups2 = fields.filter((f) => f.name === "backup").map((f) => f.value);
    if (obstacles2.length > 0 || backups2.length > 0) {
      const pairs = [];
      for (let i = 0; i < Math.max(obstacles2.length, backups2.length); i++) {
        pairs.push({ obstacle: obstacles2[i] ?? "", response: backups2[i] ?? "" });
      }
      coping = pairs;
    }
    const cadenceField = value("cadence");
    if (cadenceField !== void 0) {
      const parsed = parseCadenceText(cadenceField);
      if (parsed) cadence = parsed;
      else
        diagnostics.push({
          code: "invalid-field",
          severity: "warning",
          line: fieldLine(scan, items, "cadence"),
          column: 1,
          message: `Follow Through can't read the cadence "${cadenceField}".`,
          suggestion: 'Write it like "2 per week", "daily", "weekdays", "Mon, Wed, Fri" or "this week".'
        });
    }
    const kindField = value("kind");
    if (kindField !== void 0) {
      const k = kindField.trim().toLowerCase();
      if (k === "process" || k === "outcome") kind = k;
      else
        diagnostics.push({
          code: "invalid-field",
          severity: "warning",
          line: fieldLine(scan, items, "kind"),
          column: 1,
          message: `"kind:: ${kindField}" is not a kind Follow Through knows.`,
          suggestion: 'Use "kind:: process" for something you do, or "kind:: outcome" for a result you are aiming at.'
        });
    }
    let status = "active";
    const statusField = value("status");
    if (statusField !== void 0) {
      const s = statusField.trim().toLowerCase();
      if (s === "active" || s === "paused" || s === "retired") status = s;
      else if (s === "done" || s === "dropped" || s === "stopped") status = "retired";
      else if (s === "pause" || s === "on hold" || s === "break") status = "paused";
      else
        diagnostics.push({
          code: "invalid-field",
          severity: "warning",
          line: fieldLine(scan, items, "status"),
          column: 1,
          message: `"status:: ${statusField}" is not a status Follow Through knows.`,
          suggestion: 'Use "status:: paused" to rest a commitment, "status:: retired" to finish it, or "status:: active".'
        });
    }
    const fullText = texts.join(" ").replace(/\s+/g, " ").trim();
    const hasWords = fullText !== "";
    const hasFields = fields.length > 0;
    let id;
    if (blockId) id = blockId;
    else {
      const n = (seen.get(fullText) ?? 0) + 1;
      seen.set(fullText, n);
      id = commitmentId(fullText || fields.map((f) => `${f.name}:${f.value}`).join("|"), n);
    }
    const findings = judgeCommitment({
      text: fullText,
      intention,
      trigger,
      copingCount: coping.filter((p) => p.obstacle.trim() !== "" && p.response.trim() !== "").length,
      kind,
      vagueTrigger,
      vagueIntention,
      negated
    });
    return {
      id,
      line: place.item.line + 1,
      endLine: place.lastLine + 1,
      text: fullText,
      intention,
      trigger,
      coping,
      cadence,
      kind,
      deadline: reading.deadline,
      source: hasFields ? hasWords ? "both" : "fields" : "text",
      blockId,
      status,
      label: value("label") ?? shortLabel(intention ?? fullText),
      findings
    };
  });
  const max = options.maxCommitments ?? 5;
  const active = commitments.filter((c) => c.status === "active");
  if (active.length > max) {
    const w = wording["too-many-commitments"];
    const context = { intention: null, trigger: null, text: "", count: active.length };
    diagnostics.push({
      code: "too-many-commitments",
      severity: w.severity,
      line: active[0]?.line ?? 1,
      column: 1,
      message: w.message(context),
      suggestion: w.suggestion(context)
    });
  }
  return { meta, commitments, diagnostics, scan, places, marks };
}

// core/reflection/prompt.ts
var acknowledgePartial = {
  curious: [
    "{done} of {target} happened this {unit}, and that counts.",
    "This {unit}: {done} of {target} done, and what happened is worth a look too.",
    "{done} of {target} got done this {unit}."
  ],
  gentle: [
    "{done} of {target} this {unit}. That is real progress.",
    "You made room for {done} of {target} this {unit}.",
    "{done} of {target} this {unit}, in the middle of everything else."
  ],
  direct: ["{done} of {target} this {unit}.", "This {unit}: {done} of {target}.", "{done} of {target} done this {unit}. Let\u2019s look at the rest plainly."]
};
var acknowledgeMissed = {
  curious: [
    "This one didn\u2019t happen this {unit}. That is useful information about the plan.",
    "The {unit} went by without this one happening, so let\u2019s get curious about it.",
    "This {unit}, the plan didn\u2019t find its moment."
  ],
  gentle: [
    "This one didn\u2019t happen this {unit}. Stretches like that come to everyone.",
    "This one didn\u2019t fit into this {unit}, and that\u2019s okay.",
    "No tick here this {unit}. That happens, and it is worth a kind look."
  ],
  direct: [
    "This didn\u2019t happen this {unit}.",
    "This {unit}, this one didn\u2019t get done.",
    "The plan didn\u2019t happen this {unit}. Let\u2019s look at it plainly."
  ]
};
var whatHelped = [
  "What made the {one} that happened possible?",
  "What helped on the day it did happen?",
  "What was different about the time it worked?"
];
var triggerQuestions = [
  "Did the moment you chose, \u201C{trigger}\u201D, come around this {unit}? What was going on around it?",
  "Think back to \u201C{trigger}\u201D: did that moment come, and what happened next?",
  "How did \u201C{trigger}\u201D go this {unit}: did the moment come, and what was happening then?"
];
var noTriggerQuestions = [
  "When in the week could this fit, tied to something you already do?",
  "What moment in your week could be the cue for this?",
  "What already happens in your week that this could follow?"
];
var copingQuestions = [
  "Did \u201C{obstacle}\u201D come up? If it did, did the backup, \u201C{response}\u201D, get a chance?",
  "If \u201C{obstacle}\u201D happened, how did \u201C{response}\u201D go?",
  "Was \u201C{obstacle}\u201D part of it? And the backup, \u201C{response}\u201D: did it come up?"
];
var noCopingQuestions = [
  "What got in the way? If it is likely to come up again, what could you do when it does?",
  "What got in the way, and what could be your plan B next time it shows up?",
  "What was going on around the time you meant to do it? A backup plan for that could help next {unit}."
];
var directChallenge = [
  "You said this matters to you, so it is worth a straight look at what got in the way.",
  "This is something you chose, so let\u2019s be honest about what got in the way.",
  "You picked this for a reason; what got in the way is worth naming."
];
var learn = [
  "What did you learn from this experience?",
  "What did you learn from this {unit}?",
  "What did you learn about this plan this {unit}?"
];
var belief = {
  curious: [
    "You know yourself best, and next {unit} builds on this one.",
    "You\u2019ve done hard things before; this one is yours too.",
    "Each week you look at this, the plan gets better."
  ],
  gentle: [
    "Be kind to yourself: next {unit} builds on this one.",
    "You\u2019ve done hard things before, and you can do this too.",
    "Whatever you find, it helps the plan fit your life."
  ],
  direct: [
    "You can do this.",
    "You\u2019ve done hard things before, and this one too.",
    "This matters to you, and you have what it takes."
  ]
};
var patternOpening = [
  "This one has been hard to fit in lately.",
  "Lately, this plan and your weeks haven\u2019t been meeting.",
  "This one hasn\u2019t found its place in the week lately."
];
var patternQuestion = [
  "Is this still something you want?",
  "Does this still matter to you the way it did when you chose it?",
  "Is this still the right commitment for now?"
];
var patternOptions = "You could keep it as it is, change the time or place, shrink it to a smaller version, or pause it for now (write `status:: paused` on it). It is a good question for your next session too.";
function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}
function pick(options, input, part) {
  const week = Math.floor(dayNumber(input.periodStart) / 7);
  const index = (hash(`${input.commitmentId}:${part}`) + week) % options.length;
  return options[index];
}
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_all, key) => values[key] ?? "");
}
function tidyQuote(text) {
  return text.replace(/[.!?;:,\s]+$/, "").replace(/[“”]/g, '"');
}
function reflectionPrompt(input) {
  const unit = input.unit ?? "week";
  const values = {
    unit,
    done: String(input.done),
    target: String(input.target),
    one: input.done === 1 ? "one" : "ones",
    trigger: input.trigger ? tidyQuote(input.trigger) : ""
  };
  const planQuestions = [];
  planQuestions.push(fill(pick(input.trigger ? triggerQuestions : noTriggerQuestions, input, "trigger"), values));
  const plan = input.coping[0];
  if (plan && plan.obstacle && plan.response) {
    planQuestions.push(fill(pick(copingQuestions, input, "coping"), { obstacle: tidyQuote(plan.obstacle), response: tidyQuote(plan.response) }));
  } else {
    planQuestions.push(fill(pick(noCopingQuestions, input, "coping"), values));
  }
  const closing = fill(`${pick(learn, input, "learn")} ${pick(belief[input.tone], input, "belief")}`, values);
  if (input.pattern) {
    return {
      title: `${input.periodLabel} \xB7 is this still the right plan?`,
      paragraphs: [
        `${pick(patternOpening, input, "pattern")} ${pick(patternQuestion, input, "pattern-question")}`,
        patternOptions,
        closing
      ]
    };
  }
  const opening = input.status === "partial" ? `${fill(pick(acknowledgePartial[input.tone], input, "ack"), values)} ${fill(pick(whatHelped, input, "helped"), values)}` : fill(pick(acknowledgeMissed[input.tone], input, "ack"), values);
  const title = input.status === "partial" ? `${input.periodLabel} \xB7 ${input.done} of ${input.target}` : `${input.periodLabel} \xB7 a ${unit} to look at`;
  const questions = input.tone === "gentle" ? planQuestions.slice(0, 1) : planQuestions;
  const middle = input.tone === "direct" ? [pick(directChallenge, input, "challenge"), ...questions] : questions;
  return { title, paragraphs: [opening, middle.join(" "), closing] };
}

// core/tracking/schedule.ts
function unitFor(cadence) {
  if (cadence.per === "month") return "month";
  if (cadence.per === "period") return "span";
  return "week";
}
function periodHolding(date, unit, weekStart, span) {
  if (unit === "month") {
    const start2 = `${date.slice(0, 7)}-01`;
    const next = Number(date.slice(5, 7)) === 12 ? `${Number(date.slice(0, 4)) + 1}-01-01` : `${date.slice(0, 5)}${String(Number(date.slice(5, 7)) + 1).padStart(2, "0")}-01`;
    return { start: start2, end: addDays(next, -1), label: monthLabel(start2), machine: date.slice(0, 7) };
  }
  if (unit === "span" && span) {
    return { start: span.start, end: span.end, label: `${shortDate(span.start)} \u2013 ${shortDate(span.end)}`, machine: `${span.start}/${span.end}` };
  }
  const start = weekStartOf(date, weekStart);
  const end = addDays(start, 6);
  return { start, end, label: `Week of ${shortDate(start)}`, machine: isoWeekLabel(start) };
}
var dailyCue = /\b(?:every ?day|daily|each day|morning|evening|night|bedtime|wake up|waking|get up|get out of bed|breakfast|lunch|dinner|supper|brush(?:ing)? my teeth|shower|get into bed|go to bed|coffee|tea|commute|\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2})\b/i;
function trackedCadence(commitment) {
  if (commitment.kind === "outcome") return { count: 1, per: "week" };
  if (commitment.cadence) return commitment.cadence;
  const trigger = commitment.trigger ?? "";
  const days = dayMatches(trigger).days;
  if (days.length > 0) return { count: days.length, per: "week", days };
  if (/\b(?:week ?days|every weekday)\b/i.test(trigger)) return { count: 5, per: "week", days: ["mon", "tue", "wed", "thu", "fri"] };
  if (dailyCue.test(trigger)) return { count: 1, per: "day" };
  return { count: 1, per: "week" };
}
var maxItemsPerPeriod = 14;
function plannedItems(commitment, period, from, until) {
  const cadence = trackedCadence(commitment);
  const first = dayNumber(period.start) < dayNumber(from) ? from : period.start;
  const last = dayNumber(period.end) > dayNumber(until) ? until : period.end;
  if (dayNumber(first) > dayNumber(last)) return [];
  const items = [];
  const push = (label) => {
    if (items.length < maxItemsPerPeriod) items.push({ n: items.length + 1, label });
  };
  if (commitment.kind === "outcome") {
    push(`${period.label} \xB7 a step toward it`);
    return items;
  }
  if (cadence.once) {
    push(`By ${dayLabel(last)}`);
    return items;
  }
  const wantedDays = cadence.per === "day" ? dayCodes : cadence.days;
  if (wantedDays && wantedDays.length > 0) {
    for (let d = dayNumber(first); d <= dayNumber(last); d++) {
      const iso = addDays(first, d - dayNumber(first));
      if (!wantedDays.includes(dayCodes[weekday(iso)] ?? "mon")) continue;
      const perDay = cadence.per === "day" ? cadence.count : 1;
      for (let k = 1; k <= perDay; k++) push(perDay > 1 ? `${dayLabel(iso)} \xB7 ${k} of ${perDay}` : dayLabel(iso));
    }
    return items;
  }
  const fullDays = dayNumber(period.end) - dayNumber(period.start) + 1;
  const coveredDays = dayNumber(last) - dayNumber(first) + 1;
  if (coveredDays * 10 < fullDays * 3) return items;
  const count = Math.max(1, Math.min(maxItemsPerPeriod, Math.round(cadence.count * coveredDays / fullDays)));
  for (let k = 1; k <= count; k++) push(count > 1 ? `${period.label} \xB7 ${k} of ${count}` : period.label);
  return items;
}

// core/tracking/track.ts
var patternMessage = "This one has been hard to fit in lately: a good question for the next session (keep it, change the time or place, shrink it, or pause it?).";
function markerOf(id, periodStart, n) {
  return `^${id}-${compact(periodStart)}-${n}`;
}
function inBreak(meta, period) {
  return meta.breaks.some((b) => b.start <= period.end && b.end >= period.start);
}
function windowOf(meta, options) {
  const ends = [meta.nextSession, options.endBefore].filter((d) => typeof d === "string");
  const endBefore = ends.sort()[0];
  return { from: meta.session ?? options.today, until: endBefore ? addDays(endBefore, -1) : void 0 };
}
function unitOf(commitment) {
  return unitFor(trackedCadence(commitment));
}
function periodOf(start, commitment, meta, options) {
  const unit = unitOf(commitment);
  const window = windowOf(meta, options);
  const spanEnd = window.until ?? addDays(window.from, 13);
  return periodHolding(start, unit, meta.weekStart, { start: window.from, end: spanEnd });
}
function statusOf(end, today, target, done, skipped) {
  if (dayNumber(today) <= dayNumber(end)) return "open";
  const needed = target - skipped;
  if (done >= needed) return "met";
  return done > 0 ? "partial" : "missed";
}
function itemsByPeriod(items, id) {
  const map = /* @__PURE__ */ new Map();
  for (const item of items) {
    if (item.commitmentId !== id) continue;
    const list2 = map.get(item.periodStart) ?? [];
    list2.push(item);
    map.set(item.periodStart, list2);
  }
  return new Map([...map.entries()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
function distinct(items) {
  const byN = /* @__PURE__ */ new Map();
  for (const item of items) {
    const seen = byN.get(item.n);
    if (!seen || seen.state === "open" && item.state !== "open") byN.set(item.n, item);
  }
  return [...byN.values()].sort((a, b) => a.n - b.n);
}
function readCommitmentTracking(note, commitment, options) {
  const groups = itemsByPeriod(note.marks.items, commitment.id);
  const prompts = note.marks.prompts.filter((p) => p.commitmentId === commitment.id);
  const periods = [];
  for (const [start, all] of groups) {
    const items = distinct(all);
    const period = periodOf(start, commitment, note.meta, options);
    const done = items.filter((i) => i.state === "done").length;
    const skipped = items.filter((i) => i.state === "skipped").length;
    const prompt = prompts.find((p) => p.periodStart === start);
    const answers = prompts.filter((p) => p.periodStart === start && p.answer !== null).map((p) => p.answer);
    periods.push({
      label: period.machine,
      title: period.label,
      start: period.start,
      end: period.end,
      target: items.length,
      done,
      skipped,
      status: statusOf(period.end, options.today, items.length, done, skipped),
      isBreak: inBreak(note.meta, period),
      items: items.map((i) => ({ line: i.line + 1, done: i.state === "done", skipped: i.state === "skipped" })),
      reflection: prompt ? { line: prompt.firstLine + 1, answer: answers.length > 0 ? answers.join("\n\n") : null } : null
    });
  }
  return { periods, pattern: patternOf(periods, options.patternLength ?? 2) };
}
function patternOf(periods, length) {
  let run = 0;
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i];
    if (!p || p.status === "open" || p.isBreak) continue;
    if (p.status === "partial" || p.status === "missed") run++;
    else break;
  }
  return run >= length ? { code: "repeated-miss", periods: run, message: patternMessage } : null;
}
function childIndent(note, place) {
  const lines = note.scan?.lines ?? [];
  const firstChild = place.descendants.find((d) => d.parent === place.item.line);
  if (firstChild) return /^[ \t]*/.exec(lines[firstChild.line]?.text ?? "")?.[0] ?? "  ";
  const own = /^[ \t]*/.exec(lines[place.item.line]?.text ?? "")?.[0] ?? "";
  return own + " ".repeat(Math.max(2, place.item.contentColumn - place.item.indent));
}
function promptLines(prompt, indent, marker) {
  const out2 = [`${indent}> [!question] ${prompt.title}`];
  prompt.paragraphs.forEach((paragraph2, index) => {
    if (index > 0) out2.push(`${indent}>`);
    const last = index === prompt.paragraphs.length - 1;
    out2.push(`${indent}> ${paragraph2}${last ? ` ${marker}` : ""}`);
  });
  out2.push(`${indent}- ${answerLabel}`);
  return out2;
}
function lastLineOf(note, items) {
  let last = 0;
  const listItems = note.scan?.listItems ?? [];
  for (const marked of items) {
    last = Math.max(last, marked.item.endLine);
    const index = listItems.indexOf(marked.item);
    for (let k = index + 1; k < listItems.length; k++) {
      const next = listItems[k];
      if (!next || next.indent <= marked.item.indent) break;
      last = Math.max(last, next.endLine);
    }
  }
  const lines = note.scan?.lines ?? [];
  while (last > 0 && (lines[last]?.text.trim() ?? "") === "") last--;
  return last;
}
function healDuplicates(note, edits) {
  const lines = note.scan?.lines ?? [];
  let healed = 0;
  const first = /* @__PURE__ */ new Map();
  const normal = (line, task) => (lines[line]?.text ?? "").replace(/\[[^\]]\]/, "[ ]").trimEnd() + (task.item.endLine > task.line ? "\u2026" : "");
  for (const item of note.marks.items) {
    const key = `${item.commitmentId}|${item.periodStart}|${item.n}`;
    const kept = first.get(key);
    if (!kept) {
      first.set(key, item);
      continue;
    }
    if (normal(item.line, item) !== normal(kept.line, kept)) continue;
    const hasChildren = (note.scan?.listItems ?? []).some((c) => c.parent === item.line);
    if (hasChildren || item.item.endLine !== item.line) continue;
    if (kept.state === "open" && item.state !== "open") {
      const text = lines[kept.line]?.text ?? "";
      const replaced = text.replace(/\[([^\]])\]/, `[${item.item.task ?? "x"}]`);
      edits.push({ kind: "replace", line: kept.line, from: text, to: replaced });
      kept.state = item.state;
    }
    edits.push({ kind: "delete", line: item.line, from: lines[item.line]?.text ?? "" });
    healed++;
  }
  const prompts = /* @__PURE__ */ new Map();
  for (const prompt of note.marks.prompts) {
    const key = `${prompt.commitmentId}|${prompt.periodStart}`;
    const kept = prompts.get(key);
    if (!kept) {
      prompts.set(key, prompt);
      continue;
    }
    const block = (p) => lines.slice(p.firstLine, p.markerLine + 1).map((l) => l.text).join("\n");
    if (block(prompt) !== block(kept) || prompt.answer !== null) continue;
    for (let line = prompt.firstLine; line <= prompt.lastLine; line++) {
      edits.push({ kind: "delete", line, from: lines[line]?.text ?? "" });
    }
    healed++;
  }
  return healed;
}
function planTrack(text, options) {
  return planTrackNote(parseNote(text, options), options);
}
function planTrackNote(note, options) {
  const plan = { edits: [], started: 0, periodsAdded: 0, promptsAdded: 0, healed: 0, note };
  if (note.commitments.length === 0 || !note.scan) return plan;
  const lines = note.scan.lines;
  const today = options.today;
  const window = windowOf(note.meta, options);
  plan.healed = healDuplicates(note, plan.edits);
  note.commitments.forEach((commitment, index) => {
    const place = note.places[index];
    if (!place) return;
    const indent = childIndent(note, place);
    const groups = itemsByPeriod(note.marks.items, commitment.id);
    const existing = [...groups.keys()];
    const active = commitment.status === "active";
    const tracking = readCommitmentTracking(note, commitment, options);
    const closed = tracking.periods.filter((p) => p.status !== "open");
    const latest = closed[closed.length - 1];
    const add = options.add ?? { periods: true, prompts: true };
    if (add.prompts && active && latest && (latest.status === "partial" || latest.status === "missed") && !latest.isBreak && note.meta.ifMissed !== "none") {
      const hasPrompt = note.marks.prompts.some((p) => p.commitmentId === commitment.id && p.periodStart === latest.start);
      const items = groups.get(latest.start) ?? [];
      if (!hasPrompt && items.length > 0) {
        const prompt = reflectionPrompt({
          tone: note.meta.ifMissed,
          status: latest.status,
          done: latest.done,
          target: latest.target - latest.skipped,
          periodLabel: latest.title,
          periodStart: latest.start,
          commitmentId: commitment.id,
          intention: commitment.intention,
          trigger: commitment.trigger,
          coping: commitment.coping,
          pattern: tracking.pattern !== null,
          unit: unitOf(commitment) === "week" ? "week" : unitOf(commitment) === "month" ? "month" : "stretch"
        });
        const itemIndent = /^[ \t]*/.exec(lines[items[0]?.line ?? 0]?.text ?? "")?.[0] ?? indent;
        plan.edits.push({
          kind: "insert",
          after: lastLineOf(note, items),
          order: 1,
          lines: promptLines(prompt, itemIndent, markerOf(commitment.id, latest.start, "r"))
        });
        plan.promptsAdded++;
      }
    }
    if (!active || !add.periods) return;
    const period = periodOf(today, commitment, note.meta, options);
    if (groups.has(period.start)) return;
    if (existing.some((start) => start > period.start)) return;
    if (trackedCadence(commitment).once && existing.length > 0) return;
    if (existing.length === 0 && dayNumber(window.from) > dayNumber(today)) return;
    const firstDay = existing.length === 0 ? today : period.start;
    if (window.until && dayNumber(period.start) > dayNumber(window.until)) return;
    if (inBreak(note.meta, period)) return;
    const planned = plannedItems(commitment, period, firstDay, window.until ?? period.end);
    if (planned.length === 0) return;
    const id = commitment.id;
    if (!commitment.blockId) {
      const own = ownLines(note.scan, place.item);
      const last = own[own.length - 1] ?? place.item.line;
      plan.edits.push({ kind: "append", line: last, text: ` ^${id}` });
      plan.started++;
    }
    plan.edits.push({
      kind: "insert",
      after: place.lastLine,
      order: 2,
      lines: planned.map((item) => `${indent}- [ ] ${item.label} ${markerOf(id, period.start, item.n)}`)
    });
    plan.periodsAdded++;
  });
  return plan;
}

// core/tracking/edit.ts
function eolOf(lines) {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (const line of lines) {
    if (line.eol === "\n") lf++;
    else if (line.eol === "\r\n") crlf++;
    else if (line.eol === "\r") cr++;
  }
  if (crlf > lf && crlf >= cr) return "\r\n";
  if (cr > lf && cr > crlf) return "\r";
  return "\n";
}
function rowsOf(text, edits) {
  const lines = splitLines(text);
  const eol = eolOf(lines);
  const inserts = /* @__PURE__ */ new Map();
  const appends = /* @__PURE__ */ new Map();
  const replaces = /* @__PURE__ */ new Map();
  const deletes = /* @__PURE__ */ new Set();
  edits.forEach((edit, seq) => {
    if (edit.kind === "insert") {
      const list2 = inserts.get(edit.after) ?? [];
      list2.push({ order: edit.order, seq, lines: edit.lines });
      inserts.set(edit.after, list2);
    } else if (edit.kind === "append") {
      appends.set(edit.line, [...appends.get(edit.line) ?? [], edit.text]);
    } else if (lines[edit.line]?.text === edit.from) {
      if (edit.kind === "replace") replaces.set(edit.line, edit.to);
      else deletes.add(edit.line);
    }
  });
  const rows = [];
  let after = 0;
  lines.forEach((line, index) => {
    const isLast = index === lines.length - 1;
    const added = (inserts.get(index) ?? []).sort((a, b) => a.order - b.order || a.seq - b.seq).flatMap((g) => g.lines);
    if (deletes.has(index)) {
      rows.push({ op: "-", text: line.text, eol: "", before: index, after });
    } else {
      const changed = replaces.has(index) || appends.has(index);
      const newText = (replaces.get(index) ?? line.text) + (appends.get(index) ?? []).join("");
      const lineEol = line.eol || (isLast && added.length > 0 ? eol : "");
      if (changed) rows.push({ op: "-", text: line.text, eol: "", before: index, after });
      rows.push({ op: changed ? "+" : " ", text: newText, eol: lineEol, before: index, after });
      after++;
    }
    added.forEach((newLine, k) => {
      const lastOfAll = isLast && k === added.length - 1;
      rows.push({ op: "+", text: newLine, eol: lastOfAll ? line.eol : eol, before: index + 1, after });
      after++;
    });
  });
  return rows;
}
function applyEdits(text, edits) {
  if (edits.length === 0) return text;
  return rowsOf(text, edits).filter((row) => row.op !== "-").map((row) => row.text + row.eol).join("");
}

// bench/random.ts
var Random = class _Random {
  #state;
  constructor(seed2) {
    this.#state = seed2 >>> 0;
  }
  /** A float in [0, 1). */
  next() {
    this.#state = this.#state + 1831565813 >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  }
  /** An integer in [min, max], both included. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** True with probability `p`. */
  chance(p) {
    return this.next() < p;
  }
  /** One element of a non-empty list. */
  pick(list2) {
    const value = list2[Math.floor(this.next() * list2.length)];
    if (value === void 0) throw new Error("pick from an empty list");
    return value;
  }
  /** A new source seeded from this one, so one part of a vault does not shift another. */
  fork() {
    return new _Random(Math.floor(this.next() * 4294967296));
  }
};

// bench/vault.ts
var vaultToday = "2026-11-30";
var generatorVersion = 3;
var words = "the a plan call meeting notes review draft budget client team project week idea design email report follow up with about for on in to and check fix update write read send share book order buy pay invoice slides workshop garden kids school dentist car insurance taxes groceries lunch dinner coffee run walk gym yoga stretch sleep early late quick long small big first last next new old good hard easy quiet busy tired happy calm focus deep work shallow admin inbox calendar doc spec bug release server deploy test refactor migrate schema api cache index query page chapter paper thesis lab sample data chart figure table summary outline agenda minutes contract proposal pricing offer renewal newsletter podcast episode article book notes highlight quote reminder errand laundry".split(" ");
var people = ["Dana", "Marcus", "Priya", "Sam", "Lena", "Omar", "Jules", "Kofi", "Mei", "Ines", "Tom\xE1s", "Ava", "Noor", "Ravi", "Zoe"];
var surnames = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Silva", "Novak", "Brennan", "Kowalski", "Osei", "Reyes", "Fischer"];
var tags = ["work", "home", "health", "reading", "finance", "family", "ideas", "writing", "admin", "travel", "learning", "errands"];
var months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function phrase(rng, min, max) {
  const n = rng.int(min, max);
  const out2 = [];
  for (let i = 0; i < n; i++) out2.push(rng.pick(words));
  return out2.join(" ");
}
function inline(rng, min, max) {
  let text = phrase(rng, min, max);
  const r = rng.next();
  if (r < 0.12) text += ` [[${capital(phrase(rng, 1, 3))}]]`;
  else if (r < 0.2) text += ` #${rng.pick(tags)}`;
  else if (r < 0.26) text = `**${text}**`;
  else if (r < 0.31) text = `${String(rng.int(7, 21)).padStart(2, "0")}:${rng.pick(["00", "15", "30", "45"])} ${text}`;
  else if (r < 0.34) text += ` \`${rng.pick(words)}()\``;
  else if (r < 0.37) text += ` with ${rng.pick(people)}`;
  else if (r < 0.39) text += ` ([link](https://example.com/${rng.pick(words)}))`;
  return capital(text);
}
function paragraph(rng, sentences) {
  const out2 = [];
  for (let i = 0; i < sentences; i++) out2.push(`${inline(rng, 5, 16)}.`);
  const text = out2.join(" ");
  if (!rng.chance(0.3)) return text;
  const wrapped = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line.length + word.length > 78) {
      wrapped.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  wrapped.push(line);
  return wrapped.join("\n");
}
function list(rng, items, taskShare) {
  const lines = [];
  let depth = 0;
  const bullet = rng.chance(0.85) ? "-" : "*";
  const indent = rng.chance(0.8) ? "	" : "  ";
  for (let i = 0; i < items; i++) {
    const r = rng.next();
    if (r < 0.25 && depth < 3 && i > 0) depth++;
    else if (r < 0.45 && depth > 0) depth = rng.chance(0.3) ? 0 : depth - 1;
    const task = rng.chance(taskShare) ? rng.chance(0.55) ? "[x] " : rng.chance(0.1) ? "[-] " : "[ ] " : "";
    lines.push(`${indent.repeat(depth)}${bullet} ${task}${inline(rng, 2, 9)}`);
  }
  return lines.join("\n");
}
function table(rng) {
  const cols = rng.int(3, 6);
  const rows = rng.int(4, 20);
  const head = Array.from({ length: cols }, () => capital(rng.pick(words)));
  const out2 = [`| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`];
  for (let r = 0; r < rows; r++) {
    out2.push(`| ${head.map(() => rng.chance(0.3) ? String(rng.int(1, 9999)) : phrase(rng, 1, 3)).join(" | ")} |`);
  }
  return out2.join("\n");
}
function codeFence(rng) {
  const lang = rng.pick(["ts", "python", "bash", "sql", "json", "dataview"]);
  const n = rng.int(4, 28);
  const body = [];
  for (let i = 0; i < n; i++) {
    const pad = "  ".repeat(rng.int(0, 3));
    body.push(
      lang === "bash" ? `${pad}${rng.pick(["npm run", "git", "ls", "curl -s", "grep -r"])} ${rng.pick(words)} # ${rng.pick(words)}` : lang === "dataview" ? `${rng.pick(["TABLE", "LIST", "WHERE", "SORT", "FROM"])} ${rng.pick(words)} - [ ] ${rng.pick(words)}` : `${pad}const ${rng.pick(words)}_${i} = ${rng.pick(words)}(${rng.int(0, 99)}); // ## ${rng.pick(words)}`
    );
  }
  return `\`\`\`${lang}
${body.join("\n")}
\`\`\``;
}
function callout(rng) {
  const kind = rng.pick(["note", "tip", "warning", "info", "todo", "quote", "question"]);
  const lines = [`> [!${kind}]${rng.chance(0.5) ? ` ${capital(phrase(rng, 2, 5))}` : ""}`];
  const n = rng.int(1, 6);
  for (let i = 0; i < n; i++) lines.push(rng.chance(0.3) ? `> - ${inline(rng, 2, 8)}` : `> ${inline(rng, 6, 18)}.`);
  return lines.join("\n");
}
function isoOf(day) {
  return new Date(day * 864e5).toISOString().slice(0, 10);
}
function dayOf(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 864e5);
}
function dailyNote(rng, date) {
  const parts = [];
  if (rng.chance(0.8)) {
    parts.push(`---
date: ${date}
tags: [daily${rng.chance(0.4) ? `, ${rng.pick(tags)}` : ""}]
mood: ${rng.int(1, 5)}
${rng.chance(0.3) ? `sleep: ${rng.int(5, 9)}h
` : ""}---`);
  }
  const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  parts.push(`# ${weekdays[(d.getUTCDay() + 6) % 7]} ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`);
  const r = rng.next();
  const items = r < 0.07 ? rng.int(400, 720) : r < 0.25 ? rng.int(90, 250) : rng.int(12, 70);
  if (rng.chance(0.5)) parts.push(`${inline(rng, 6, 14)}.`);
  if (items > 300 || rng.chance(0.4)) {
    parts.push(`## Log

${list(rng, items, 0.35)}`);
  } else {
    const first = Math.ceil(items / 2);
    parts.push(`## Tasks

${list(rng, first, 0.9)}`);
    parts.push(`## Notes

${list(rng, items - first, 0.1)}`);
  }
  if (rng.chance(0.3)) parts.push(`## Reflection

${paragraph(rng, rng.int(1, 4))}`);
  if (rng.chance(0.02)) parts.push(`- Look at the quarterly review #commitments-review`);
  return `${parts.join("\n\n")}
`;
}
function projectNote(rng, title) {
  const parts = [];
  if (rng.chance(0.9)) {
    parts.push(
      `---
title: "${title}"
status: ${rng.pick(["active", "someday", "done", "paused"])}
created: ${isoOf(dayOf(vaultToday) - rng.int(0, 1500))}
tags:
  - project
  - ${rng.pick(tags)}
aliases: [${capital(rng.pick(words))}]
---`
    );
  }
  parts.push(`# ${title}`);
  const sections = rng.int(2, 7);
  for (let s = 0; s < sections; s++) {
    parts.push(`## ${capital(phrase(rng, 1, 4))}`);
    const blocks = rng.int(1, 4);
    for (let b = 0; b < blocks; b++) {
      const r = rng.next();
      if (r < 0.35) parts.push(paragraph(rng, rng.int(2, 6)));
      else if (r < 0.6) parts.push(list(rng, rng.int(3, 25), 0.4));
      else if (r < 0.72) parts.push(callout(rng));
      else if (r < 0.84) parts.push(table(rng));
      else if (r < 0.94) parts.push(codeFence(rng));
      else parts.push(`### ${capital(phrase(rng, 1, 3))}

${paragraph(rng, rng.int(1, 3))}`);
    }
  }
  return `${parts.join("\n\n")}
`;
}
function referenceNote(rng, title) {
  const parts = [];
  if (rng.chance(0.6)) parts.push(`---
source: https://example.com/${rng.pick(words)}/${rng.int(1, 9999)}
author: ${rng.pick(people)} ${rng.pick(surnames)}
---`);
  parts.push(`# ${title}`);
  const n = rng.int(1, 5);
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.5) parts.push(paragraph(rng, rng.int(1, 5)));
    else if (r < 0.75) parts.push(`> ${inline(rng, 8, 20)}.
> \u2014 ${rng.pick(people)}`);
    else parts.push(list(rng, rng.int(2, 10), 0));
  }
  return `${parts.join("\n\n")}
`;
}
var acts = [
  "send two outreach messages",
  "write for 25 minutes",
  "go for a 20-minute run",
  "read one paper and write three lines about it",
  "call my mother",
  "practise the talk for 15 minutes",
  "update the client table",
  "do ten minutes of stretching",
  "review my budget",
  "plan tomorrow on one index card",
  "meditate for 10 minutes",
  "walk to the station instead of driving",
  "ask one client for a testimonial",
  "tidy my desk for five minutes",
  "put my phone in the drawer"
];
var triggers = [
  "I sit down with my coffee on Monday",
  "I get to my desk in the lab at 9",
  "I shut my laptop in the evening",
  "I park at the office",
  "I finish lunch",
  "I put the kids to bed",
  "I open my laptop on Sunday night",
  "I pour my morning coffee",
  "the Friday team call ends",
  "I get off the train"
];
var obstacles = [
  "Monday gets swallowed by meetings",
  "the lab is too noisy",
  "it's dark and pouring",
  "I am wiped out",
  "a client call runs late",
  "the kids are sick"
];
var backups = [
  "I'll do it first thing Tuesday",
  "I'll take my laptop to the library",
  "I'll do the 20-minute yoga video instead",
  "I'll do it Saturday with breakfast",
  "I'll do a shorter version before bed"
];
var cadences = ["every week", "twice a week", "three times a week", "every weekday", "daily", "on Monday, Wednesday and Friday", "this week", ""];
var fieldCadences = ["2 per week", "daily", "weekdays", "Mon, Wed, Fri", "3 per week", "this week", "1 per week", "2 per month"];
function commitmentItem(rng, style) {
  const act = rng.pick(acts);
  const trigger = rng.pick(triggers);
  const coping = rng.chance(0.6) ? ` If ${rng.pick(obstacles)}, then ${rng.pick(backups)}.` : "";
  if (style === "sub") {
    const lines = [`- ${capital(act)}`, `  - when ${trigger}`];
    if (rng.chance(0.6)) lines.push(`  - if ${rng.pick(obstacles)}, then ${rng.pick(backups)}`);
    if (rng.chance(0.5)) lines.push(`  - ${rng.pick(cadences.filter(Boolean))}`);
    return lines.join("\n");
  }
  if (style === "fields") {
    const lines = [`- ${capital(act)}`, `  - when:: ${rng.chance(0.5) ? "after " : "when "}${trigger}`, `  - then:: ${act}`];
    if (rng.chance(0.6)) lines.push(`  - obstacle:: ${rng.pick(obstacles)}`, `  - backup:: ${rng.pick(backups)}`);
    lines.push(`  - cadence:: ${rng.pick(fieldCadences)}`);
    return lines.join("\n");
  }
  if (style === "inline") return `- ${capital(act)} [when:: ${trigger}] [cadence:: ${rng.pick(fieldCadences)}]`;
  const cadence = rng.pick(cadences);
  const r = rng.next();
  if (r < 0.3) return `- When ${trigger}, I'll ${act}${cadence ? ` ${cadence}` : ""}.${coping}`;
  if (r < 0.5) return `- I want to ${act} ${cadence || "every week"}. When ${trigger}, I'll start.${coping}`;
  if (r < 0.62) return `- After ${trigger}, I will ${act}.${coping}`;
  if (r < 0.72) return `- I will ${act} at ${rng.int(6, 9)}:30 AM on Monday, Wednesday, and Friday.`;
  if (r < 0.8) return `- Every time ${trigger}, I'll ${act}.${coping}`;
  if (r < 0.88) return `- ${capital(act)} ${cadence || "every weekday"}.`;
  if (r < 0.94) return `- I'll work on my ${rng.pick(["LinkedIn presence", "fitness", "writing", "finances"])} this week.`;
  return `- When I have time, I'll ${act}.`;
}
var headings = ["Commitments", "If-then plans", "Between sessions", "Action items", "Intentions", "Implementation intentions"];
function sessionNote(rng, client, session, next, count) {
  const front = [
    `client: ${client}`,
    `session: ${session}`,
    ...next ? [`next-session: ${next}`] : [],
    `follow-up: "a one-line message on ${rng.pick(["Friday", "Sunday night", "Thursday"])}"`,
    `if-missed: ${rng.pick(["curious", "curious", "gentle", "direct", "none"])}`,
    `tags: [coaching]`
  ];
  const style = rng.pick(["text", "text", "text", "sub", "fields", "inline"]);
  const items = Array.from({ length: count }, () => commitmentItem(rng, style === "text" ? "text" : rng.chance(0.7) ? style : "text"));
  const parts = [
    `---
${front.join("\n")}
---`,
    `# ${client} \u2013 ${session}`,
    `## Session summary

${paragraph(rng, rng.int(2, 6))}

${list(rng, rng.int(3, 12), 0)}`,
    `## ${rng.pick(headings)}

${items.join("\n")}`,
    `## Notes for next time

${list(rng, rng.int(2, 8), 0.2)}`
  ];
  return `${parts.join("\n\n")}
`;
}
function journalWithTag(rng, date) {
  const parts = [
    `---
tags: [journal]
date: ${date}
---`,
    `# ${date}`,
    `## Today

${list(rng, rng.int(10, 60), 0.6)}`,
    `## Reflections

- ${inline(rng, 4, 10)}
- When ${rng.pick(triggers)}, I'll ${rng.pick(acts)}. If ${rng.pick(obstacles)}, then ${rng.pick(backups)}. #commitment
- ${inline(rng, 4, 10)}`
  ];
  return `${parts.join("\n\n")}
`;
}
var answerWords = [
  "The trigger came but I was on a call.",
  "Monday worked, Thursday did not: the meeting ran over.",
  "I forgot entirely; maybe a phone reminder.",
  "It felt easier once I started.",
  "Travel week, the backup plan saved it once."
];
var trackMarkerRe = /^([ \t]*[-*+] )\[ \](.*\^[A-Za-z0-9-]+-(\d{8})-\d+[ \t]*)$/;
function simulateTracking(text, from, until, rng) {
  const adherence = 0.3 + rng.next() * 0.65;
  const decided = /* @__PURE__ */ new Set();
  const options = { parseYaml: (source) => parseYaml(source, { uniqueKeys: false }) };
  let current = text;
  for (let day = from; day <= until; day = addDays(day, 7)) {
    const compactDay = day.replace(/-/g, "");
    current = tick(current, (date, key) => {
      if (date >= compactDay || decided.has(key)) return void 0;
      decided.add(key);
      return rng.chance(adherence) ? "x" : rng.chance(0.05) ? "-" : void 0;
    });
    current = current.split("\n").map((line) => /^[ \t]*- My answer:$/.test(line) && rng.chance(0.5) ? `${line} ${rng.pick(answerWords)}` : line).join("\n");
    const plan = planTrack(current, { ...options, today: day });
    current = applyEdits(current, plan.edits);
  }
  return tick(current, (_date, key) => !decided.has(key) && rng.chance(adherence / 3) ? "x" : void 0);
}
function tick(text, decide) {
  return text.split("\n").map((line) => {
    const m = trackMarkerRe.exec(line);
    if (!m || !m[1] || m[2] === void 0 || !m[3]) return line;
    const mark = decide(m[3], m[2]);
    return mark ? `${m[1]}[${mark}]${m[2]}` : line;
  }).join("\n");
}
function* generateVault(notes2, seed2) {
  const rng = new Random(seed2);
  const today = dayOf(vaultToday);
  const committed = Math.round(notes2 * 0.05);
  const daily = Math.round(notes2 * 0.42);
  const projects = Math.round(notes2 * 0.33);
  const references = notes2 - committed - daily - projects;
  for (let i = 0; i < daily; i++) {
    const date = isoOf(today - i);
    yield { path: `daily/${date.slice(0, 4)}/${date.slice(5, 7)}/${date}.md`, text: dailyNote(rng.fork(), date), commitments: false };
  }
  const area = ["work", "home", "side projects", "research", "clients/admin"];
  for (let i = 0; i < projects; i++) {
    const r = rng.fork();
    const title = `${capital(phrase(r, 1, 3))} ${i}`;
    yield { path: `projects/${area[i % area.length]}/${title}.md`, text: projectNote(r, title), commitments: false };
  }
  for (let i = 0; i < references; i++) {
    const r = rng.fork();
    const title = `${capital(phrase(r, 1, 4))} ${i}`;
    yield { path: `reference/${title}.md`, text: referenceNote(r, title), commitments: false };
  }
  const tagged = Math.round(committed / 5);
  for (let i = 0; i < tagged; i++) {
    const r = rng.fork();
    const date = isoOf(today - r.int(0, 180));
    const text = simulateTracking(journalWithTag(r, date), date, vaultToday, r);
    yield { path: `journal/${date} ${i}.md`, text, commitments: true };
  }
  let left = committed - tagged;
  let clientNumber = 0;
  while (left > 0) {
    const r = rng.fork();
    const client = `${r.pick(people)} ${r.pick(surnames)} ${clientNumber++}`;
    const sessions = Math.min(left, r.int(2, 9));
    left -= sessions;
    const gap = r.pick([14, 14, 21, 28]);
    const last = today - r.int(0, 120);
    const open = r.chance(0.6);
    for (let k = 0; k < sessions; k++) {
      const session = isoOf(last - (sessions - 1 - k) * gap);
      const next = k < sessions - 1 ? isoOf(last - (sessions - 2 - k) * gap) : open ? void 0 : isoOf(last + gap);
      const note = sessionNote(r, client, session, next, r.chance(0.1) ? r.int(6, 7) : r.int(2, 5));
      const until = next && next <= vaultToday ? addDays(next, -1) : vaultToday;
      const text = session <= vaultToday ? simulateTracking(note, session, until, r) : note;
      yield { path: `clients/${client}/${session} session.md`, text, commitments: true };
    }
  }
}
function writeVault(dir, notes2, seed2) {
  rmSync(dir, { recursive: true, force: true });
  const manifest2 = { version: generatorVersion, notes: notes2, seed: seed2, bytes: 0, today: vaultToday, committed: [] };
  const made = /* @__PURE__ */ new Set();
  for (const note of generateVault(notes2, seed2)) {
    const file = path.join(dir, ...note.path.split("/"));
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, note.text);
    manifest2.bytes += Buffer.byteLength(note.text);
    if (note.commitments) manifest2.committed.push(note.path);
  }
  writeFileSync(`${dir}.json`, `${JSON.stringify(manifest2, null, 1)}
`);
  return manifest2;
}

// bench/gen-vault.ts
function flag(name) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : void 0;
}
var notes = Number(flag("notes") ?? 1e4);
var seed = Number(flag("seed") ?? 1);
var out = flag("out");
if (!out || !Number.isInteger(notes) || notes < 20 || !Number.isInteger(seed)) {
  console.error("Usage: npm run gen:vault -- --notes 10000 --out DIR [--seed N]  (at least 20 notes; the folder is replaced)");
  process.exit(2);
}
var started = performance.now();
var manifest = writeVault(path2.resolve(out), notes, seed);
console.log(
  `Wrote ${manifest.notes} notes (${(manifest.bytes / 1e6).toFixed(1)} MB, ${manifest.committed.length} with commitments) to ${out} in ${((performance.now() - started) / 1e3).toFixed(1)} s.`
);
