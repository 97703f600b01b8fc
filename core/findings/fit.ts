// Which area of life a commitment is about, and when in the day it happens, so
// that a suggestion's example comes from the client's own world ("When I get
// into bed, I'll …" for a sleep plan, not a Monday coffee). The areas and their
// examples are data: a new area is a new entry, not new code.

/** The areas suggestions are fitted to. */
export type Area = 'work' | 'movement' | 'eating' | 'sleep' | 'study' | 'money' | 'relationships' | 'screens' | 'neutral';

/** A part of the day. */
export type TimeOfDay = 'morning' | 'midday' | 'evening' | 'night';

/** The examples an area's suggestions use. */
export interface AreaExamples {
  /** How the area is recognised, in a commitment's words. */
  words: RegExp;
  /** A moment that already happens, by part of the day, written as the start of an if-then plan. */
  cues: Record<TimeOfDay, string>;
  /** The part of the day to use when the plan does not say. */
  usual: TimeOfDay;
  /** Concrete acts of this area, for a plan that names no act yet. */
  acts: readonly [string, string, string];
  /** An act that moves a result of this area, for an outcome goal. */
  process: string;
  /** A likely obstacle and what to do then. */
  coping: { obstacle: string; response: string };
  /** Something to do instead, for a plan that only says what not to do. */
  instead: string;
}

// Moments two areas or two times of day share, written once.
const morningCoffee = 'When I pour my morning coffee';
const afterLunch = 'When I finish lunch';
const teethAtNight = 'When I brush my teeth at night';
const intoBed = 'When I get into bed';
const sundayEvening = 'When I sit down after dinner on Sunday';
const endOfWorkday = 'When I close my laptop at the end of the workday';

/** Areas in the order ties are settled: the more particular first. */
export const areas: Record<Area, AreaExamples> = {
  sleep: {
    words: /\b(?:sleep|slept|bed|bedtime|beds|asleep|wake|waking|woke|alarm|nap|lights out|wind[- ]down|insomnia|snooze)\b/i,
    cues: {
      morning: 'When my alarm goes off',
      midday: afterLunch,
      evening: teethAtNight,
      night: intoBed,
    },
    usual: 'night',
    acts: ['put my phone on the charger in the kitchen', 'turn the lights out at 10:30', 'write down the time I went to bed'],
    process: 'put my phone away at 10 p.m. every night',
    coping: { obstacle: 'I am still up past 11', response: 'skip the screen and read two pages instead' },
    instead: '“When I get into bed, I’ll read two pages of my book.”',
  },
  screens: {
    words: /\b(?:phone|screens?|social media|instagram|tiktok|facebook|twitter|reddit|youtube|netflix|tv|television|scroll(?:ing)?|apps?|notifications?|gaming|video games?)\b/i,
    cues: {
      morning: 'When I switch off my alarm',
      midday: 'When I sit down to eat lunch',
      evening: 'When I walk in the front door',
      night: 'When I plug my phone in for the night',
    },
    usual: 'evening',
    acts: ['put my phone in the kitchen drawer', 'turn off notifications for an hour', 'delete one app I scroll without meaning to'],
    process: 'leave my phone in another room for the first hour after work',
    coping: { obstacle: 'I catch myself scrolling', response: 'put the phone in another room for 25 minutes' },
    instead: '“When I reach for my phone in bed, I’ll read two pages of my book.”',
  },
  eating: {
    words: /\b(?:eat|eating|ate|food|meals?|sugar|sugary|snacks?|snacking|cook|cooking|breakfast|lunch|dinner|water|drink(?:ing)?|vegetables|veg|fruit|salad|diet|calories?|protein|weigh|weight|kg|kilos?|lbs?|pounds|alcohol|wine|beer|coffee|soda|fasting|meal prep|junk)\b/i,
    cues: {
      morning: morningCoffee,
      midday: 'When I take my lunch break',
      evening: 'When I start cooking dinner',
      night: 'When I clear the table after dinner',
    },
    usual: 'midday',
    acts: ['cook dinner at home', 'fill my water bottle and put it on my desk', 'eat one portion of vegetables with lunch'],
    process: 'cook dinner at home four nights a week',
    coping: { obstacle: 'I am out and my usual food is not there', response: 'pick the closest thing and carry on at the next meal' },
    instead: '“When I want a snack after dinner, I’ll make a cup of tea.”',
  },
  movement: {
    words: /\b(?:run|runs|running|jog(?:ging)?|walk(?:s|ing)?|gym|yoga|pilates|swim(?:ming)?|exercise|exercising|workouts?|work out|stretch(?:ing)?|bike|cycle|cycling|steps|push-?ups|sit-?ups|squats|planks?|stairs|train(?:ing)?|5k|10k|marathon|lift(?:ing)?|weights|fitness|sport|tennis|football|dance|dancing|hike|hiking|climb(?:ing)?|bouldering|peloton|treadmill|miles?|km)\b/i,
    cues: {
      morning: 'When I put the kettle on in the morning',
      midday: 'When I close my laptop for lunch',
      evening: 'When I get home from work',
      night: 'After I load the dishwasher in the evening',
    },
    usual: 'evening',
    acts: ['walk around the block', 'do ten squats', 'put on my running shoes and go for 20 minutes'],
    process: 'go for a 20-minute run three times a week',
    coping: { obstacle: "it's raining", response: 'do the 15-minute video workout in the living room' },
    instead: '“When I get home and want to sit down, I’ll change into my trainers first.”',
  },
  money: {
    words: /\b(?:money|save|saving|savings|budget(?:ing)?|spend(?:ing)?|spent|debt|credit card|loan|invest(?:ing)?|pay off|bills?|bank|expenses?|income|pension|\$|£|€|dollars?|euros?)\b/i,
    cues: {
      morning: 'When I get paid on the first of the month',
      midday: 'When I sit down with my lunch on Friday',
      evening: sundayEvening,
      night: sundayEvening,
    },
    usual: 'evening',
    acts: ['move £50 into my savings account', 'write down what I spent today', 'cancel one subscription I do not use'],
    process: 'move a fixed amount into savings each payday',
    coping: { obstacle: 'an unexpected bill comes in', response: 'save half the usual amount that month' },
    instead: '“When I want to buy something online, I’ll leave it in the basket for a day.”',
  },
  relationships: {
    words: /\b(?:call|ring|text|visit|partner|wife|husband|boyfriend|girlfriend|kids?|children|son|daughter|family|friends?|mum|mom|dad|parents?|sister|brother|grandson|granddaughter|grandma|grandpa|date night|relationship|colleague)\b/i,
    cues: {
      morning: 'When I have my coffee on Saturday morning',
      midday: 'When I walk back from lunch',
      evening: 'When I sit down after dinner',
      night: 'When the kids are in bed',
    },
    usual: 'evening',
    acts: ['call my sister', 'send one friend a message asking how they are', 'ask my partner about their day and listen'],
    process: 'call one friend or family member every Sunday',
    coping: { obstacle: 'they do not pick up', response: 'send a short message instead' },
    instead: '“When we start to argue, I’ll say “let’s take ten minutes” and step outside.”',
  },
  work: {
    words: /\b(?:work|job|business|clients?|customers?|sales|sell|leads?|prospects?|emails?|inbox|meetings?|linkedin|outreach|pitch(?:es)?|invoices?|boss|office|desk|projects?|tasks?|slack|newsletter|career|promotion|interview|cv|resume|revenue|mrr|calls?)\b/i,
    cues: {
      morning: 'When I sit down with my coffee on Monday',
      midday: 'When I get back to my desk after lunch',
      evening: endOfWorkday,
      night: endOfWorkday,
    },
    usual: 'morning',
    acts: ['send two outreach messages', 'write tomorrow’s top three tasks on a sticky note', 'block 30 minutes in my calendar for it'],
    process: 'send ten outreach messages a week',
    coping: { obstacle: 'Monday gets swallowed by meetings', response: 'do it first thing Tuesday' },
    instead: '“When I open my laptop, I’ll write my top task before I open email.”',
  },
  study: {
    words: /\b(?:write|writing|words|novel|chapter|thesis|essay|dissertation|draft|blog(?:ging)?|posts?|journal(?:ing)?|study|studying|revise|revision|exams?|tests?|read|reading|books?|pages|course|class|lectures?|learn(?:ing)?|language|spanish|french|german|italian|duolingo|vocab(?:ulary)?|practi[cs]e|piano|guitar|violin|scales)\b/i,
    cues: {
      morning: 'When I pour my first coffee',
      midday: 'When I sit down at my desk after lunch',
      evening: 'When I sit down at the kitchen table after dinner',
      night: intoBed,
    },
    usual: 'morning',
    acts: ['write for 20 minutes', 'read ten pages', 'do 15 flashcards'],
    process: 'write 300 words every weekday morning',
    coping: { obstacle: 'I sit down and cannot get started', response: 'do five minutes and stop there' },
    instead: '“When I open my laptop to study, I’ll put my phone in another room first.”',
  },
  neutral: {
    words: /$^/,
    cues: {
      morning: morningCoffee,
      midday: afterLunch,
      evening: 'When I get home',
      night: teethAtNight,
    },
    usual: 'morning',
    acts: ['spend ten minutes on it', 'do the first small step', 'put it in my calendar with a time'],
    process: 'spend 15 minutes on it three times a week',
    coping: { obstacle: 'the day gets away from me', response: 'do a five-minute version before bed' },
    instead: '“When the moment comes, I’ll do something small that I want to do instead.”',
  },
};

/** Settling ties: the area whose words are the most particular comes first. */
const order: readonly Area[] = ['sleep', 'screens', 'eating', 'movement', 'money', 'relationships', 'work', 'study'];

/** Each area's words, compiled once to count every match. */
const counting: ReadonlyArray<[Area, RegExp]> = order.map((name) => [name, new RegExp(areas[name].words.source, 'gi')]);

const timeWords: ReadonlyArray<[TimeOfDay, RegExp]> = [
  ['night', /\b(?:night|nights|bed|bedtime|asleep|sleep|lights out|midnight)\b|\b(?:9|10|11)(?::\d\d)?\s*p\.?m\b/i],
  ['morning', /\b(?:morning|mornings|breakfast|wake|waking|alarm|sunrise|dawn|before work|commute)\b|\b\d{1,2}(?::\d\d)?\s*a\.?m\b/i],
  ['midday', /\b(?:lunch|lunchtime|noon|midday)\b/i],
  ['evening', /\b(?:evening|evenings|after work|dinner|supper|tonight|get home)\b|\b\d{1,2}(?::\d\d)?\s*p\.?m\b/i],
];

/** What a suggestion is fitted to. */
export interface Fit {
  area: Area;
  time: TimeOfDay;
}

/** Find the area and the part of the day a commitment is about. */
export function fitOf(text: string): Fit {
  let area: Area = 'neutral';
  let best = 0;
  for (const [name, re] of counting) {
    const count = text.match(re)?.length ?? 0;
    if (count > best) {
      best = count;
      area = name;
    }
  }
  const time = timeWords.find(([, re]) => re.test(text))?.[0] ?? areas[area].usual;
  return { area, time };
}
