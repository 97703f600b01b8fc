// Word lists the natural-language reader uses. Each list is general English
// for how people phrase plans, not a copy of any example sentence.

export const dayNames = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type DayName = (typeof dayNames)[number];

/** Short day codes, Monday first, as the cadence `days` field uses them. */
export const dayCodes = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayCode = (typeof dayCodes)[number];

/** A day name or abbreviation, singular or plural ("Mondays", "Tue", "Thurs"). */
export const dayPattern =
  '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?';

/** Map a day word to its code. */
export function dayCode(word: string): DayCode | undefined {
  const w = word.toLowerCase().slice(0, 3);
  return dayCodes.find((code) => code === w);
}

export const numberWords: Record<string, number> = {
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
  hundred: 100,
};

export const numberPattern =
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundred)';

/** Read a number written in digits or words. */
export function readNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/^a\s+/, '');
  if (/^\d+$/.test(w)) return Number(w);
  return numberWords[w];
}

/**
 * Nouns whose count is the number of separate acts in a period: "two potential
 * clients every week" is two acts, "10 pages every day" is one act of a size.
 */
export const countableActs =
  /^(?:clients?|customers?|prospects?|people|persons?|friends?|contacts?|colleagues?|mentors?|recruiters?|partners?|peers?|investors?|founders?|referrals?|leads?|messages?|emails?|e-mails?|calls?|phone calls?|texts?|letters?|posts?|articles?|blog posts?|videos?|sessions?|workouts?|runs?|walks?|swims?|rides?|classes?|lessons?|meetings?|coffees?|conversations?|applications?|pitches?|proposals?|interviews?|outreach(?: messages?)?|introductions?|invitations?|check-ins?|times?|meals?|dinners?|lunches?|breakfasts?|visits?|reviews?|updates?|drafts?|chapters?|episodes?|songs?|pieces?|sketches?|paintings?|photos?|things?|acts?|tasks?|tweets?|dms?|notes?|cards?|thank-you notes?|gifts?|hours? of)$/i;

/** Units of size or duration: a number before them is not a count of acts. */
export const measureUnits =
  /^(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|pages?|words?|grams?|g|kg|kilos?|pounds?|lbs?|miles?|km|kilometers?|kilometres?|meters?|metres?|steps?|reps?|push-?ups?|sit-?ups?|squats?|planks?|glasses?|cups?|litres?|liters?|ounces?|oz|calories?|sentences?|paragraphs?|lines?|questions?|breaths?|deep breaths?|sets?|laps?|percent|%|dollars?|euros?|\$)$/i;

/**
 * Verbs whose result depends on more than the person's own action: the mark of
 * an outcome goal ("land three new clients", "lose 10 pounds").
 */
export const outcomeVerbs =
  /^(?:land|lose|gain|earn|win|achieve|attain|grow|increase|double|triple|boost|raise|secure|sign|close|hit|reach(?! out)|weigh|become|get(?= (?:a|an|the|my|\d|more|to \d|[a-z]+ (?:clients?|customers?|sales|followers|subscribers)))|make (?:\$|\d|money|more money)|generate|acquire|obtain|publish (?:a|my) book|finish (?:a|the|my) (?:marathon|book|degree|thesis|novel)|pass(?! (?:by|on|through|out|the (?:salt|time)))\b|be promoted|get promoted|save \$?\d)/i;

/**
 * Phrasal uses of the verbs above that are acts, not outcomes
 * ("get up", "get into bed", "reach out").
 */
export const processPhrasals = /^(?:get (?:up|out|into|in|to bed|outside|dressed|ready|started|going|back to)|reach out|close (?:my|the) (?:laptop|door|tabs?|apps?|eyes)|raise (?:my|the) (?:hand|topic|issue|question))/i;

/** Openings that make an intention open-ended or a wish rather than an act. */
export const vagueOpenings =
  /^(?:be (?:a|an) \w+(?:er|ier)\b|be (?:a|an) (?:more|better|less) |work on|working on|focus on|focus more|be (?:more|better|less|a better|healthier|happier|calmer|kinder|nicer|productive|positive|present|mindful|organi[sz]ed|consistent|disciplined|fit|healthy)|get better at|get more|try to|try and|think about|look into|deal with|handle|sort out|figure out|stay (?:calm|positive|focused|motivated|relaxed|healthy|on top)|keep (?:calm|positive|focused|motivated|on top)|quit procrastinating|stop procrastinating|procrastinate less|resist|eat (?:healthy|healthier|better|well|clean|right)|live (?:healthier|better)|take care of|manage|prioriti[sz]e|get (?:organi[sz]ed|fit|healthy|healthier|in shape|on top of|serious|my life together|my act together)|have (?:a better|better|more|a healthier|a closer)|make (?:progress|time|an effort|more time)|do (?:better|more|my best)|be (?:on time|there))\b/i;

/** Verbs of change that are vague without a number ("grow my newsletter" but not "grow it to 1,000 subscribers"). */
export const changeVerbs = /^(?:grow|improve|increase|boost|build|expand|develop|strengthen|reduce|cut down|cut back)\b/i;

/** Activities that are open-ended without an amount ("study", "exercise", "write"). */
export const openActivities =
  /^(?:study|studying|practi[cs]e|exercise|work out|workout|train|write|writing|read|reading|learn|learning|network|journal|journaling|meditate|clean|tidy|declutter|organi[sz]e|stretch|walk|run|jog|swim|cycle|bike|draw|paint|code|program|research|save money|network|job hunt|job-hunt|job search|apply)\b/i;

/** What makes an act concrete: a number, a duration, a count, a named object. */
export const concreteAmount = new RegExp(
  `\\b(?:${numberPattern}|a few|several|at least|for (?:${numberPattern}|an?|half an?) )\\b|\\b(?:one|a|an|the first|my first|each|every)\\s+\\w+`,
  'i',
);

/**
 * Cues that are judgments, not moments: "when I have time" is a time that never comes.
 */
export const vagueCue =
  /\b(?:have (?:some |any |the |enough |more |a (?:bit|little) of |free |spare |extra )?(?:free |spare )?time|(?:free|spare|down) time|get (?:a|the) (?:chance|moment|minute)|have a (?:chance|moment|minute|sec(?:ond)?)|feel (?:like it|like (?:doing|\w+ing)|motivated|inspired|ready|up to it|energi[sz]ed|in the mood)|in the mood|(?:am|'m|feel|get) (?:motivated|inspired|ready)|(?:am|'m|feel|get) tempted$|when(?:ever)? (?:i|I) can\b|if (?:i|I) can\b|when possible|if possible|when (?:it'?s )?convenient|at some point|sometime|some time|someday|one day|later|eventually|when things (?:calm|settle|slow)|(?:calms?|settles?|quiets?|slows?) down|(?:am|'m|feel) (?:less|not (?:as |so |too )?)(?:busy|tired|stressed|swamped)|have a free (?:evening|morning|afternoon|day|weekend|moment|minute|hour|night)|have (?:the |enough |any |some |more )?(?:energy|bandwidth|headspace|capacity|spoons)|inspiration strikes|the mood (?:strikes|takes me)|(?:am|'m|feel) (?:up for it|inspired)|(?:difficulty|trouble|problems?|struggle|issues?) with (?:time|motivation|focus)|remember(?: to)?\b|get around to|(?:it )?feels? right|the time is right|(?:am|'m) (?:bored|free)$)/i;

/** Words that mark a cue as an obstacle, so its plan is a coping plan. */
export const obstacleCue =
  /\b(?:tempted|notice|catch myself|find myself|scrolling|urge|craving|crave|difficulty|trouble|struggle|struggling|stuck|haven'?t|have not|hasn'?t|don'?t|do not|didn'?t|can'?t|cannot|couldn'?t|won'?t|miss|missed|skip|skipped|forget|forgot|too (?:tired|busy|late|early|stressed|cold|hot|sick)|tired|exhausted|busy|swamped|swallowed|overwhelmed|stressed|anxious|sick|ill|rains?|raining|snows?|bad weather|late|overslept|oversleep|fall behind|behind|interrupt|interrupted|cancel|cancelled|canceled|derail|derailed|blocked|distracted|bored|irritated|angry|upset|procrastinat\w*|run out|ran out|runs late|goes wrong|get(?:s)? in the way|lose track|no time|not enough time)\b/i;

/** Words that read as school work, and carry dread tied to evaluation. */
export const homeworkWords = /\b(?:homework|home work|assignments?|assigned|chores? for (?:my|the) coach)\b/i;
