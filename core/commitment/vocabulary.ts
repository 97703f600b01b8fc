// Word lists the natural-language reader uses. Each list is general English
// for how people phrase plans, not a copy of any example sentence.

import type { DayCode } from '../schema.js';

/** Short day codes, Monday first, as the cadence `days` field uses them. */
export const dayCodes = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

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

/** The numbers of a clock's face, in words. */
export const hourWords = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
export const numberPattern = `(?:\\d+|${hourWords}|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundred)`;

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

/**
 * An amount said with no act ("3 books this summer", "a 1,000 word daily goal", "a huge day at about 5,000
 * words"): its unit (as written in the plural) says the act.
 */
export const unitActs: Readonly<Record<string, string>> = Object.fromEntries<string>(
  'words:write pages:write posts:write articles:write books:read chapters:read miles:run km:run lbs:lose pounds:lose kg:lose pushups:do push-ups:do squats:do steps:walk'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Units of size or duration: a number before them is not a count of acts. */
export const measureUnits =
  /^(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|pages?|words?|grams?|g|kg|kilos?|pounds?|lbs?|miles?|km|kilometers?|kilometres?|meters?|metres?|steps?|reps?|push-?ups?|sit-?ups?|squats?|planks?|glasses?|cups?|litres?|liters?|ounces?|oz|calories?|sentences?|paragraphs?|lines?|questions?|breaths?|deep breaths?|sets?|laps?|percent|%|dollars?|euros?|\$)$/i;

/**
 * Verbs whose result depends on more than the person's own action: the mark of
 * an outcome goal ("land three new clients", "lose 10 pounds").
 */
export const outcomeVerbs =
  /^(?:land|lose|gain|earn|win|achieve|attain|grow|increase|double|triple|boost|raise|secure|sign|close|hit(?! the (?:gym|road|pool|track|trails?|books|sack|hay|snooze|shower|weights|mat|slopes))|reach(?! out)|weigh (?:\d|under|less|below)|become|get(?= (?:a|an|the|my|\d|more|to \d|[a-z]+ (?:clients?|customers?|sales|followers|subscribers)))|make (?:\$\s?\d|\d+k\b|\d[\d,]* (?:dollars|euros|pounds|grand)|money|more money)|generate|acquire|obtain|publish (?:a|my) book|finish (?:a|the|my|this|that|without|in under)\b|run (?:a|my first|the) (?:sub|\d+k|full|half|marathon|10k|5k|race)|learn (?:how )?to\b|pass(?! (?:by|on|through|out|the (?:salt|time)))\b|be promoted|get promoted|save \$?\d(?![\d.,]*\s*%)|pay off|pay down|have (?:a|an) (?:emergency fund|savings account|\$)|clear (?:my|the) (?:debt|loan|overdraft|credit card)|feel (?:less|more|better|calmer|happier|healthier|fitter|stronger|rested|good|great)|have (?:a |an )?(?:better|closer|healthier|stronger|happier) |book \d+|set (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:appointments|meetings|calls)|be (?:\d+|under|below|down to) ?(?:lbs?|pounds|kg|kilos|stone)?|get (?:down )?to \d)/i;

/**
 * Verbs of acts a person does themselves, with or without an amount: a
 * deadline on one of these does not make it a result ("make 3 sales calls by Thursday").
 */
export const actVerbs =
  /^(?:make (?!\$|money|more money|\d+k\b)|send|do|write|read|run(?! a (?:sub|\d+k|marathon|half|10k|5k|race))|walk|jog|swim|cycle|ride|call|phone|ring|email|e-mail|text|message|post|practi[cs]e|study|revise|review|cook|prep|meditate|clean|tidy|go|attend|train|draft|sketch|draw|paint|play|stretch|lift|journal|log|track|plan|prepare|visit|meet|learn|listen|watch|spend|take|put|drink|eat|fill|pack|ask|thank|say|tell|apply to|pitch|reach out|get rid of|sort|clear|sell|donate|book|fix|cancel|volunteer|serve|repaint|mail|renew|return|register|order|schedule|sign up for|no [a-z]+ing)\b/i;

/**
 * Results named anywhere in an act: a weight to lose, a shape to be in
 * ("lose at least 1 pound a week", "five more pounds gone"). Being "healthier" or
 * "a better listener" stays a (vague) act, as the corpora label it.
 */
export const outcomeAnywhere =
  /\b(?:lose|lost|drop|shed)\s+(?:the\s+|another\s+|\d|a\s|at least|weight)|\b(?:pounds|lbs?|kg|kilos|stone)\s+(?:gone|down|off|lighter|lost)\b|^(?:be|become|get)\s+(?:in (?:good |better |great )?shape|thinner|slimmer|leaner)\b|^(?:be|become|get)\s+(?:(?:\d[\d,.]*\s*(?:k|lbs?|kg|pounds|kilos)?)\s+(?:ahead|lighter|down|under)|(?:debt|pain|smoke)[- ]free|\d[\d,.]*\s*(?:lbs?|kg|pounds|kilos)\b)|^have (?:hit|reached|lost|removed|finished|completed|saved|paid)\b|^(?:be|become|get)\s+able\s+to\b|\bget out of debt\b|^(?:(?:run|do|hit|get|a)\s+)?(?:a\s+)?sub[- ]?\d/i;

/**
 * Verbs in their plain form, as an instruction starts ("Get a sparkling water", "Stretch and hop in the
 * shower"): a clause that opens with one (and no subject) is an act. Common English verbs of what people
 * plan to do; a second language is a second list.
 */
export const plainVerbs = new Set(
  (
    'add apply ask attend avoid bake be begin blog book bounce bring brush buy call cancel carry catch change check choose clean clear climb ' +
    'close coach commit complete connect continue cook count create cut cycle dance decide declutter delete do donate draft draw drink drive ' +
    'drop eat email empty end enjoy exercise fast file fill find finish fix floss focus follow get give go grab greet have hike hit hold ' +
    'hop hug hydrate include invite join journal jog jump keep knit knock label learn leave lift limit list listen log look make ' +
    'meditate meet move name note open order organise organize pack paint pay phone pick pitch plan plant play post practice practise pray ' +
    'prep prepare print put quit read record reduce reflect remember remove replace reply reset rest review ride ring row run save say ' +
    'schedule see sell send set share shop shower sing sit skip sleep sort speak spend stand start stay step stick stop stretch study swim ' +
    'switch take talk text thank think throw tidy track train try turn unplug update use visit wake walk wash watch water wear weigh work ' +
    'write tell show teach help feed fold vacuum submit sign edit revise return charge lay wipe rinse'
  ).split(' '),
);

/** Words of effort before the act ("make an effort to", "do my best to"): the kind is the act's. */
export const effortOpening = /^(?:make an effort to|try (?:hard )?to|try and|do my best to|work (?:hard )?to|strive to)\s+/i;

/**
 * Phrasal uses of the verbs above that are acts, not outcomes
 * ("get up", "get into bed", "reach out").
 */
export const processPhrasals = /^(?:get (?:up|out|into|in|to bed|outside|dressed|ready|started|going|back to|(?:my (?:butt|ass|arse) |myself )?to (?:the )?(?:gym|pool|class|church|yoga))|reach out|close (?:it|them|that|(?:my|the) (?:laptop|door|tabs?|apps?|eyes))|(?:hit|get|reach|do|walk) (?:my )?\d[\d,.]*k? steps|raise (?:my|the) (?:hand|topic|issue|question))/i;

/** Openings that make an intention open-ended or a wish rather than an act. */
export const vagueOpenings =
  /^(?:be (?:a|an) \w+(?:er|ier)\b|be (?:a|an) (?:more|better|less) |work on|working on|focus on|focus more|be (?:more|better|less|a better|healthier|happier|calmer|kinder|nicer|productive|positive|present|mindful|organi[sz]ed|consistent|disciplined|fit|healthy)|get better at|get more|try to|try and|think about|look into|deal with|handle|sort out|figure out|stay (?:calm|positive|focused|motivated|relaxed|healthy|on top)|keep (?:calm|positive|focused|motivated|on top)|quit procrastinating|stop procrastinating|procrastinate less|resist|eat (?:healthy|healthier|better|well|clean|right)|live (?:healthier|better)|take care of|manage|prioriti[sz]e|get (?:organi[sz]ed|fit|healthy|healthier|in shape|on top of|serious|my life together|my act together)|have (?:a better|better|more|a healthier|a closer)|make (?:progress|time|an effort|more time)|do (?:better|more|my best)|be (?:on time|there))\b/i;

/** Verbs of change that are vague without a number ("grow my newsletter" but not "grow it to 1,000 subscribers"). */
export const changeVerbs = /^(?:grow|improve|increase|boost|build|expand|develop|strengthen|reduce|cut down|cut back)\b/i;

/** Activities that are open-ended without an amount ("study", "exercise", "write"). */
export const openActivities =
  /^(?:study|studying|practi[cs]e|exercise|work out|workout|train|write|writing|read|reading|learn|learning|network|journal|journaling|meditate|clean|tidy|declutter|organi[sz]e|stretch|walk|run|jog|swim|cycle|bike|draw|paint|code|program|research|save money|network|job hunt|job-hunt|job search|apply)\b/i;

/**
 * Cues that are judgments, not moments: "when I have time" is a time that never comes.
 */
export const vagueCue =
  /\b(?:have (?:some |any |the |enough |more |a (?:bit|little) of |free |spare |extra )?(?:free |spare )?time|(?:free|spare|down) time|get (?:a|the) (?:chance|moment|minute)|have a (?:chance|moment|minute|sec(?:ond)?)|feel (?:like it|like (?:doing|\w+ing)|motivated|inspired|ready|up to it|energi[sz]ed|in the mood)|in the mood|(?:am|'m|feel|get) (?:motivated|inspired|ready)|(?:am|'m|feel|get) tempted$|when(?:ever)? (?:i|I) can\b|if (?:i|I) can\b|when possible|if possible|when (?:it'?s )?convenient|at some point|sometime|some time|someday|one day|later|eventually|when things (?:calm|settle|slow)|(?:calms?|settles?|quiets?|slows?) down|(?:am|'m|feel) (?:less|not (?:as |so |too )?)(?:busy|tired|stressed|swamped)|have a free (?:evening|morning|afternoon|day|weekend|moment|minute|hour|night)|have (?:the |enough |any |some |more )?(?:energy|bandwidth|headspace|capacity|spoons)|inspiration strikes|the mood (?:strikes|takes me)|(?:am|'m|feel) (?:up for it|inspired)|(?:difficulty|trouble|problems?|struggle|issues?) with (?:time|motivation|focus)|remember(?: to)?\b|get around to|(?:it )?feels? right|the time is right|(?:am|'m) (?:bored|free)$|^(?:if|when|whenever) (?:i|I) (?:really )?(?:want|fancy|crave) (?:a |an |some |to )|^(?:if|when|whenever)\s+(?:\S+\s+){0,3}(?:it|that|this|them)$)/i;

/** Words that mark a cue as an obstacle, so its plan is a coping plan. */
export const obstacleCue =
  /\b(?:tempted|notice|catch myself|find myself|scrolling|urge|craving|crave|difficulty|trouble|struggle|struggling|stuck|haven'?t|have not|hasn'?t|don'?t|do not|didn'?t|can'?t|cannot|couldn'?t|won'?t|miss(?:es|ed)?|skip(?:s|ped)?|forget|forgot|too (?:tired|busy|late|early|stressed|cold|hot|sick)|tired|exhausted|busy|swamped|falls? (?:thru|through)|fell (?:thru|through)|swallowed|overwhelmed|stressed|anxious|sick|ill|rains?|raining|snows?|bad weather|late|overslept|oversleep|fall behind|behind|interrupt|interrupted|cancel|cancelled|canceled|derail|derailed|blocked|distracted|bored|irritated|angry|upset|procrastinat\w*|run out|ran out|runs late|goes wrong|wiped out|knackered|wrecked|shattered|fried|worn out|drained|run over|runs over|ran over|overrun|overruns|pressed for time|short (?:of|on) time|low on energy|sore|injured|hurt|travell?ing|travel (?:for|to)|on holiday|on vacation|(?:a|the) party|parties|a night out|a wedding|guests|visitors|crowded|hungover|hangover|jet ?lagged|no childcare|the kids are off|storm|snowing|too dark|dark out|freezing|get(?:s)? in the way|lose track|no time|not enough time)\b/i;

/** Words that read as school work, and carry dread tied to evaluation. */
export const homeworkWords = /\b(?:homework|home work|assignments?|assigned|chores? for (?:my|the) coach)\b/i;

/**
 * Texting spellings and their written forms ("ill" → "I'll", "im" → "I'm",
 * "gonna" → "going to"). "ill" is "I'll" only before a verb and not after a
 * word that links to a state, so "if I'm ill" and "when the kids are ill" keep their meaning.
 */
/** Laughter and asides to the reader in texting ("lol", "tbh", "not gonna lie"): never the plan. */
const laughter = '(?:lol|lmao|haha\\w*|tbh|ngl|not gonna lie)';

export const texting = {
  /** Whether any spelling below could apply, with a small "i" alone (normalise tests that; "I" and "It's" alone need nothing). */
  test: /\b(?:ill|im|ive|weve|youve|theyve|id (?:like|love)|dont|wont|cant|didnt|doesnt|isnt|gonna|heres|thats|theres|whats|couldnt|wouldnt|shouldnt|havent|hasnt|wasnt|werent|arent|wanna|gotta|tryna|its|b4|nite|tonite|2nite|tmrw?|tmrrw|2moro|2morrow|wknd|lol|lmao|haha\w*|tbh|ngl|cuz|coz|bc|idk|yrs?|wks?)\b/i,
  spellings: [
    // Shorthand for words ("b4 work", "20 pages a nite", "tmrw"), and laughter and asides that are not the plan.
    [/\bb4\b/gi, 'before'],
    [/\b(?:to|2)nite\b/gi, 'tonight'],
    [/\bnite\b/gi, 'night'],
    [/\b(?:tmrw?|tmrrw|2moro|2morrow)\b/gi, 'tomorrow'],
    [/\bwknd\b/gi, 'weekend'],
    // "this yr", "a yr": the year ("yr mum" is "your", left as written).
    [/\b(this|next|last|a|per|\d+)\s+yr(s?)\b/gi, '$1 year$2'],
    [/\bwk(s?)\b/gi, 'week$1'],
    [/\btryna\b/gi, 'trying to'],
    [/\bidk\b/gi, "I don't know"],
    [/\b(?:cuz|coz|bc)\b/gi, 'because'],
    // Laughter goes, the stop after it stays: "… the kids lol. once the baby is down …" is two sentences.
    // ("i want to feel less tired lol is that too much to ask": before a word that starts a clause, it was a joint, and a
    // comma stays; "im gonna lol try to floss" keeps none.)
    [new RegExp(String.raw`,?\s*\b${laughter}\b(?=\s+(?:is|isn't|was|so|but|and|then|that|it|its|it's|i|im|i'm|we)\b)`, 'gi'), ','],
    [new RegExp(String.raw`,?\s*\b${laughter}\b([!.]*)`, 'gi'), '$1'],
    [/\bi\b(?![.'])/g, 'I'],
    [/\bim\b/gi, "I'm"],
    [/\bive\b/gi, "I've"],
    [/\b(we|you|they)ve\b/gi, "$1've"],
    [/\bid (?=like|love)/gi, "I'd "],
    // "ill" before a verb is "I'll" ("when I get home ill go for a run"); after a word that links to a state
    // ("I'm ill", "feel ill", "too ill", "falls ill") or before a noun it qualifies ("ill health") it is the word.
    [
      /(?<!\b(?:am|'m|is|are|was|were|be|been|being|feel|feels|feeling|felt|get|gets|getting|got|gotten|fall|falls|falling|fell|too|very|so|really|quite|seriously|look|looks|looking|seem|seems|become|becomes|became|gravely|terminally|mentally|critically|chronically|kids?|child|children|someone|somebody|anyone|anybody|everyone|he|she|they|we|you|partner|wife|husband|mum|mom|dad|baby)\s+)\b(?<!')ill(?=\s+(?!health\b|effects?\b|feeling\b|will\b|at ease\b|advised\b|people\b|patients?\b|or\b|and\b|with\b|from\b|for\b|in\b|enough\b|again\b)[a-z])/gim,
      "I'll",
    ],
    [/\b(do|wo|ca|did|does|is)nt\b/gi, "$1n't"],
    [/\bgonna\b/gi, 'going to'],
    [/\bwanna\b/gi, 'want to'],
    [/\bgotta\b/gi, 'have to'],
    [/\b(if|when|once|unless|because|since|while|as|whenever)\s+its\b/gi, "$1 it's"],
    // "heres my plan", "thats the goal", "theres no time", "whats next": the apostrophe left out.
    [/\b(here|that|there|what)s\b/gi, "$1's"],
    [/\b(could|would|should|have|has|was|were|are|is|did|does|do)nt\b/gi, "$1n't"],
  ] as ReadonlyArray<readonly [RegExp, string]>,
};

/** Parts of the day, as cue words ("each evening", "Saturday mornings"). */
export const partOfDayPattern = '(?:mornings?|afternoons?|evenings?|nights?|lunch ?times?)';

/**
 * Words before the plan that frame it rather than say it: "so", "ok", "I
 * reckon", "the idea for this quarter is to", "Back in March I promised myself",
 * "I've decided that". Taken off the front of a clause, repeatedly.
 */
export const framingOpenings =
  /^(?:(?:from|starting|beginning|as of)\s+(?:tomorrow|today|tonight|now on|now|next\s+\w+|this\s+\w+|in\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s+|(?:so|ok|okay|and|but|however|also|finally|now|well|anyway|plus|yeah|realistically|basically|honestly|hence|which means|that means|this means(?: that)?|then|lastly|secondly|thirdly|going forward|along with this|on top of that|this time(?: around)?|in addition|ugh|lol|alright|hmm|new rule|additionally|for now|for once|for this (?:week|month|year|term|semester|quarter)|this (?:year|month|week|term|semester|quarter|summer|winter|spring|autumn|fall)|in 20\d\d)\b[,!.:]*\s+|(?:even if|although|though|since|instead of|to avoid|in order to|as(?! soon| long)|with|given|despite|due to|because(?: of)?|thanks to|considering|seeing as|now that|for)\s[^,]{3,120},\s+(?=i\b|i'|my\b|we\b)|for\s+(?:the|my|our|lent)\b[^,]{0,40}?\s+(?=i\s*(?:'m|'ll|'d|will|am|want|plan|need|would)\b)|(?:even if|although|though|instead of|to avoid|in order to)\s[^,]{3,80}?\s+(?=i\s*(?:'ve|have|will|'ll|am|'m|plan|want|need|intend|decided|stop|start)\b)|as (?:a|an|my) [a-z-]+(?: [a-z-]+)? goal,?\s+|(?:step (?:one|1)|(?:the )?first step)\s*(?:is|:)\s+(?:to\s+)?|(?:the|one)\s+(?:best\s+|main\s+|first\s+|big\s+|one\s+)?(?:thing|step|trick|key|fix)\s+(?:that\s+)?(?:(?:would|will|could|might)\s+help(?:\s+(?:me\s+)?(?:the\s+)?most)?|i\s+(?:need|want|have|plan)\s+to\s+do|to\s+do)\s+(?:is|will be|would be)\s+(?:to\s+|just\s+|simply\s+)?|i\s+(?:really\s+)?(?:think|reckon|guess|suppose|believe|figure|feel|know|don't know,?|say|said|told myself|swear)\s+(?:that\s+)?(?=i\b|i'|my\b|the\s+plan|we\b|from now on\b)|(?:maybe|perhaps|hopefully)\s+(?=i\b|i'|we\b)|(?:(?:the|my|our)\s+|(?!(?:his|her|their|your|its)\b))(?:[a-z-]+\s+){0,2}?(?:idea|plan|goal|aim|intention|resolution|target|commitment|promise|strategy|challenge|focus|habit|mission|thing)(?:\s+(?:i've|i have|i|we've)\s+(?:picked|chosen|set|made|got))?(?:\s+(?:for|this|in|with|to)\s+(?:[a-z0-9']+\s+){0,7}?)?\s*(?:is|will be|would be|was|for now is|right now is|is going to be)\s+(?:to\s+|that\s+|simply\s+|just\s+)?|(?:this|next|today)(?:\s+(?:week|month|year|quarter))?'?s\s+(?:goal|plan|aim|focus)\s+is\s+(?:to\s+)?|back\s+in\s+[a-z]+,?\s+i\s+(?:promised|told|decided)\s+(?:myself\s+)?(?:that\s+|to\s+)?|i(?:'ve|\s+have)?\s+(?:finally\s+|now\s+)?(?:decided|set\s+(?:a|myself\s+a|the)\s+goal|set\s+myself\s+the\s+goal|made\s+(?:a|the)\s+(?:promise|commitment|resolution|decision)|promised\s+myself|committed(?:\s+myself)?)\s+(?:that\s+|to\s+)?(?=\S))/i;

/** Whole clauses that only frame the plan ("Here's my plan.", "It's clear.", "So yeah."). */
export const framingClause =
  /^(?:(?:so|ok|okay|and|well|now)[,.]?\s+)*(?:here(?:'s| is| are) (?:my|the)\b[^.!?]*|(?:it's|that's|this is) (?:clear|simple|the plan|my plan|the goal|it)|so yeah|ok(?:ay)?|yes|no|lofty|maybe|anyway|basically|wish me luck|fingers crossed|don'?t (?:laugh|judge(?: me)?)|not any ?more|never again|here goes(?: nothing)?|let'?s (?:do this|go|see how it goes)|we'?ll see(?: how it goes)?|(?:i )?hope (?:it|this) works|yay|woo+|sigh|ugh|haha|lol|dammit|no excuses|the plan|my plan|goal|goals|plan|update|(?:my|the) (?:\w+\s+)?(?:goals?|plan|resolutions?) (?:is|are)|(?:my|the) (?:\w+ )?goals? for (?:this|next|the) \w+ (?:is|are)|(?:my |the )?(?:resolutions?|goals?) for (?:20\d\d|this year|next year)(?:,? here goes(?: nothing)?)?|(?:(?:i'm|i am|i'll|i will|we'll|let's)\s+)?(?:(?:just|really|going to|gonna|try to|trying to)\s+)*(?:start (?:small|slow(?:ly)?|with baby steps)|keep it (?:simple|small|easy|light|realistic)|take it (?:slow|easy|one day at a time|step by step)|ease (?:into it|in)|take (?:baby|small) steps|go slow))\W*$/i;

/** Marks of a sentence that tells what happened, not what will: context, not the plan. */
export const contextMarks =
  /\b(?:yesterday|lately|(?:has|have|had|'s|'ve)\s+(?:always|never|often|usually|mostly|long)\s+been|recently|^been\s+[a-z]+ing|(?:'ve|have)\s+been\s+[a-z]{2,}ing\b|last (?:week|night|year|month|time)|ago|used to|was|were|had|did|went|got|came|felt|thought|said|posted|wrote|bought|found|realised|realized|noticed|texted|tried|started|(?:i|we)\s+(?:have|'ve)\s+been|i've (?:written|been|had|noticed|found|tried)|it's (?:rained|been)|has been|have been|had been|'s been|(?:have|has) not been|(?:haven't|hasn't|'ve not) been|(?:has|have)\s+(?:really\s+|totally\s+|kind of\s+)?(?:[a-z]{3,}ed|fallen|gone|become|grown|gotten|taken|slipped)|(?:have|had)\s+(?:a|this)\s+(?:bad\s+|terrible\s+|awful\s+)?habit\s+of|i\s+(?:usually\s+|often\s+|always\s+)?tend\s+to|^not\s+(?:every|always|all the time|each|daily))\b|^(?:the\s+|my\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:will be|won't be|is|isn't|was|wasn't|are|not so much|needs to be)\b/i;

/** Marks of a plan: the person says what they will do. */
export const planMarks =
  /\b(?:i\s*(?:'ll|will|shall|'d like|would like|'d love|would love)|^(?:will|gonna)(?=\s+[a-z]{2,})|(?:the|our)\s+(?:[a-z-]+\s+)?(?:plan|idea)\s+(?:is|will be)\s+to\b|(?:i'm|i am)\s+(?:(?:bound|so|really|absolutely)\s+(?:and\s+)?)*(?:determined|committed|resolved)\s+to\b|(?:i|we)\s*(?:have|'ve)\s+(?:planned|decided|committed|resolved|chosen)\s+to|(?:i'm|i am)\s+(?:(?:just|also|really|actually|finally|definitely|seriously|totally|now|still)\s+)?(?:going|gonna|planning|aiming|committing|trying)|(?:i|we)\s+(?:(?:really|also|just|actually|finally|seriously|now|still|honestly)\s+)?(?:want|plan|intend|aim|hope|need|have|mean|promise|resolve|commit|wish|expect)\s+(?:(?:this|next|over|during|in)\s+(?:[a-z]+\s+){1,3}?)?(?:to|on)|going to|my (?:\w+\s+)?(?:goal|plan|aim|intention|resolution|strategy|target|challenge)|(?:goal|plan|aim|resolution|mission|rule)\s*:\s*(?=\w)|^(?:so\s+)?(?:the\s+|our\s+)?(?:goal|plan|aim|mission|rule)\s+(?:for\s+(?:the\s+|this\s+|next\s+)?\w+\s+|this\s+\w+\s+|now\s+)(?:is|will be)\b|(?:i|we)\s+(?:really\s+|just\s+)?want(?=\s+(?:\$|\d|an?\s|my\s|more\s|less\s))|let me|i can(?!'t|not)|i must|i should|i\s+(?:cannot|will not|won't|must not|mustn't|never)\s+(?=[a-z]{3,}\s)(?!think|remember|believe|imagine|wait|stand|help|say|tell|see|find)|(?:i'm|i am)\s+[a-z]{2,}ing\b(?=.*\b(?:tomorrow|tonight|later today|next (?:week|month|time)|in (?:about |around )?(?:an? |\d+ |a few |a couple of )?(?:hours?|minutes?|days?|weeks?)|this (?:week|weekend|evening|afternoon|morning)\b)))\b/i;

/**
 * A plan said in the present, with a time of the plan before it or how often after it ("This time I'm keeping it",
 * "I'm doing 25 practice questions a day"): the plan only when no clause says one in plainer words, for the same
 * words tell what is done now ("I'm drinking 3 coffees a day. I'll switch the afternoon one to decaf.").
 */
export const presentPlanRe =
  /\b(?:this (?:time|year|month)|from now on|before the end of|so for)\b[^.!?]*?\b(?:i'm|i am)\s+[a-z]{2,}ing\b|\b(?:i'm|i am)\s+[a-z]{2,}ing\b(?=.*\b(?:a|per|every|each) (?:day|week)\b|.*\b(?:for real|this time|again)\b|.*\b(?:on|this|next|every|each)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|.*\b(?:tomorrow|tonight)\b)/i;

/** Words that say the person is unsure the plan is the plan ("maybe", "might"). */
export const hedgeMarks = /\b(?:maybe|might|perhaps|possibly|probably|likely|hopefully|not sure|we'll see|don't know|do not know|no idea)\b/i;

/** A clause with one of these words as its only content is a topic, not an act ("Running.", "Diet"). */
export const topicOnly = /^[a-z-]+(?:\s+[a-z-]+)?$/i;

/**
 * Function words a label may not end on: prepositions, articles, conjunctions,
 * possessives, "what", "to" (a cut mid-phrase).
 */
export const functionWords = new Set(
  'a an the and or but nor so yet to of in on at by for with from into onto over under about after before during until till than then as if when while what which who whom whose that this these those my your his her its our their me i we you he she it they them us be is are am was were do does did not no every each some any own than instead via per vs'.split(
    ' ',
  ),
);

/**
 * Common words of other languages, to notice a plan that is clearly not in
 * English (Follow Through reads English for now). A language is a list here,
 * not a fork of the reader.
 */
export const otherLanguages: ReadonlyArray<{ code: string; name: string; words: ReadonlySet<string> }> = [
  {
    code: 'de',
    name: 'German',
    words: new Set(
      'ich wenn dann und nicht mit der das dem ein eine einen jeden jede jeder morgens abends nach vor wieder werde möchte mache gehe habe ist auf zu zum zur für wird um uhr montag dienstag mittwoch donnerstag freitag samstag sonntag woche täglich mich mir meine meinen meinem nach hause'.split(' '),
    ),
  },
  {
    code: 'es',
    name: 'Spanish',
    words: new Set(
      'cuando llegue llego casa voy de la el los las y que en un una todos todas cada días día por mañana tarde noche después antes si entonces mi mis para con lunes martes miércoles jueves viernes sábado domingo semana haré hacer iré correr caminar leer'.split(' '),
    ),
  },
];

/** The commonest English words, so that a plan with a few foreign names stays English. */
export const englishWords = new Set(
  'i the a an and to of in on at my when if then after before will ill i\'ll im i\'m it is be do go get every each day week with for this that me not or up out home work morning evening night minutes'.split(' '),
);

/**
 * A consequence said after the act ("… and then I'll feel proud", "…, then I will reward myself"):
 * why the person acts, not what they do. The reader cuts the act where one begins.
 */
export const consequenceTail =
  /,?\s+(?:and\s+)?(?:then\s+|so\s+)(?:i|I)\s*(?:will|'ll|shall|'d|would|should|can|am going to|'m going to)?\s*(?:feel|be (?:happy|proud|pleased|glad|able to relax)|reward|treat|celebrate|know|cheer)\b.*$/i;

/** Framing before an act in its -ing form ("I plan on walking the dog"): the act is the plain verb ("walk the dog"). */
export const ingFraming = /^(?:i\s*(?:'m|am\s+)?\s*)?(?:(?:also|really|just)\s+)?(?:plan(?:ning)?|intend(?:ing)?|count(?:ing)?|focus(?:ing)?)\s+on\s+([a-z]+ing)\b/i;

/** Words that open a clause (or the whole text) and say nothing of it: "Ok so", "Anyway,", "Alright". */
export const interjectionRe = /^(?:(?:ok|okay|alright|anyway|well|yeah|actually|right(?!\s+(?:after|before|when|once|as)\b)|hmm|ugh|not (?:going to|gonna) lie|to be honest|confession(?: time)?)\b[,!.]*\s+)+(?:so\b[,]?\s+)?/i;
